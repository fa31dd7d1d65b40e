package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Throughput and memory of the ingest path, from the command line:
 *
 * <pre>
 * java -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
 *     dev.dossier.bench.IngestBenchmark [--articles N] [--format text|html|jsonl] [--work DIR]
 * </pre>
 *
 * <p>Writes a deterministic synthetic corpus per format, warms the JIT up on a small separate
 * corpus, then for each format ingests the corpus into a fresh store and ingests it again, and
 * prints one table row per format on standard output (progress goes to standard error). It is a
 * command and not a timed test because the figures only mean something on a quiet machine, and a
 * shared one is noisy: read them as orders of magnitude, and compare runs made on the same machine.
 *
 * <p>Exit codes: 0 measured, 1 a run went wrong (an article not stored, an I/O error), 2 bad usage.
 */
public final class IngestBenchmark {

    /** The corpus seed; fixed so every run measures the same articles. */
    static final long SEED = 20_260_105L;
    static final long WARM_UP_SEED = 7L;
    static final int WARM_UP_ARTICLES = 200;

    private IngestBenchmark() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the benchmark as {@link #main} does and returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (BenchOptions.wantsHelp(args)) {
            out.println(BenchOptions.USAGE);
            return 0;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(BenchOptions.USAGE);
            return 2;
        }
        Path work = null;
        boolean temporary = options.workDirectory() == null;
        try {
            work = temporary ? Files.createTempDirectory("dossier-bench-") : emptyDirectory(options.workDirectory());
            return measure(options, work, temporary, out, err);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: " + e);
            return 1;
        } finally {
            if (temporary && work != null) {
                deleteQuietly(work, err);
            }
        }
    }

    private static int measure(BenchOptions options, Path work, boolean temporary, PrintStream out, PrintStream err)
            throws IOException {
        List<Corpus> corpora = new ArrayList<>();
        List<Corpus> warmUp = new ArrayList<>();
        for (CorpusFormat format : options.formats()) {
            err.println("writing " + format.cliName() + " corpora...");
            corpora.add(CorpusWriter.write(format, SEED, options.articles(), work.resolve("corpus-" + format.cliName())));
            warmUp.add(CorpusWriter.write(format, WARM_UP_SEED, WARM_UP_ARTICLES, work.resolve("warm-up-" + format.cliName())));
        }
        printEnvironment(options, corpora, work, temporary, out);
        List<String> problems = new ArrayList<>();
        for (Corpus corpus : warmUp) {
            err.println("warming up on " + corpus.format().cliName() + "...");
            problems.addAll(IngestRun.measure(corpus, work.resolve("warm-up-" + corpus.format().cliName() + ".db")).problems());
        }
        ResultTable table = new ResultTable();
        for (Corpus corpus : corpora) {
            err.println("measuring " + corpus.format().cliName() + "...");
            IngestMeasurement measurement = IngestRun.measure(corpus, work.resolve("store-" + corpus.format().cliName() + ".db"));
            problems.addAll(measurement.problems());
            table.add(measurement);
        }
        out.println();
        table.print(out);
        out.println();
        out.println("seconds, articles/s: the first ingest, into an empty store. re-ingest: the same input again,");
        out.println("every article a duplicate. peak heap: the heap pools' summed peak use (an upper bound; the");
        out.println("larger of the two runs). store: the SQLite file after both runs. MB = 2^20 bytes.");
        for (String problem : problems) {
            err.println("error: " + problem);
        }
        return problems.isEmpty() ? 0 : 1;
    }

    private static void printEnvironment(BenchOptions options, List<Corpus> corpora, Path work, boolean temporary, PrintStream out) {
        Runtime runtime = Runtime.getRuntime();
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        String sizes = corpora.stream()
                .map(c -> c.format().cliName() + " " + ResultTable.megabytes(c.bytes()) + " MB")
                .collect(Collectors.joining(", "));
        out.println("Dossier ingest benchmark");
        out.println("java:       " + Runtime.version() + ", " + System.getProperty("java.vm.name")
                + " (" + System.getProperty("java.vendor") + ")");
        out.println("processors: " + runtime.availableProcessors());
        out.println("max heap:   " + ResultTable.megabytes(runtime.maxMemory()) + " MB");
        out.println("gc:         " + collectors);
        out.println(String.format(Locale.ROOT, "corpus:     %d synthetic articles per format (seed %d): %s",
                options.articles(), SEED, sizes));
        out.println("warm-up:    " + WARM_UP_ARTICLES + " other articles per format, ingested twice into throwaway "
                + "stores before measuring, so the JIT has compiled the hot paths; not measured");
        out.println("work dir:   " + work + (temporary ? " (temporary, deleted afterwards)" : ""));
    }

    /** The directory, created if absent; it must be empty so every store the benchmark opens is fresh. */
    private static Path emptyDirectory(Path directory) throws IOException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UsageException("--work " + directory + " is not a directory");
        }
        Files.createDirectories(directory);
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new UsageException("--work " + directory + " is not empty; give an empty or new directory");
            }
        }
        return directory;
    }

    private static void deleteQuietly(Path directory, PrintStream err) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            // the figures are printed already; a leftover temporary directory is only worth a warning
            err.println("warning: could not delete " + directory + ": " + e);
        }
    }
}
