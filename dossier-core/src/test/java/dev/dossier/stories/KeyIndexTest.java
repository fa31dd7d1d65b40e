package dev.dossier.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The live stories by word, actor and statement, as the clusterer keeps them in step with its stories. */
class KeyIndexTest {

    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);

    private static StoryItem item(String id, Map<String, Double> terms, Map<String, Double> actors, Set<Long> statements, String copyOf) {
        return new StoryItem(id, MAY_4, new float[] {1, 0}, terms, actors, statements, copyOf);
    }

    private static Group joined(KeyIndex index, String id, StoryItem... items) {
        Group group = new Group(id, 2);
        for (StoryItem item : items) {
            group.add(item);
            index.add(group, item);
        }
        return group;
    }

    @Test
    void anArticleFindsTheStoriesThatShareAWordAnActorOrAStatementAndNoOthers() {
        KeyIndex index = new KeyIndex();
        Group harbour = joined(index, "harbour", item("h1", Map.of("harbour", 2.0, "strike", 1.0), Map.of(), Set.of(), null));
        Group minister = joined(index, "minister", item("m1", Map.of("budget", 1.0), Map.of("ilse-varga", 1.0), Set.of(), null));
        Group vote = joined(index, "vote", item("v1", Map.of("ballot", 1.0), Map.of(), Set.of(77L), null));
        joined(index, "weather", item("w1", Map.of("rain", 1.0), Map.of("met-office", 1.0), Set.of(), null));

        assertThat(index.sharing(item("x", Map.of("strike", 1.0), Map.of(), Set.of(), null))).containsExactly(harbour);
        assertThat(index.sharing(item("x", Map.of(), Map.of("ilse-varga", 1.0), Set.of(), null))).containsExactly(minister);
        assertThat(index.sharing(item("x", Map.of(), Map.of(), Set.of(77L), null))).containsExactly(vote);
        assertThat(index.sharing(item("x", Map.of("strike", 1.0, "ballot", 1.0), Map.of(), Set.of(), null)))
                .containsExactlyInAnyOrder(harbour, vote);
        assertThat(index.sharing(item("x", Map.of("tide", 1.0), Map.of("tadeo-brandt", 1.0), Set.of(5L), null))).isEmpty();
    }

    @Test
    void aStoryThatIsNoLongerLiveIsForgottenUnderEveryKey() {
        KeyIndex index = new KeyIndex();
        Group gone = joined(index, "gone", item("g1", Map.of("harbour", 1.0), Map.of("ilse-varga", 1.0), Set.of(9L), null));
        Group kept = joined(index, "kept", item("k1", Map.of("harbour", 1.0), Map.of(), Set.of(), null));

        index.remove(gone);

        assertThat(index.sharing(item("x", Map.of("harbour", 1.0), Map.of("ilse-varga", 1.0), Set.of(9L), null))).containsExactly(kept);
    }

    @Test
    void aCopyAddsItsStatementsButNotItsWordsOrActorsAsItAddsNothingToTheCentre() {
        KeyIndex index = new KeyIndex();
        Group story = joined(index, "story", item("o1", Map.of("harbour", 1.0), Map.of(), Set.of(), null),
                item("c1", Map.of("ferry", 1.0), Map.of("tadeo-brandt", 1.0), Set.of(12L), "o1"));

        assertThat(index.sharing(item("x", Map.of(), Map.of(), Set.of(12L), null))).containsExactly(story);
        assertThat(index.sharing(item("x", Map.of("ferry", 1.0), Map.of("tadeo-brandt", 1.0), Set.of(), null))).isEmpty();
    }

    @Test
    void wordsOfWeightZeroAreNotTheStorysWords() {
        KeyIndex index = new KeyIndex();
        joined(index, "story", item("o1", Map.of("harbour", 0.0), Map.of(), Set.of(), null));

        assertThat(index.sharing(item("x", Map.of("harbour", 1.0), Map.of(), Set.of(), null))).isEmpty();
    }
}
