package dev.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.stories.ClusterSettings;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Phase one's windows, and the last days of one window lent to the next as context. */
class WindowStoriesTest {

    private static final int WEEK = 7;
    private static final int LOOKBACK = 3;
    /** The first day of a window. */
    private static final LocalDate BOUNDARY = LocalDate.ofEpochDay(2933L * WEEK);
    private static final long WINDOW = 2933;

    @Test
    void lendsOnlyTheLastDaysOfAWindowToTheNext() {
        assertThat(windows(article("strike", BOUNDARY.minusDays(1), 0))).containsExactly(WINDOW - 1, WINDOW);
        assertThat(windows(article("strike", BOUNDARY.minusDays(LOOKBACK), 0))).containsExactly(WINDOW - 1, WINDOW);
        assertThat(windows(article("talks", BOUNDARY.minusDays(LOOKBACK + 1), 0))).containsExactly(WINDOW - 1);
        assertThat(windows(article("summit", BOUNDARY, 0))).containsExactly(WINDOW);
        assertThat(windows(article("undated", null, 0))).containsExactly(WindowStories.UNDATED);
        assertThat(WindowStories.placements(article("strike", BOUNDARY.minusDays(1), 0), WEEK, 0)).hasSize(1);
    }

    @Test
    void aStoryOwnsItsWindowsArticlesAndNamesTheLentOnesItContinues() {
        Member strike = article("strike", BOUNDARY.minusDays(1), 0);
        Member aftermath = article("aftermath", BOUNDARY, 0);
        Member harbour = article("harbour", BOUNDARY.minusDays(2), 1);
        Member bakers = article("bakers", BOUNDARY.plusDays(1), 2);
        List<WindowStories.Placement> window = List.of(new WindowStories.Placement(WINDOW, strike, true),
                new WindowStories.Placement(WINDOW, aftermath, false), new WindowStories.Placement(WINDOW, harbour, true),
                new WindowStories.Placement(WINDOW, bakers, false));

        List<WindowStory> stories = WindowStories.cluster(WINDOW, window, ClusterSettings.defaults(), new Rarity(Map.of(), Map.of(), 4));

        assertThat(stories).as("the harbour story holds lent articles only and is left to its own window").hasSize(2);
        WindowStory continued = stories.stream().filter(story -> !story.lent().isEmpty()).findFirst().orElseThrow();
        assertThat(continued.members()).extracting(Member::id).containsExactly("aftermath");
        assertThat(continued.lent()).containsExactly("strike");
        assertThat(continued.first()).isEqualTo(BOUNDARY);
        assertThat(continued.last()).isEqualTo(BOUNDARY);
        assertThat(continued.centre()).containsExactly(aftermath.embedding());
        assertThat(stories).extracting(WindowStory::members).contains(List.of(bakers));
    }

    @Test
    void anUndatedArticleAloneIsAStoryOfOneInTheUndatedWindow() {
        WindowStory alone = WindowStories.alone(article("related", null, 1), ClusterSettings.defaults(), new Rarity(Map.of(), Map.of(), 1));

        assertThat(alone.window()).isEqualTo(WindowStories.UNDATED);
        assertThat(alone.members()).extracting(Member::id).containsExactly("related");
        assertThat(alone.first()).isNull();
        assertThat(alone.lent()).isEmpty();
    }

    private static List<Long> windows(Member member) {
        return WindowStories.placements(member, WEEK, LOOKBACK).stream().map(WindowStories.Placement::window).toList();
    }

    /** An article about one of three unrelated events (its embedding is that event's axis). */
    private static Member article(String id, LocalDate day, int event) {
        float[] embedding = new float[3];
        embedding[event] = 1;
        ArticleOrder order = new ArticleOrder(day == null, day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                "examples.jsonl", 1, id, id);
        return new Member(id, order, day, id, "Lindpress", embedding, Map.of("event" + event, 1), Map.of("actor" + event, 1), Set.of(), null);
    }
}
