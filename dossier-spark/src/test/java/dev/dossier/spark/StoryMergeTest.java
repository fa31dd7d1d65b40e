package dev.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Phase two's candidate pairs: found by shared words, actors and statements, not by pairing whole windows. */
class StoryMergeTest {

    private static final long WINDOW = 2933;
    private static final LocalDate MONDAY = LocalDate.ofEpochDay(WINDOW * 7);

    static SparkSession spark;
    static JavaSparkContext context;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[1]").appName("story-merge-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void pairsStoriesOfConsecutiveWindowsThatShareAKeyAndLookAlike() {
        WindowStory strike = story("strike", WINDOW, 0, Map.of("tesmir", 1), Map.of());
        WindowStory aftermath = story("aftermath", WINDOW + 1, 0, Map.of("tesmir", 1, "funerals", 1), Map.of());
        WindowStory sameWordsOtherEvent = story("harbour", WINDOW + 1, 1, Map.of("tesmir", 1), Map.of());
        WindowStory alikeButNothingShared = story("bakers", WINDOW + 1, 0, Map.of("bread", 1), Map.of("person:olsen|mette", 1));
        WindowStory twoWindowsLater = story("anniversary", WINDOW + 2, 0, Map.of("tesmir", 1), Map.of());

        List<String> pairs = candidates(List.of(strike, aftermath, sameWordsOtherEvent, alikeButNothingShared, twoWindowsLater));

        assertThat(pairs).containsExactlyInAnyOrder("strike <- aftermath", "aftermath <- anniversary");
    }

    @Test
    void pairsAnUndatedStoryWithDatedOnesOfAnyWindowThroughAnActorOrAStatement() {
        WindowStory summit = story("summit", WINDOW, 0, Map.of(), Map.of("person:brask|ivo", 1));
        WindowStory later = story("talks", WINDOW + 5, 0, Map.of(), Map.of(), Set.of(42L));
        WindowStory related = story("related", WindowStories.UNDATED, 0, Map.of(), Map.of("person:brask|ivo", 2), Set.of(42L));

        assertThat(candidates(List.of(summit, later, related))).containsExactlyInAnyOrder("summit <- related", "talks <- related");
    }

    @Test
    void dropsAWordThatTooManyStoriesShare() {
        List<WindowStory> stories = new ArrayList<>();
        for (int i = 0; i <= StoryMerge.LARGEST_BLOCK; i++) {
            stories.add(story("ceasefire" + i, WINDOW, 0, Map.of("ceasefire", 1), Map.of()));
        }
        stories.add(story("monitors", WINDOW + 1, 0, Map.of("ceasefire", 1), Map.of()));

        assertThat(candidates(stories)).isEmpty();
        assertThat(candidates(stories.subList(1, stories.size()))).hasSize(StoryMerge.LARGEST_BLOCK);
    }

    @Test
    void aStoryIsFoundByItsOriginalsAloneNotByItsCopies() {
        Member original = member("wire", 0, Map.of("haldeby", 1), Map.of(), Set.of(), null);
        Member copy = member("wire-copy", 0, Map.of("haldeby", 1, "radio", 1), Map.of(), Set.of(), "wire");
        WindowStory story = new WindowStory("wire", WINDOW, MONDAY, MONDAY, original.embedding(), List.of(original, copy), Set.of("wire-copy"), Set.of());

        assertThat(StoryMerge.blockingKeys(story)).containsExactly("t:haldeby");
    }

    private static List<String> candidates(List<WindowStory> stories) {
        return StoryMerge.candidates(context.parallelize(stories, 2)).map(pair -> pair._1().id() + " <- " + pair._2().id()).collect();
    }

    private static WindowStory story(String id, long window, int event, Map<String, Integer> terms, Map<String, Integer> actors) {
        return story(id, window, event, terms, actors, Set.of());
    }

    /** A story of one article about one of two unrelated events (its centre is that event's axis). */
    private static WindowStory story(String id, long window, int event, Map<String, Integer> terms, Map<String, Integer> actors,
            Set<Long> statements) {
        Member member = member(id, event, terms, actors, statements, null);
        LocalDate day = window == WindowStories.UNDATED ? null : LocalDate.ofEpochDay(window * 7);
        return new WindowStory(id, window, day, day, member.embedding(), List.of(member), Set.of(), Set.of());
    }

    private static Member member(String id, int event, Map<String, Integer> terms, Map<String, Integer> actors, Set<Long> statements,
            String copyOf) {
        float[] embedding = new float[2];
        embedding[event] = 1;
        ArticleOrder order = new ArticleOrder(false, MONDAY.atStartOfDay(ZoneOffset.UTC).toInstant(), "examples.jsonl", 1, id, id);
        return new Member(id, order, MONDAY, id, "Lindpress", embedding, terms, actors, statements, copyOf);
    }
}
