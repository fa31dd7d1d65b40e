package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import dev.dossier.bench.MeantimeCorpus.Article;
import dev.dossier.model.TemporalExpression;
import dev.dossier.nlp.SuTime;
import dev.dossier.time.TemporalTagger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Temporal expressions on MEANTIME English (TIMEX3 against each article's creation time), from the
 * command line:
 *
 * <pre>
 * java -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
 *     dev.dossier.bench.TemporalEvaluator [--data DIR] [--no-sutime] [--list-failures N]
 * </pre>
 *
 * <p>Runs Dossier's rules ({@link TemporalTagger#rules()}) and, unless {@code --no-sutime}, Stanford's
 * SUTime ({@link SuTime}) on every article with its creation date, and prints one row per system:
 * extent F1 strict (same characters) and relaxed (overlap), value accuracy over the relaxed pairs,
 * value precision, recall and F1 (a prediction is right when it overlaps a gold TIMEX3 and has its
 * value), and expressions per second. HeidelTime is not measured: it needs the TreeTagger binaries,
 * which cannot be installed here, so SUTime is the second row.
 *
 * <p>Exit codes: 0 evaluated, 1 the data could not be read or a tagger failed, 2 bad usage.
 */
public final class TemporalEvaluator {

    /** Where MEANTIME's intra-document annotation sits relative to a checkout's parent folder. */
    static final Path DEFAULT_DATA = Path.of("shared", "bench", "meantime", "intra-doc_annotation");

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: TemporalEvaluator [--data DIR] [--no-sutime] [--list-failures N]",
            "  --data DIR          MEANTIME's intra-doc_annotation folder, with corpus_*/ (default: the first",
            "                      " + DEFAULT_DATA + " found walking up from the working directory)",
            "  --no-sutime         skip the SUTime row",
            "  --list-failures N   list N of Dossier's errors: missed, spurious and wrong values");

    /** A system's run: its scores and time. */
    record Run(String system, TemporalScore score, long nanos, int expressions) {
        double perSecond() {
            return nanos == 0 ? 0 : expressions / (nanos / 1e9);
        }
    }

    private TemporalEvaluator() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (BenchOptions.wantsHelp(args)) {
            out.println(USAGE);
            return 0;
        }
        Path data = null;
        boolean suTime = true;
        int failures = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> data = Path.of(AttributionOptions.value(args, ++i, "--data"));
                    case "--no-sutime" -> suTime = false;
                    case "--list-failures" -> failures = AttributionOptions.parseCount(AttributionOptions.value(args, ++i, "--list-failures"), "--list-failures");
                    default -> throw new UsageException("unknown option '" + args[i] + "'");
                }
            }
            if (data == null) {
                data = locate(Path.of("").toAbsolutePath());
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        MeantimeCorpus corpus;
        try {
            corpus = MeantimeCorpus.read(data);
        } catch (IOException e) {
            err.println("error: reading MEANTIME " + data + ": " + e.getMessage());
            return 1;
        }
        List<Run> runs = new ArrayList<>();
        try {
            runs.add(measure("Dossier rules", TemporalTagger.rules(), corpus));
            if (suTime) {
                err.println("running SUTime on " + corpus.articles().size() + " articles...");
                runs.add(measure("SUTime 4.5.10", SuTime.shared(), corpus));
            }
        } catch (RuntimeException e) {
            err.println("error: a tagger failed: " + e);
            return 1;
        }
        print(corpus, runs, out);
        if (failures > 0) {
            listFailures(runs.get(0), failures, out);
        }
        return 0;
    }

    /** Scores a tagger on the corpus after one untimed pass (models loaded, code warmed up). */
    static Run measure(String name, TemporalTagger tagger, MeantimeCorpus corpus) {
        for (Article article : corpus.articles()) {
            tagger.tag(article.text(), article.created());
        }
        TemporalScore score = new TemporalScore();
        long nanos = 0;
        int expressions = 0;
        for (Article article : corpus.articles()) {
            long start = System.nanoTime();
            List<TemporalExpression> found = tagger.tag(article.text(), article.created());
            nanos += System.nanoTime() - start;
            found = found.stream().filter(e -> e.span().start() < article.annotatedEnd()).toList();
            expressions += found.size();
            score.add(article.id(), article.text(), article.gold(), found);
        }
        return new Run(name, score, nanos, expressions);
    }

    static Path locate(Path start) {
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve(DEFAULT_DATA))) {
                return folder.resolve(DEFAULT_DATA);
            }
        }
        throw new UsageException("no " + DEFAULT_DATA + " found above " + start + "; give --data DIR");
    }

    private static void print(MeantimeCorpus corpus, List<Run> runs, PrintStream out) {
        out.println("Dossier temporal evaluation on MEANTIME English");
        out.println(String.format(Locale.ROOT, "data:      %s (%d articles, %d gold TIMEX3 anchored in the text)",
                corpus.folder(), corpus.articles().size(), corpus.goldCount()));
        out.println("anchor:    each article's CREATION_TIME; text rebuilt from the tokens, one sentence a line;");
        out.println("           whole text tagged, predictions scored in the annotated part (title, dateline, first sentences)");
        out.println("matching:  one-to-one by overlap; strict = same characters; value = same TIMEX3 value string");
        out.println("baseline:  SUTime (CoreNLP 4.5.10); HeidelTime needs TreeTagger binaries, not installable here");
        out.println();
        TextTable table = new TextTable(List.of("system", "gold", "pred", "strict F1", "relaxed F1", "value acc",
                "value P", "value R", "value F1", "expr/s"));
        for (Run run : runs) {
            TemporalScore s = run.score();
            table.add(List.of(run.system(), Integer.toString(s.gold()), Integer.toString(s.predicted()), decimal(s.strictF1()),
                    decimal(s.relaxedF1()), decimal(s.valueAccuracy()), decimal(s.valuePrecision()), decimal(s.valueRecall()),
                    decimal(s.valueF1()), String.format(Locale.ROOT, "%.0f", run.perSecond())));
        }
        table.print(out);
    }

    private static void listFailures(Run run, int count, PrintStream out) {
        out.println();
        out.println(run.system() + "'s errors (first " + count + "):");
        List<TemporalScore.Error> errors = run.score().errors();
        for (TemporalScore.Error error : errors.subList(0, Math.min(count, errors.size()))) {
            String kind = error.gold() == null ? "spurious" : error.predicted() == null ? "missed  " : "value   ";
            String gold = error.gold() == null ? "" : String.format(Locale.ROOT, "gold '%s' %s %s", error.gold().span().of(error.text()),
                    error.gold().type(), error.gold().value());
            String predicted = error.predicted() == null ? "" : String.format(Locale.ROOT, " predicted '%s' %s %s",
                    error.predicted().text(), error.predicted().type(), error.predicted().value());
            int from = Math.max(0, (error.gold() != null ? error.gold().span() : error.predicted().span()).start() - 50);
            int to = Math.min(error.text().length(), from + 110);
            out.println(String.format(Locale.ROOT, "  %s %s:%s%s%n      ...%s...", kind, error.article(), gold, predicted,
                    error.text().substring(from, to).replace('\n', ' ')));
        }
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
