package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import dev.dossier.stories.Cluster;
import dev.dossier.stories.ClusterSettings;
import dev.dossier.stories.StoryClusterer;
import dev.dossier.stories.StoryItem;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story clustering on a long stream, from the command line:
 *
 * <pre>
 * java -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
 *     dev.dossier.bench.StoryClusteringBenchmark [--articles 100000] [--days 365] [--seed 1]
 * </pre>
 *
 * <p>Generates a {@link StoryStream} (not timed), then feeds it in publication order to Dossier's
 * {@link StoryClusterer} with its default settings, retiring each day the stories that ended more
 * than two windows ago (as a long-running store does), and prints articles per second, the heap's
 * peak, the most stories live at once, and how well the generated stories were recovered (a
 * sanity check that the clustering did its work, not an accuracy figure: the stream is
 * synthetic). This measures the clustering itself; the embedding of each article happens at
 * ingest, on the ingest workers, and is measured with the ingest.
 *
 * <p>Exit codes: 0 measured, 2 bad usage.
 */
public final class StoryClusteringBenchmark {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: StoryClusteringBenchmark [--articles N] [--days D] [--seed S]",
            "  --articles N   length of the generated stream (default: 100000)",
            "  --days D       days the generated stories start within (default: 365; fewer keep more stories live)",
            "  --seed S       generator seed (default: 1)");

    /** What one run measured. */
    record Result(int articles, long nanos, long heapBytes, int maxLive, ClusterScore score) {
        double perSecond() {
            return articles / (nanos / 1e9);
        }
    }

    private StoryClusteringBenchmark() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (BenchOptions.wantsHelp(args)) {
            out.println(USAGE);
            return 0;
        }
        int articles = 100_000;
        int days = StoryStream.DAYS;
        long seed = 1;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--articles" -> {
                        articles = AttributionOptions.parseCount(AttributionOptions.value(args, ++i, "--articles"), "--articles");
                        if (articles < 1) {
                            throw new UsageException("--articles must be at least 1");
                        }
                    }
                    case "--days" -> {
                        days = AttributionOptions.parseCount(AttributionOptions.value(args, ++i, "--days"), "--days");
                        if (days < 1) {
                            throw new UsageException("--days must be at least 1");
                        }
                    }
                    case "--seed" -> seed = AttributionOptions.parseCount(AttributionOptions.value(args, ++i, "--seed"), "--seed");
                    default -> throw new UsageException("unknown option '" + args[i] + "'");
                }
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        err.println("generating " + articles + " articles...");
        StoryStream stream = StoryStream.generate(articles, seed, days);
        Result result = measure(stream, ClusterSettings.defaults());
        out.println("Dossier story clustering on a generated stream (in memory, one thread)");
        out.printf(Locale.ROOT, "articles:        %d (%d generated stories starting within %d days, 1 in 10 a copy)%n",
                result.articles(), result.score().goldClusters(), days);
        out.printf(Locale.ROOT, "time:            %.1f s, %.0f articles/s (%.0f µs an article)%n", result.nanos() / 1e9, result.perSecond(),
                result.nanos() / 1e3 / result.articles());
        out.printf(Locale.ROOT, "heap peak:       %d MB (generated stream included)%n", result.heapBytes() >> 20);
        out.printf(Locale.ROOT, "live stories:    at most %d at once%n", result.maxLive());
        out.printf(Locale.ROOT, "stories formed:  %d; recovery of the generated stories: pair F1 %.3f, B-cubed F1 %.3f%n",
                result.score().predictedClusters(), result.score().pairF1(), result.score().bcubedF1());
        return 0;
    }

    static Result measure(StoryStream stream, ClusterSettings settings) {
        StoryClusterer clusterer = new StoryClusterer(settings, StoryStream.DIMENSIONS);
        Map<String, String> predicted = new HashMap<>();
        HeapPeak.reset();
        long start = System.nanoTime();
        LocalDate today = null;
        int maxLive = 0;
        for (StoryItem item : stream.items()) {
            if (!item.day().equals(today)) {
                today = item.day();
                record(clusterer.retireBefore(today.minusDays(2L * settings.windowDays())), predicted);
                maxLive = Math.max(maxLive, clusterer.liveStories());
            }
            clusterer.add(item);
        }
        record(clusterer.drainChanged(), predicted);
        long nanos = System.nanoTime() - start;
        long heap = HeapPeak.bytes();
        Map<String, String> gold = new HashMap<>();
        predicted.keySet().forEach(article -> gold.put(article, stream.gold().get(article)));
        return new Result(stream.items().size(), nanos, heap, maxLive, ClusterScore.of(gold, predicted));
    }

    private static void record(List<Cluster> clusters, Map<String, String> predicted) {
        for (Cluster cluster : clusters) {
            cluster.articles().forEach(article -> predicted.put(article, cluster.id()));
        }
    }
}
