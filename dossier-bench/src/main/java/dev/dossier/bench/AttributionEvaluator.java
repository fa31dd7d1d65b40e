package dev.dossier.bench;

import dev.dossier.bench.AttributionCounts.Score;
import dev.dossier.bench.BenchOptions.UsageException;
import dev.dossier.model.TextSpan;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Attribution quality on PolNeAR (Newell et al. 2018: every attribution in 1,008 US political news
 * articles, annotated as source, cue and content spans), from the command line:
 *
 * <pre>
 * java -Xmx4g -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
 *     dev.dossier.bench.AttributionEvaluator [--data DIR] [--split dev|train] [--limit N] \
 *     [--no-corenlp] [--list-failures N]
 * </pre>
 *
 * <p>Runs Dossier's enrichment (CoreNLP through Dossier's adapter, then {@code Attributor.rules()})
 * and, unless {@code --no-corenlp}, CoreNLP's own quote attribution ({@link CoreNlpQuotes}, which
 * needs the 4 GB heap) on the raw text of every article, and prints one row per system and subset:
 * content precision, recall and F1 with exact spans and with half overlap ({@link ArticleScore}),
 * and speaker precision, recall and F1 over the content pairs matched by half overlap (a source is
 * right when it overlaps the gold source or names the speaker in the same words at another of their
 * mentions, or in the exact columns when it is the same characters;
 * precision is over predictions with a source, recall over gold attributions with a source). The
 * {@code direct} rows hold the gold contents and the predictions delimited by quote marks (the same
 * test, {@link QuoteDelimited}, on both sides); the {@code all} rows hold everything. Scores are micro-averaged
 * over the articles. On the articles several annotators marked, the other annotators are scored
 * against the first as the systems are ({@link AnnotatorAgreement}): how far trained readers agree.
 * Published figures follow as reference lines.
 *
 * <p>Exit codes: 0 evaluated, 1 the data could not be read or Dossier failed on an article, 2 bad usage.
 */
public final class AttributionEvaluator {

    /** Articles each system runs on, untimed, after loading its models and before the timed pass. */
    static final int WARM_UP_ARTICLES = 5;

    static final List<String> REFERENCES = List.of(
            "BERT+CofeNet      source 0.832  cue 0.753  content 0.729",
            "CoreNLP quote     source 0.139             content 0.175",
            "rule baseline                              content 0.056");

    private static final int SNIPPET = 100;

