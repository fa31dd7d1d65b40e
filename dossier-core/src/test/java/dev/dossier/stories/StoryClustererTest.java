package dev.dossier.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final int DIMENSIONS = 8;
    private static final LocalDate MARCH_11 = LocalDate.of(2026, 3, 11);

    private static float[] direction(double... components) {
        float[] vector = new float[DIMENSIONS];
        double length = 0;
        for (int i = 0; i < components.length; i++) {
            vector[i] = (float) components[i];
            length += components[i] * components[i];
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(length);
        }
        return vector;
    }

    private static StoryItem item(String id, LocalDate day, float[] embedding) {
        return new StoryItem(id, day, embedding, Map.of(), Map.of(), Set.of(), null);
    }

    private static StoryClusterer clusterer() {
        return new StoryClusterer(ClusterSettings.defaults(), DIMENSIONS);
    }

    @Test
    void anArticleCloseToAStoryJoinsItAndAFarOneStartsItsOwn() {
        StoryClusterer clusterer = clusterer();
        String first = clusterer.add(item("a1", MARCH_11, direction(1, 0.1)));
        String close = clusterer.add(item("a2", MARCH_11, direction(1, 0.15)));
        String far = clusterer.add(item("a3", MARCH_11, direction(0, 0, 1)));

        assertThat(first).isEqualTo("sa1").isEqualTo(close);
        assertThat(far).isEqualTo("sa3");
        assertThat(clusterer.drainChanged()).extracting(Cluster::id).containsExactly("sa1", "sa3");
        assertThat(clusterer.drainChanged()).isEmpty();
    }

    @Test
    void theSameWordsAWeekLaterAreANewStory() {
        StoryClusterer clusterer = clusterer();
        clusterer.add(item("a1", MARCH_11, direction(1)));

        assertThat(clusterer.add(item("a2", MARCH_11.plusDays(2), direction(1)))).isEqualTo("sa1");
        assertThat(clusterer.add(item("a3", MARCH_11.plusDays(9), direction(1)))).isEqualTo("sa3");
    }

    @Test
    void aSagaCoveredEveryDayBecomesAChainOfStoriesNotOneThatNeverEnds() {
        StoryClusterer clusterer = clusterer();
        Set<String> stories = new HashSet<>();
        for (int day = 0; day < 60; day++) {
            stories.add(clusterer.add(item("day" + day, MARCH_11.plusDays(day), direction(1))));
        }

        assertThat(stories).hasSizeBetween(4, 5);
        for (String id : stories) {
            Cluster story = clusterer.story(id);
            assertThat(java.time.temporal.ChronoUnit.DAYS.between(story.first(), story.last()))
                    .isLessThanOrEqualTo(ClusterSettings.defaults().maxSpanDays());
        }
    }

    @Test
    void sharedTellingActorsAndStatementsPullAnArticleIntoAStory() {
        StoryClusterer clusterer = clusterer();
        clusterer.add(new StoryItem("a1", MARCH_11, direction(1, 1), Map.of("tesmir", 3.0), Map.of("orlan", 2.0), Set.of(7L), null));
        StoryItem related = new StoryItem("a2", MARCH_11, direction(1, 0, 0.9), Map.of("tesmir", 3.0), Map.of("orlan", 2.0), Set.of(7L), null);
        StoryItem bare = new StoryItem("a3", MARCH_11, direction(1, 0, 0.9), Map.of(), Map.of(), Set.of(), null);

        assertThat(clusterer.add(bare)).isEqualTo("sa3");
        assertThat(clusterer.add(related)).isEqualTo("sa1");
    }

    @Test
    void aCopyJoinsItsOriginalsStoryWithoutMovingItsCentre() {
        StoryClusterer clusterer = clusterer();
        clusterer.add(item("wire", MARCH_11, direction(1)));
        String copy = clusterer.add(new StoryItem("copy", MARCH_11, direction(0, 1), Map.of(), Map.of(), Set.of(), "wire"));

        assertThat(copy).isEqualTo("swire");
        Cluster story = clusterer.story("swire");
        assertThat(story.articles()).containsExactly("wire", "copy");
        assertThat(story.copies()).containsExactly("copy");
        assertThat(clusterer.add(item("other", MARCH_11, direction(0, 1)))).isEqualTo("sother");
    }

    @Test
    void storiesThatConvergeMergeIntoTheOlderAndTheOldIdIsReported() {
        ClusterSettings d = ClusterSettings.defaults();
        StoryClusterer clusterer = new StoryClusterer(new ClusterSettings(0.9, 0, 0, 0, 0, 3, 0.03, 14, 0.8, d.split(), d.splitCheck()),
                DIMENSIONS);
        clusterer.add(item("a", MARCH_11, direction(1, 0.6)));
        clusterer.add(item("b", MARCH_11.plusDays(1), direction(0.6, 1)));
        String bridge = clusterer.add(item("c", MARCH_11.plusDays(1), direction(1, 1)));

        assertThat(bridge).isEqualTo("sa");
        assertThat(clusterer.drainMerges()).containsEntry("sb", "sa");
        assertThat(clusterer.story("sa").articles()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(clusterer.story("sb")).isNull();
    }

    @Test
    void aStoryThatDriftedInTwoIsSplitAndTheFoundersHalfKeepsItsId() {
        ClusterSettings d = ClusterSettings.defaults();
        StoryClusterer clusterer = new StoryClusterer(new ClusterSettings(0.5, 1.0, 0, 0, 0, 30, 0, 30, 1.0, 0.65, 8), DIMENSIONS);
        List<StoryItem> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(item("old" + i, MARCH_11, direction(1, 0.05 * i)));
        }
        for (int i = 0; i < 3; i++) {
            members.add(item("new" + i, MARCH_11.plusDays(5), direction(0.05 * i, 1)));
        }
        clusterer.restore("sold0", members);

        String placed = clusterer.add(item("new3", MARCH_11.plusDays(6), direction(0.1, 1)));

        assertThat(placed).isEqualTo("snew0");
        assertThat(clusterer.story("sold0").articles()).containsExactly("old0", "old1", "old2", "old3");
        assertThat(clusterer.story("snew0").articles()).containsExactly("new0", "new1", "new2", "new3");
        assertThat(d.splitCheck()).isEqualTo(8);
    }

    @Test
    void thousandsOfIdenticalCopiesMakeOneStoryAndLeaveOthersAlone() {
        StoryClusterer clusterer = clusterer();
        clusterer.add(item("wire", MARCH_11, direction(1)));
        for (int i = 0; i < 3000; i++) {
            clusterer.add(new StoryItem("copy" + i, MARCH_11, direction(1), Map.of(), Map.of(), Set.of(), "wire"));
        }
        Set<String> others = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            double[] components = new double[i + 2];
            components[i + 1] = 1;
            others.add(clusterer.add(item("other" + i, MARCH_11, direction(components))));
        }

        assertThat(clusterer.story("swire").articles()).hasSize(3001);
        assertThat(others).hasSize(5).doesNotContain("swire");
    }

    @Test
    void articlesWithNoDateNoActorsOrNoWordsAreStillPlaced() {
        StoryClusterer clusterer = clusterer();
        String undated = clusterer.add(item("undated", null, direction(1)));
        String empty = clusterer.add(item("empty", null, new float[DIMENSIONS]));
        String again = clusterer.add(item("empty2", MARCH_11, new float[DIMENSIONS]));

        assertThat(undated).isEqualTo("sundated");
        assertThat(empty).isEqualTo("sempty");
        assertThat(again).isEqualTo("sempty2");
        assertThat(clusterer.add(item("undated", null, direction(1)))).as("placing twice").isEqualTo("sundated");
    }

    @Test
    void retiredStoriesLeaveTheLiveSetAndTheirIdsAreNeverReused() {
        StoryClusterer clusterer = clusterer();
        clusterer.add(item("a", MARCH_11, direction(1)));
        clusterer.add(item("b", null, direction(0, 1)));

        assertThat(clusterer.retireBefore(MARCH_11.plusDays(10))).extracting(Cluster::id).containsExactly("sa");
        assertThat(clusterer.liveStories()).isEqualTo(1);
        clusterer.reserve(List.of("sc"));
        assertThat(clusterer.add(item("c", MARCH_11.plusDays(20), direction(0, 0, 1)))).isEqualTo("sc-2");
    }

    @Test
    void anEmbeddingOfTheWrongSizeIsAProgrammingError() {
        assertThatThrownBy(() -> clusterer().add(item("x", MARCH_11, new float[3])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 dimensions");
    }
}
