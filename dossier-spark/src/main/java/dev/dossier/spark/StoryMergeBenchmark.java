package dev.dossier.spark;

import dev.dossier.embed.Vectors;
import dev.dossier.stories.ClusterSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Measures phase two of the job's story clustering ({@link StoryMerge}) on generated window
 * stories at growing sizes, in one run: how many candidate pairs the blocking keys find beside the
 * pairs of consecutive windows, the seconds it takes beside testing every pair of consecutive
 * windows (up to {@value #EVERY_PAIR_UP_TO} stories a window) and whether both merge alike, and how
 * many of the planted continuations (a story of one window carried on in the next) it merges, of
 * those that pass the join test when tested: what blocking loses.
 *
 * <pre>
 * StoryMergeBenchmark [--windows 4] [--stories 1000,2000,4000,8000] [--master local[2]]
 * </pre>
 *
 * The generated world: 384-dimensional story centres drawn at random, articles at a cosine of
 * about 0.8 with their story's centre; words and actors drawn from Zipf-like distributions over
 * 50,000 words and 20,000 actors (so a few are in most stories and most are rare), each story with
 * topic words and actors of its own that its articles share; about a quarter of each window's
 * stories continue a story of the window before that continues none (its centre, topic words and
 * actors, in the first three days of the window), so that each continuation fits within the
 * longest span a story may have.
 */
public final class StoryMergeBenchmark {

    static final int DIMENSIONS = 384;
    static final int VOCABULARY = 50_000;
    static final int ACTORS = 20_000;
    static final int WINDOW_DAYS = 7;
    /** The largest size at which the benchmark also tests every pair, for its time and to check that both merge alike. */
    static final int EVERY_PAIR_UP_TO = 4000;

    private StoryMergeBenchmark() {}

    /**
     * One measured size.
     *
     * @param windowPairs the pairs of stories in consecutive windows: what testing every pair would test
     * @param candidates the pairs phase two tests
     * @param seconds phase two's time, candidates to merges
     * @param testable the planted continuations that pass the join test when tested
     * @param found the planted continuations phase two merges
     */
    record Measurement(int storiesPerWindow, long stories, long windowPairs, long candidates, double seconds, double everyPairSeconds,
            Boolean sameMerges, int testable, int found) {}

    /**
     * The candidates without blocking: every pair of stories in consecutive windows and every
     * dated story with every undated one, kept when their centres are alike enough.
     */
    static JavaRDD<Tuple2<WindowStory, WindowStory>> everyPair(JavaRDD<WindowStory> stories) {
        JavaRDD<WindowStory> dated = stories.filter(story -> story.window() != WindowStories.UNDATED);
        JavaRDD<WindowStory> undated = stories.filter(story -> story.window() == WindowStories.UNDATED);
        return dated.keyBy(WindowStory::window).join(dated.keyBy(story -> story.window() - 1)).values()
                .union(dated.cartesian(undated).map(pair -> new Tuple2<>(pair._1(), pair._2())))
                .filter(pair -> Vectors.dot(pair._1().centre(), pair._2().centre()) >= StoryMerge.CANDIDATE_LEAST);
    }

    public static void main(String[] args) {
        int windows = 4;
        List<Integer> sizes = List.of(1000, 2000, 4000, 8000);
        String master = "local[2]";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--windows" -> windows = Integer.parseInt(args[++i]);
                case "--stories" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--master" -> master = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: StoryMergeBenchmark [--windows 4] [--stories 1000,2000,4000,8000] [--master local[2]]");
            }
        }
        SparkSession spark = SparkSession.builder().master(master).appName("dossier-story-merge-benchmark")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
        try {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            System.out.println("warm-up ...");
            measure(context, windows, 200);
            List<Measurement> measurements = new ArrayList<>();
            for (int size : sizes) {
                measurements.add(measure(context, windows, size));
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "%d windows, %s%n", windows, master);
            System.out.println("| stories a window | stories | pairs of consecutive windows | pairs tested | seconds | every pair: seconds | same merges | continuations merged, of those the test takes |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
            for (Measurement m : measurements) {
                System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %.1f | %s | %s | %d of %d |%n", m.storiesPerWindow(), m.stories(),
                        m.windowPairs(), m.candidates(), m.seconds(), Double.isNaN(m.everyPairSeconds()) ? "-" : String.format(Locale.ROOT, "%.1f", m.everyPairSeconds()),
                        m.sameMerges() == null ? "-" : m.sameMerges() ? "yes" : "no", m.found(), m.testable());
            }
        } finally {
            spark.stop();
        }
    }

    static Measurement measure(JavaSparkContext context, int windows, int storiesPerWindow) {
        World world = World.generate(windows, storiesPerWindow, new Random(storiesPerWindow));
        JavaRDD<WindowStory> stories = context.parallelize(world.stories, 8).cache();
        stories.count();
        long started = System.nanoTime();
        Broadcast<Rarity> rarity = context.broadcast(world.rarity());
        Map<String, String> merges = StoryMerge.merges(stories, rarity, ClusterSettings.defaults());
        double seconds = (System.nanoTime() - started) / 1e9;
        double everyPairSeconds = Double.NaN;
        Boolean same = null;
        if (storiesPerWindow <= EVERY_PAIR_UP_TO) {
            started = System.nanoTime();
            Map<String, String> exhaustive = StoryMerge.merges(stories, everyPair(stories), rarity, ClusterSettings.defaults());
            everyPairSeconds = (System.nanoTime() - started) / 1e9;
            same = exhaustive.equals(merges);
        }
        long candidates = StoryMerge.candidates(stories).count();
        stories.unpersist();
        Map<String, WindowStory> byId = new HashMap<>();
        world.stories.forEach(story -> byId.put(story.id(), story));
        int passing = 0;
        int found = 0;
        for (Map.Entry<String, String> planted : world.continues.entrySet()) {
            WindowStory earlier = byId.get(planted.getValue());
            WindowStory later = byId.get(planted.getKey());
            passing += Vectors.dot(earlier.centre(), later.centre()) >= StoryMerge.CANDIDATE_LEAST
                    && StoryMerge.joins(earlier, later, rarity.value()) ? 1 : 0;
            found += merges.getOrDefault(later.id(), later.id()).equals(merges.getOrDefault(earlier.id(), earlier.id())) ? 1 : 0;
        }
        return new Measurement(storiesPerWindow, world.stories.size(), (long) (windows - 1) * storiesPerWindow * storiesPerWindow,
                candidates, seconds, everyPairSeconds, same, passing, found);
    }

    /** The generated window stories, the continuations planted among them and what rarity needs. */
    private static final class World {

        final List<WindowStory> stories = new ArrayList<>();
        /** Each continuing story's id, with the id of the story it continues. */
        final Map<String, String> continues = new HashMap<>();
        final Map<String, Integer> articlesWithTerm = new HashMap<>();
        final Map<String, Integer> articlesNaming = new HashMap<>();
        long articles;

        Rarity rarity() {
            return new Rarity(articlesWithTerm, articlesNaming, articles);
        }

        static World generate(int windows, int storiesPerWindow, Random random) {
            World world = new World();
            List<Topic> previous = List.of();
            LocalDate start = LocalDate.of(2026, 1, 5);
            for (int w = 0; w < windows; w++) {
                List<Topic> topics = new ArrayList<>();
                for (int s = 0; s < storiesPerWindow; s++) {
                    Topic continued = previous.isEmpty() ? null : previous.get(random.nextInt(previous.size()));
                    Topic topic = continued != null && continued.continues == null && random.nextInt(3) == 0
                            ? continued.continued(w + "-" + s)
                            : Topic.draw(w + "-" + s, random);
                    topics.add(topic);
                    if (topic.continues != null) {
                        world.continues.put(topic.id, topic.continues);
                    }
                    world.stories.add(world.story(topic, w, start.plusDays((long) w * WINDOW_DAYS), random));
                }
                previous = topics;
            }
            return world;
        }

        private WindowStory story(Topic topic, int w, LocalDate windowStart, Random random) {
            int size = 1 + random.nextInt(3);
            List<Member> members = new ArrayList<>();
            float[] sum = new float[DIMENSIONS];
            for (int a = 0; a < size; a++) {
                LocalDate day = windowStart.plusDays(random.nextInt(topic.continues == null ? WINDOW_DAYS : 3));
                float[] embedding = topic.article(random);
                for (int i = 0; i < DIMENSIONS; i++) {
                    sum[i] += embedding[i];
                }
                Map<String, Integer> terms = new HashMap<>();
                topic.words.forEach(word -> terms.put(word, 1));
                for (int k = 0; k < 20; k++) {
                    terms.merge("w" + zipf(VOCABULARY, random), 1, Integer::sum);
                }
                Map<String, Integer> actors = new HashMap<>();
                topic.actors.forEach(actor -> actors.put(actor, 1));
                actors.merge("person:" + zipf(ACTORS, random), 1, Integer::sum);
                terms.keySet().forEach(term -> articlesWithTerm.merge(term, 1, Integer::sum));
                actors.keySet().forEach(actor -> articlesNaming.merge(actor, 1, Integer::sum));
                articles++;
                String id = topic.id + "." + a;
                Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant();
                members.add(new Member(id, new ArticleOrder(false, at, "generated", null, null, id), day, "story " + topic.id, "outlet",
                        embedding, terms, actors, Set.of(), null));
            }
            return new WindowStory(topic.id, windowStart.toEpochDay() / WINDOW_DAYS, Member.firstDay(members), Member.lastDay(members),
                    Vectors.unit(sum), members, Set.of(), Set.of());
        }

        /** A rank from 1 to {@code n}, rank r drawn with a weight of 1/r. */
        private static int zipf(int n, Random random) {
            return (int) Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1.0)));
        }
    }

    /** What a story's articles share: a centre, topic words and actors. */
    private record Topic(String id, String continues, float[] centre, Set<String> words, Set<String> actors) {

        static Topic draw(String id, Random random) {
            float[] centre = new float[DIMENSIONS];
            for (int i = 0; i < DIMENSIONS; i++) {
                centre[i] = (float) random.nextGaussian();
            }
            Set<String> words = new HashSet<>();
            while (words.size() < 6) {
                words.add("w" + World.zipf(VOCABULARY, random));
            }
            Set<String> actors = new HashSet<>();
            while (actors.size() < 2) {
                actors.add("person:" + World.zipf(ACTORS, random));
            }
            return new Topic(id, null, Vectors.unit(centre), words, actors);
        }

        Topic continued(String newId) {
            return new Topic(newId, id, centre, words, actors);
        }

        /** An article's embedding: the centre plus noise, at a cosine of about 0.8 with it. */
        float[] article(Random random) {
            float[] vector = new float[DIMENSIONS];
            double noise = 0.75 / Math.sqrt(DIMENSIONS);
            for (int i = 0; i < DIMENSIONS; i++) {
                vector[i] = (float) (centre[i] + noise * random.nextGaussian());
            }
            return Vectors.unit(vector);
        }
    }
}
