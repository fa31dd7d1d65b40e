package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestReport;
import dev.dossier.engine.IngestRequest;
import dev.dossier.engine.StageTimes;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.EnglishCase;
import dev.dossier.nlp.Nlp;
import dev.dossier.pipeline.RunReport;
import dev.dossier.quotes.Attributor;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * What Dossier's enrichment costs on top of the NLP it needs, from the command line:
 *
 * <pre>
 * java -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
 *     dev.dossier.bench.EnrichmentBenchmark [--data DIR] [--split dev|train] [--articles N] [--rounds R]
 * </pre>
 *
 * <p>On real news (the first N PolNeAR articles), measures in one process, after loading the
 * models and one untimed warm-up pass of the enrichment and of the full pipeline (which loads the
 * pipeline's own models, the embedding and the language detector, as a long-running ingest has):
 * (1) CoreNLP's tokenizer, tagger and NER through Dossier's adapter ({@code Nlp.coreNlp().annotate})
 * alone, (2) Dossier's enrichment, the same annotation followed by
 * {@code Attributor.rules().attribute}, and (3) the full pipeline, the texts as files through
 * ingest into a fresh store; each on 1 and on 2 threads. Prints articles/s, tokens/s, each pass's
 * time over (1)'s on as many threads, the attribution rules' own time per article, the heap's peak
 * use ({@link HeapPeak}), the pipeline's milliseconds per article by stage, and the ceiling the lede
 * embedding sets. Every pass is measured R times (3 by default), the rounds interleaved, and each
 * row reports its fastest round: a shared machine only slows a pass down, so the fastest is the
 * nearest to what the code costs.
 *
 * <p>Exit codes: 0 measured, 1 the data could not be read or an article failed, 2 bad usage.
 */
public final class EnrichmentBenchmark {

    static final List<Integer> THREADS = List.of(1, 2);

    private EnrichmentBenchmark() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the benchmark as {@link #main} does and returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (BenchOptions.wantsHelp(args)) {
            out.println(EnrichmentOptions.USAGE);
            return 0;
        }
        EnrichmentOptions options;
        try {
            options = EnrichmentOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(EnrichmentOptions.USAGE);
            return 2;
        }
        List<String> texts = new ArrayList<>();
        try {
            for (PolnearArticle article : PolnearCorpus.read(options.data(), options.split(), options.articles()).articles()) {
                texts.add(article.text());
            }
        } catch (IOException e) {
            err.println("error: reading PolNeAR " + options.data().resolve(options.split()) + ": " + e);
            return 1;
        }
        if (texts.isEmpty()) {
            err.println("error: no articles in " + options.data().resolve(options.split()));
            return 1;
        }
        try {
            measure(options, texts, out, err);
            return 0;
        } catch (ExecutionException e) {
            err.println("error: an article failed: " + e.getCause());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return 1;
        }
    }

    /** One timed pass: a stage on a number of threads. */
    record Measurement(Stage stage, int threads, int articles, long nanos, long tokens, long attributions,
            long attributeNanos, long peakHeapBytes, StageTimes stageTimes) {

        double seconds() {
            return nanos / 1e9;
        }

        /** Of two passes of one stage, the faster one, with the higher heap peak of the two. */
        static Measurement better(Measurement a, Measurement b) {
            Measurement faster = b.nanos() < a.nanos() ? b : a;
            return new Measurement(faster.stage(), faster.threads(), faster.articles(), faster.nanos(), faster.tokens(),
                    faster.attributions(), faster.attributeNanos(), Math.max(a.peakHeapBytes(), b.peakHeapBytes()), faster.stageTimes());
        }

        double articlesPerSecond() {
            return articles / seconds();
        }

        double tokensPerSecond() {
            return tokens / seconds();
        }
    }

    enum Stage {
        NER("NER (CoreNLP via adapter)"),
        NER_DEFAULTS("NER (CoreNLP's default annotators)"),
        ENRICHMENT("enrichment (NER + attribution)"),
        PIPELINE("full pipeline (ingest to stories)");

        final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    private record Outcome(long tokens, long attributions, long attributeNanos) {}

    /** A stage on a number of threads: what one row of the table measures. */
    private record Pass(Stage stage, int threads) {}

    /**
     * What the passes run: Dossier's adapter and rules, and CoreNLP as it comes, the annotators a
     * user gets from asking for named entities ({@value #DEFAULT_ANNOTATORS}, each with its default
     * models and options: three CRF taggers, numbers, dates and the fine-grained rules).
     */
    private record Models(Nlp nlp, Attributor attributor, StanfordCoreNLP defaults) {

        Models withDefaults(StanfordCoreNLP pipeline) {
            return new Models(nlp, attributor, pipeline);
        }
    }

    static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private static void measure(EnrichmentOptions options, List<String> texts, PrintStream out, PrintStream err)
            throws ExecutionException, InterruptedException {
        err.println("loading the models...");
        long loadStart = System.nanoTime();
        Models models = new Models(Nlp.coreNlp(), Attributor.rules(), null);
        models.nlp().annotate("Loading the models.");
        long loadNanos = System.nanoTime() - loadStart;
        Path work;
        try {
            work = corpus(texts);
        } catch (IOException e) {
            throw new ExecutionException(new IOException("cannot write the texts for the full pipeline: " + e.getMessage(), e));
        }
        err.println("warming up on " + texts.size() + " articles...");
        long warmStart = System.nanoTime();
        pass(Stage.ENRICHMENT, 1, texts, models);
        pipeline(1, texts.size(), work, err);
        long warmNanos = System.nanoTime() - warmStart;
        // each round starts with another stage, so that no pass always runs right after a full
        // pipeline and inherits its garbage and its compiled code
        Map<Pass, Measurement> fastest = new HashMap<>();
        List<Stage> stages = List.of(Stage.NER, Stage.ENRICHMENT, Stage.PIPELINE);
        for (int round = 0; round < options.rounds(); round++) {
            for (int threads : THREADS) {
                for (int s = 0; s < stages.size(); s++) {
                    Stage stage = stages.get((s + round) % stages.size());
                    err.println("round " + (round + 1) + ": measuring " + stage.label + " on " + threads + (threads == 1 ? " thread..." : " threads..."));
                    Measurement measured = stage == Stage.PIPELINE ? pipeline(threads, texts.size(), work, err)
                            : pass(stage, threads, texts, models);
                    fastest.merge(new Pass(stage, threads), measured, Measurement::better);
                }
            }
        }
        if (options.coreNlpDefaults()) {
            measureDefaults(texts, models, fastest, err);
        }
        printEnvironment(options, texts, loadNanos, warmNanos, out);
        TextTable table = new TextTable(List.of("stage", "threads", "articles", "seconds", "articles/s", "tokens/s",
                "attributions", "time / NER", "attribute ms/article", "peak heap MB"));
        for (int threads : THREADS) {
            for (Stage stage : Stage.values()) {
                Measurement measurement = fastest.get(new Pass(stage, threads));
                if (measurement == null) {
                    continue;
                }
                Measurement ner = fastest.get(new Pass(Stage.NER, threads));
                boolean enrichment = measurement.stage() == Stage.ENRICHMENT;
                table.add(List.of(measurement.stage().label, Integer.toString(measurement.threads()),
                        Integer.toString(measurement.articles()),
                        String.format(Locale.ROOT, "%.2f", measurement.seconds()),
                        String.format(Locale.ROOT, "%.2f", measurement.articlesPerSecond()),
                        measurement.tokens() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", measurement.tokensPerSecond()),
                        enrichment ? Long.toString(measurement.attributions()) : "-",
                        String.format(Locale.ROOT, "%.3f", (double) measurement.nanos() / ner.nanos()),
                        enrichment ? String.format(Locale.ROOT, "%.2f", measurement.attributeNanos() / 1e6 / measurement.articles()) : "-",
                        ResultTable.megabytes(measurement.peakHeapBytes())));
            }
        }
        out.println();
        table.print(out);
        out.println();
        out.println("time / NER: the pass's wall time over the NER pass's on as many threads (the enrichment's overhead).");
        out.println("full pipeline: the same texts as files through Dossier's ingest into a fresh store: clean, NLP, statements,");
        out.println("  lede embedding and MinHash, SQLite writes, near-duplicates and story clustering.");
        out.println("attribute ms/article: time inside the attribution rules, summed over threads, per article.");
        out.println("peak heap: the heap pools' summed peak use during the pass, after a collection (an upper bound).");
        if (options.coreNlpDefaults()) {
            out.println("NER (CoreNLP's default annotators): " + DEFAULT_ANNOTATORS + " with CoreNLP's default models and options, measured once");
            out.println("  on each number of threads after the other passes (its models were not in memory during them).");
        }
        printCeiling(fastest.get(new Pass(Stage.NER, 1)), fastest.get(new Pass(Stage.PIPELINE, 1)), out);
        for (int threads : THREADS) {
            Measurement pipeline = fastest.get(new Pass(Stage.PIPELINE, threads));
            Measurement defaults = fastest.get(new Pass(Stage.NER_DEFAULTS, threads));
            out.println(String.format(Locale.ROOT, "full pipeline on %d thread%s: %.2f of the throughput of NER as Dossier configures it%s",
                    threads, threads == 1 ? "" : "s", pipeline.articlesPerSecond() / fastest.get(new Pass(Stage.NER, threads)).articlesPerSecond(),
                    defaults == null ? "" : String.format(Locale.ROOT, ", %.2f of CoreNLP's default NER's",
                            pipeline.articlesPerSecond() / defaults.articlesPerSecond())));
        }
    }

    /**
     * CoreNLP's NER as it comes, loaded only now so that its models (some 400 MB more) do not weigh
     * on the other passes' heap peaks; one warm-up article, then one pass on each number of threads.
     */
    private static void measureDefaults(List<String> texts, Models models, Map<Pass, Measurement> fastest, PrintStream err)
            throws ExecutionException, InterruptedException {
        err.println("loading CoreNLP's default NER annotators (" + DEFAULT_ANNOTATORS + ")...");
        Properties properties = new Properties();
        properties.setProperty("annotators", DEFAULT_ANNOTATORS);
        EnglishCase.ensure();
        Models withDefaults = models.withDefaults(new StanfordCoreNLP(properties));
        enrich(Stage.NER_DEFAULTS, texts.get(0), withDefaults);
        for (int threads : THREADS) {
            err.println("measuring " + Stage.NER_DEFAULTS.label + " on " + threads + (threads == 1 ? " thread..." : " threads..."));
            fastest.put(new Pass(Stage.NER_DEFAULTS, threads), pass(Stage.NER_DEFAULTS, threads, texts, withDefaults));
        }
    }

    /**
     * The best the full pipeline could do against NER alone on one thread while it computes the
     * lede embedding: NER's time over NER's and the fingerprint stage's, as if nothing else cost anything.
     */
    private static void printCeiling(Measurement ner, Measurement pipeline, PrintStream out) {
        StageTimes times = pipeline.stageTimes();
        double articles = ner.articles();
        out.println(String.format(Locale.ROOT,
                "one thread, ms per article: NER alone %.1f; in the pipeline clean %.1f, analyse %.1f, fingerprint %.1f, store %.1f, link %.1f",
                ner.nanos() / 1e6 / articles, times.clean() / 1e6 / articles, times.enrich() / 1e6 / articles,
                times.fingerprint() / 1e6 / articles, times.store() / 1e6 / articles, times.link() / 1e6 / articles));
        out.println(String.format(Locale.ROOT,
                "ceiling with the lede embedding: NER / (NER + fingerprint) = %.2f of the NER-only throughput, if nothing else cost anything",
                (double) ner.nanos() / (ner.nanos() + times.fingerprint())));
    }

    /** The texts as plain-text files in a temporary folder, for the full pipeline to ingest. */
    private static Path corpus(List<String> texts) throws IOException {
        Path folder = Files.createTempDirectory("dossier-pipeline");
        for (int i = 0; i < texts.size(); i++) {
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "article-%04d.txt", i)), texts.get(i), StandardCharsets.UTF_8);
        }
        return folder;
    }

    /**
     * One timed ingest of the texts into a fresh store, on {@code threads} workers. A text the clean
     * stage rejects (a headline with no body) is counted like the others: the pipeline handled it.
     */
    private static Measurement pipeline(int threads, int articles, Path corpus, PrintStream err) throws ExecutionException {
        try {
            Path store = Files.createTempFile(corpus.getParent(), "pipeline-", ".db");
            Files.delete(store);
            HeapPeak.reset();
            long start = System.nanoTime();
            RunReport report;
            IngestReport ingest;
            try (Dossier dossier = Dossier.open(new DossierConfig(store, Clock.systemUTC(), null))) {
                ingest = dossier.ingest(new IngestRequest(List.of(corpus.toString()), null, null, IngestRequest.DEFAULT_MAX_DOCUMENT_BYTES,
                        true, threads), InputStream::nullInputStream, IngestListener.NONE);
                report = ingest.run();
            }
            long nanos = System.nanoTime() - start;
            err.println("  time by stage on " + threads + (threads == 1 ? " thread: " : " threads: ") + ingest.times().describe()
                    + "; the rest of " + String.format(Locale.ROOT, "%.1f s", nanos / 1e9) + " is opening the store and reading");
            if (report.documentsRead() < articles) {
                throw new ExecutionException(new IllegalStateException("the full pipeline read " + report.documentsRead() + " of " + articles
                        + " texts"));
            }
            return new Measurement(Stage.PIPELINE, threads, articles, nanos, 0, 0, 0, HeapPeak.bytes(), ingest.times());
        } catch (IOException e) {
            throw new ExecutionException(new IOException("cannot run the full pipeline in " + corpus + ": " + e.getMessage(), e));
        }
    }

    /** One timed pass of {@code stage} over every text on {@code threads} threads, heap peak included. */
    private static Measurement pass(Stage stage, int threads, List<String> texts, Models models)
            throws ExecutionException, InterruptedException {
        HeapPeak.reset();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (String text : texts) {
                outcomes.add(pool.submit(() -> enrich(stage, text, models)));
            }
            long tokens = 0;
            long attributions = 0;
            long attributeNanos = 0;
            for (Future<Outcome> future : outcomes) {
                Outcome outcome = future.get();
                tokens += outcome.tokens();
                attributions += outcome.attributions();
                attributeNanos += outcome.attributeNanos();
            }
            long nanos = System.nanoTime() - start;
            return new Measurement(stage, threads, texts.size(), nanos, tokens, attributions, attributeNanos, HeapPeak.bytes(), null);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome enrich(Stage stage, String text, Models models) {
        if (stage == Stage.NER_DEFAULTS) {
            CoreDocument document = new CoreDocument(text);
            models.defaults().annotate(document);
            return new Outcome(document.tokens().size(), 0, 0);
        }
        AnnotatedText annotated = models.nlp().annotate(text);
        if (stage == Stage.NER) {
            return new Outcome(annotated.tokens().size(), 0, 0);
        }
        long start = System.nanoTime();
        int attributions = models.attributor().attribute(annotated).size();
        return new Outcome(annotated.tokens().size(), attributions, System.nanoTime() - start);
    }

    private static void printEnvironment(EnrichmentOptions options, List<String> texts, long loadNanos, long warmNanos, PrintStream out) {
        Runtime runtime = Runtime.getRuntime();
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        long characters = texts.stream().mapToLong(String::length).sum();
        out.println("Dossier enrichment benchmark");
        out.println("java:       " + Runtime.version() + ", " + System.getProperty("java.vm.name"));
        out.println("processors: " + runtime.availableProcessors());
        out.println("max heap:   " + ResultTable.megabytes(runtime.maxMemory()) + " MB");
        out.println("gc:         " + collectors);
        out.println(String.format(Locale.ROOT, "articles:   the first %d of PolNeAR %s (%s), %d characters, %.0f on average",
                texts.size(), options.split(), options.data().resolve(options.split()), characters, (double) characters / texts.size()));
        out.println(String.format(Locale.ROOT, "warm-up:    models loaded in %.1f s; one untimed enrichment and full-pipeline pass over the articles, %.1f s",
                loadNanos / 1e9, warmNanos / 1e9));
        out.println("rounds:     " + options.rounds() + (options.rounds() == 1 ? " (one pass of each)"
                : " of every pass, interleaved; each row is its fastest round (a shared machine only ever slows a pass down)"));
    }
}