    private AttributionEvaluator() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the evaluator as {@link #main} does and returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (BenchOptions.wantsHelp(args)) {
            out.println(AttributionOptions.USAGE);
            return 0;
        }
        AttributionOptions options;
        try {
            options = AttributionOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(AttributionOptions.USAGE);
            return 2;
        }
        PolnearCorpus corpus;
        try {
            corpus = PolnearCorpus.read(options.data(), options.split(), options.limit());
        } catch (IOException e) {
            err.println("error: reading PolNeAR " + options.data().resolve(options.split()) + ": " + e);
            return 1;
        }
        for (String mismatch : corpus.mismatches().subList(0, Math.min(5, corpus.mismatches().size()))) {
            err.println("warning: span text differs: " + mismatch);
        }
        List<SystemRun> runs = new ArrayList<>();
        err.println("running Dossier on " + corpus.articles().size() + " articles...");
        runs.add(SystemRun.run(AttributionSystem::dossier, corpus, WARM_UP_ARTICLES, err));
        if (options.coreNlp()) {
            err.println("running CoreNLP's quote attribution on " + corpus.articles().size() + " articles...");
            runs.add(SystemRun.run(CoreNlpQuotes::new, corpus, WARM_UP_ARTICLES, err));
        }
        print(options, corpus, runs, out);
        if (options.listFailures() > 0) {
            listFailures(runs.get(0), options.listFailures(), out);
        }
        for (SystemRun run : runs) {
            for (String error : run.errors()) {
                err.println((run == runs.get(0) ? "error: " : "warning: ") + run.system() + " failed on " + error);
            }
        }
        return runs.get(0).errors().isEmpty() ? 0 : 1;
    }

    private static void print(AttributionOptions options, PolnearCorpus corpus, List<SystemRun> runs, PrintStream out) {
        long direct = corpus.articles().stream().flatMap(a -> a.gold().stream()).filter(GoldAttribution::direct).count();
        Runtime runtime = Runtime.getRuntime();
        out.println("Dossier attribution evaluation on PolNeAR");
        out.println(String.format(Locale.ROOT, "data:       %s (%d articles; %d gold attributions, %d of them delimited by quote marks)",
                corpus.folder(), corpus.articles().size(), corpus.goldCount(), direct));
        out.println(String.format(Locale.ROOT, "annotator:  an article with several annotators (%d here) is scored against %s",
                corpus.multiplyAnnotated(), PolnearCorpus.ANNOTATOR_RULE));
        out.println(String.format(Locale.ROOT, "offsets:    code points (brat's), converted to UTF-16 where they differ; %d spans checked"
                + " against the text their line repeats, %d differ", corpus.spansChecked(), corpus.mismatches().size()));
        if (corpus.incomplete() > 0 || !corpus.unannotated().isEmpty()) {
            out.println(String.format(Locale.ROOT, "skipped:    %d attribution lines without a content, %d articles without annotations",
                    corpus.incomplete(), corpus.unannotated().size()));
        }
        out.println(String.format(Locale.ROOT, "java:       %s, %d processors, max heap %d MB", Runtime.version(),
                runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024)));
        out.println("timing:     models loaded and " + WARM_UP_ARTICLES + " articles run untimed, then one timed pass;"
                + " articles/s counts NLP and attribution");
        out.println("matching:   one-to-one, contents trimmed of quote marks and edge punctuation; exact = same characters,"
                + " 50% = overlap >= half the longer span; source over the 50% pairs: overlaps gold or names the speaker in the same words (src), same characters (src=)");
        out.println();
        TextTable table = new TextTable(List.of("system", "subset", "gold", "pred", "exact P", "exact R", "exact F1",
                "50% P", "50% R", "50% F1", "src P", "src R", "src F1", "src= P", "src= R", "src= F1", "articles/s"));
        for (SystemRun run : runs) {
            for (Subset subset : Subset.values()) {
                List<String> row = row(run.system(), subset, run.total(subset));
                row.add(String.format(Locale.ROOT, "%.2f", run.articlesPerSecond()));
                table.add(row);
            }
        }
        table.print(out);
        out.println();
        if (corpus.multiplyAnnotated() > 0) {
            printAgreement(corpus, runs, out);
        }
        for (SystemRun run : runs) {
            for (Subset subset : Subset.values()) {
                AttributionCounts counts = run.total(subset);
                out.println(String.format(Locale.ROOT, "%s %s: %d of %d unmatched predictions lie inside a gold content another"
                        + " prediction matched (a quotation split by its cue, which PolNeAR keeps as one)",
                        run.system(), subset.key(), run.fragments(subset), counts.predicted() - counts.matched()));
            }
        }
        for (SystemRun run : runs) {
            out.println(String.format(Locale.ROOT, "%s: %.1f s to load and warm up, %.1f s for %d articles (%.2f articles/s)%s",
                    run.system(), run.loadNanos() / 1e9, run.nanos() / 1e9, run.predictions().size(), run.articlesPerSecond(),
                    run.errors().isEmpty() ? "" : ", failed on " + run.errors().size()));
        }
        out.println();
        out.println("reference, Wang et al. (COLING 2022), exact-span F1 on PolNeAR's test split over all attributions");
        out.println("(indirect too; compare with the 'all' rows' exact F1 columns; the rows above are the " + options.split() + " split):");
        for (String reference : REFERENCES) {
            out.println("  " + reference);
        }
    }

    /** One row of the scores table without its speed column: system, subset, counts, and content and source P/R/F1. */
    private static List<String> row(String system, Subset subset, AttributionCounts counts) {
        List<String> row = new ArrayList<>(List.of(system, subset.key(), Integer.toString(counts.gold()), Integer.toString(counts.predicted())));
        for (Score score : List.of(counts.exactContent(), counts.content(), counts.source(), counts.exactSource())) {
            row.addAll(List.of(decimal(score.precision()), decimal(score.recall()), decimal(score.f1())));
        }
        return row;
    }

    /** The other annotators scored against the first on the articles several marked, with the systems on the same articles. */
    private static void printAgreement(PolnearCorpus corpus, List<SystemRun> runs, PrintStream out) {
        int readings = corpus.articles().stream().mapToInt(article -> article.otherReadings().size()).sum();
        out.println(String.format(Locale.ROOT, "agreement:  on the %d articles several annotators marked, each other annotator (%d readings)"
                + " scored against the first as the systems are, and the systems against the first on the same articles:",
                corpus.multiplyAnnotated(), readings));
        TextTable table = new TextTable(List.of("reader", "subset", "gold", "pred", "exact P", "exact R", "exact F1",
                "50% P", "50% R", "50% F1", "src P", "src R", "src F1", "src= P", "src= R", "src= F1"));
        for (Subset subset : Subset.values()) {
            table.add(row(AnnotatorAgreement.OTHER_ANNOTATORS, subset, AnnotatorAgreement.othersAgainstFirst(corpus, subset)));
            for (SystemRun run : runs) {
                table.add(row(run.system(), subset, AnnotatorAgreement.systemOnTheSameArticles(run, subset)));
            }
        }
        table.print(out);
        out.println();
    }

    /**
     * Dossier's {@code count} articles with the most errors on the direct subset, each error listed;
     * a missed or spurious content shows the best-overlapping counterpart among all the article's
     * attributions, since most are boundary disagreements rather than inventions.
     */
    private static void listFailures(SystemRun run, int count, PrintStream out) {
        List<ArticleScore> worst = run.scores(Subset.DIRECT).stream()
                .filter(score -> score.errors() > 0)
                .sorted(Comparator.comparingInt(ArticleScore::errors).reversed()
                        .thenComparingDouble(score -> score.counts().content().f1())
                        .thenComparing(score -> score.article().id()))
                .limit(count)
                .toList();
        out.println();
        out.println(run.system() + "'s " + worst.size() + " worst articles on the direct subset (most missed + spurious"
                + " + wrong speakers; fragments listed but not counted):");
        for (ArticleScore score : worst) {
            AttributionCounts counts = score.counts();
            PolnearArticle article = score.article();
            String text = article.text();
            List<PredictedAttribution> predictions = run.predictions().get(run.corpus().articles().indexOf(article));
            out.println();
            out.println(String.format(Locale.ROOT, "%s (annotator %s): gold %d, predicted %d, matched %d, content F1 %s,"
                    + " speakers right %d of %d matched with a gold source",
                    article.id(), article.annotator(), counts.gold(), counts.predicted(), counts.matched(),
                    decimal(counts.content().f1()), counts.sources(), counts.sources() + score.speakerErrors().size()));
            for (GoldAttribution missed : score.missed()) {
                out.println("  missed:   " + snippet(text, missed.content()) + "  <- " + source(text, missed.source())
                        + bestPrediction(text, missed.content(), predictions));
            }
            for (PredictedAttribution spurious : score.spurious()) {
                out.println((score.fragments().contains(spurious) ? "  fragment: " : "  spurious: ") + spurious.kind() + " "
                        + snippet(text, spurious.content()) + "  <- " + source(text, spurious.source())
                        + bestGold(text, spurious.content(), article.gold()));
            }
            for (ArticleScore.SpeakerError error : score.speakerErrors()) {
                out.println("  speaker:  " + snippet(text, error.gold().content()) + "  gold <- " + source(text, error.gold().source())
                        + ", predicted <- " + source(text, error.predicted().source()));
            }
        }
    }

    private static String bestPrediction(String text, Spans content, List<PredictedAttribution> predictions) {
        Spans trimmed = content.trimmed(text);
        PredictedAttribution best = null;
        double bestOverlap = 0;
        for (PredictedAttribution prediction : predictions) {
            double overlap = trimmed.overlap(prediction.content().trimmed(text));
            if (overlap > bestOverlap) {
                best = prediction;
                bestOverlap = overlap;
            }
        }
        return best == null ? "" : String.format(Locale.ROOT, "%n            ~ %.2f overlap with %s %s", bestOverlap, best.kind(),
                best.content());
    }

    private static String bestGold(String text, Spans content, List<GoldAttribution> gold) {
        Spans trimmed = content.trimmed(text);
        GoldAttribution best = null;
        double bestOverlap = 0;
        for (GoldAttribution attribution : gold) {
            double overlap = trimmed.overlap(attribution.content().trimmed(text));
            if (overlap > bestOverlap) {
                best = attribution;
                bestOverlap = overlap;
            }
        }
        return best == null ? "" : String.format(Locale.ROOT, "%n            ~ %.2f overlap with gold %s", bestOverlap,
                snippet(text, best.content()));
    }

    private static String snippet(String text, Spans spans) {
        String words = spans.of(text).replaceAll("\\s+", " ").strip();
        String shown = words.length() <= SNIPPET ? words : words.substring(0, SNIPPET - 3) + "...";
        return "[" + spans.start() + "," + spans.end() + ") " + shown;
    }

    private static String source(String text, Spans source) {
        return source == null ? "(none)" : "'" + source.of(text).replaceAll("\\s+", " ") + "'";
    }

    private static String source(String text, TextSpan source) {
        return source == null ? "(none)" : source(text, Spans.of(source));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
