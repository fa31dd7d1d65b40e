package dev.dossier.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the job's throughput at {@code local[1]} and {@code local[2]} in one run, on the same
 * corpus, and prints a table: articles processed per second (every stage, from reading the files
 * to writing the tables), the peak heap of the run, and the ratio of the two speeds.
 *
 * <pre>
 * SparkBenchmark [--corpus DIR] [--aliases FILE] [--copies N] [--work DIR]
 * </pre>
 *
 * The corpus (default: the bundled {@code examples/corpus}) is read {@code --copies} times (4) as
 * separate inputs, so each run processes that many copies of every article (the job keeps one of
 * each in its tables). A first run at {@code local[2]} loads the models and warms the JIT up and is
 * not counted. Peak heap is the sum of the heap pools' peaks during a run (one JVM holds driver
 * and executors in local mode).
 */
public final class SparkBenchmark {

    private SparkBenchmark() {}

    /** One measured run. */
    record Run(String master, long articles, double seconds, long peakHeapBytes) {

        double articlesPerSecond() {
            return articles / seconds;
        }
    }

    public static void main(String[] args) throws IOException {
        Path corpus = null;
        Path aliases = null;
        int copies = 4;
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--aliases" -> aliases = Path.of(args[++i]);
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: SparkBenchmark [--corpus DIR] [--aliases FILE] [--copies N] [--work DIR]");
            }
        }
        if (corpus == null) {
            corpus = examples().resolve("corpus");
            aliases = aliases != null ? aliases : examples().resolve("aliases.json");
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dossier-spark-bench");
        byte[] aliasFile = aliases != null && Files.isRegularFile(aliases) ? Files.readAllBytes(aliases) : null;
        System.out.println("warm-up at local[2] (models load, JIT) ...");
        run("local[2]", corpus, 1, aliasFile, dir.resolve("warm-up"));
        List<Run> runs = new ArrayList<>();
        for (String master : List.of("local[1]", "local[2]")) {
            runs.add(run(master, corpus, copies, aliasFile, dir.resolve(master.replaceAll("[^a-z0-9]", ""))));
        }
        System.out.println();
        System.out.println("| master | articles | seconds | articles/s | peak heap |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (Run run : runs) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.2f | %d MB |%n", run.master(), run.articles(), run.seconds(),
                    run.articlesPerSecond(), run.peakHeapBytes() >> 20);
        }
        System.out.printf(Locale.ROOT, "%nlocal[2] / local[1]: %.2f; cost per article at local[1]: %.0f ms of one core%n",
                runs.get(1).articlesPerSecond() / runs.get(0).articlesPerSecond(), 1000 / runs.get(0).articlesPerSecond());
    }

    private static Run run(String master, Path corpus, int copies, byte[] aliasFile, Path output) {
        resetPeaks();
        SparkSession spark = SparkSession.builder().master(master).appName("dossier-spark-benchmark")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            JobSettings settings = JobSettings.of(Collections.nCopies(copies, corpus.toString()), output.toString()).withAliasFile(aliasFile);
            JobReport report = DossierJob.run(spark, settings);
            return new Run(master, report.articlesFound(), report.seconds(), peakHeap());
        } finally {
            spark.stop();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The bundled examples above the working directory. */
    private static Path examples() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("examples").resolve("corpus"))) {
                return at.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/corpus not found above " + Path.of("").toAbsolutePath() + "; give --corpus DIR");
    }
}
