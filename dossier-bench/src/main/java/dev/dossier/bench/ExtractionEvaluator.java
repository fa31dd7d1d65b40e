package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import dev.dossier.bench.Evaluation.PageOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Main-text extraction quality, measured as trafilatura measures it, from the command line:
 *
 * <pre>
 * java -Dorg.slf4j.simpleLogger.log.net.dankito.readability4j=off \
 *     -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
 *     dev.dossier.bench.ExtractionEvaluator [--data DIR] [--list-failures N] [--no-warm-up]
 * </pre>
 *
 * <p>(The system property quiets Readability4J, which logs an error for every link it cannot make
 * absolute; its text is unaffected.)
 *
 * <p>Reads the evaluation set ({@code evaldata.json}: for each page, snippets its main text must
 * and must not contain), runs Dossier's clean stage and Readability4J on every page, and prints one
 * row per extractor: precision, recall, F1 and accuracy over the snippets of all pages summed
 * (micro-averaged), and pages per second over a timed pass that follows an untimed warm-up pass.
 * Output and snippets are compared after collapsing runs of whitespace, and nothing else. The
 * published figures of trafilatura's own evaluation follow the table as reference lines.
 *
 * <p>Exit codes: 0 evaluated, 1 the set could not be read or Dossier failed on a page, 2 bad usage.
 */
public final class ExtractionEvaluator {

    static final List<String> REFERENCES = List.of(
            "trafilatura 2.2.0   F1 0.924",
            "readability-lxml    F1 0.826",
            "newspaper4k         F1 0.801");

    private ExtractionEvaluator() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the evaluator as {@link #main} does and returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (BenchOptions.wantsHelp(args)) {
            out.println(EvaluatorOptions.USAGE);
            return 0;
        }
        EvaluatorOptions options;
        try {
            options = EvaluatorOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(EvaluatorOptions.USAGE);
            return 2;
        }
        List<Evaluation> evaluations;
        try {
            evaluations = evaluate(options.data(), options.warmUp(), err);
        } catch (IOException e) {
            err.println("error: reading the evaluation set " + options.data() + ": " + e);
            return 1;
        }
        print(options, evaluations, out);
        if (options.listFailures() > 0) {
            listFailures(evaluations.get(0), options.listFailures(), out);
        }
        boolean dossierFailed = false;
        for (Evaluation evaluation : evaluations) {
            for (PageOutcome page : evaluation.errors()) {
                err.println((evaluation == evaluations.get(0) ? "error: " : "warning: ") + evaluation.extractor()
                        + " failed on " + page.page().file().getFileName() + ": " + page.error());
                dossierFailed |= evaluation == evaluations.get(0);
            }
        }
        return dossierFailed ? 1 : 0;
    }

    /** Dossier's evaluation first, then Readability4J's. */
    static List<Evaluation> evaluate(Path data, boolean warmUp, PrintStream err) throws IOException {
        List<EvalPage> pages = EvalPage.readAll(data);
        List<byte[]> contents = new ArrayList<>();
        for (EvalPage page : pages) {
            contents.add(page.bytes());
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (PageExtractor extractor : List.of(PageExtractor.dossier(), PageExtractor.readability())) {
            err.println("evaluating " + extractor.name() + " on " + pages.size() + " pages...");
            evaluations.add(Evaluation.run(extractor, pages, contents, warmUp));
        }
        return evaluations;
    }

    private static void print(EvaluatorOptions options, List<Evaluation> evaluations, PrintStream out) {
        List<PageOutcome> pages = evaluations.get(0).pages();
        int with = 0;
        int without = 0;
        for (PageOutcome page : pages) {
            with += page.page().with().size();
            without += page.page().without().size();
        }
        out.println("Dossier extraction evaluation");
        out.println(String.format(Locale.ROOT, "data:    %s (%d pages; %d snippets to find, %d to leave out)",
                options.data(), pages.size(), with, without));
        out.println("java:    " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " processors");
        out.println("timing:  " + (options.warmUp() ? "one untimed warm-up pass, then one timed pass" : "one timed pass, no warm-up")
                + "; pages/s counts extraction only (decoding and parsing included, file reading not)");
        out.println();
        TextTable table = new TextTable(List.of("extractor", "pages", "precision", "recall", "F1", "accuracy", "pages/s"));
        for (Evaluation evaluation : evaluations) {
            SnippetCounts total = evaluation.total();
            table.add(List.of(evaluation.extractor(), Integer.toString(evaluation.pages().size()),
                    decimal(total.precision()), decimal(total.recall()), decimal(total.f1()), decimal(total.accuracy()),
                    String.format(Locale.ROOT, "%.1f", evaluation.pagesPerSecond())));
        }
        table.print(out);
        out.println();
        out.println("reference, trafilatura's published evaluation (docs/evaluation.rst, its full 990-page set):");
        for (String reference : REFERENCES) {
            out.println("  " + reference);
        }
        out.println("Dossier's rules were developed on this set, so its row is a development figure; the reference");
        out.println("figures are on a larger set. Dossier's output starts with the headline, which trafilatura's omits.");
    }

    /** Dossier's {@code count} worst pages by F1, each with the snippets it missed and leaked. */
    private static void listFailures(Evaluation evaluation, int count, PrintStream out) {
        List<PageOutcome> worst = evaluation.pages().stream()
                .filter(page -> page.counts().f1() < 1 || page.counts().falsePositives() > 0)
                .sorted(Comparator.comparingDouble((PageOutcome page) -> page.counts().f1())
                        .thenComparing(page -> page.page().url()))
                .limit(count)
                .toList();
        out.println();
        out.println(evaluation.extractor() + "'s " + worst.size() + " worst pages by F1:");
        for (PageOutcome page : worst) {
            SnippetCounts counts = page.counts();
            out.println();
            out.println(String.format(Locale.ROOT, "%s  F1 %s  (tp %d, fn %d, fp %d, tn %d, %d chars out)",
                    page.page().file().getFileName(), decimal(counts.f1()), counts.truePositives(),
                    counts.falseNegatives(), counts.falsePositives(), counts.trueNegatives(), page.output().length()));
            out.println("  " + page.page().url());
            for (String snippet : SnippetCounts.missed(page.page(), page.output())) {
                out.println("  missed: " + snippet);
            }
            for (String snippet : SnippetCounts.leaked(page.page(), page.output())) {
                out.println("  leaked: " + snippet);
            }
        }
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
