package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import dev.dossier.model.Stance;
import dev.dossier.model.StanceReading;
import dev.dossier.positions.StanceClassifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stance detection against labelled statements, from the command line:
 *
 * <pre>
 * java -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
 *     dev.dossier.bench.StanceEvaluator [--set examples|seeds|polnear|polnear-dev|polnear-holdout|all] [--errors]
 * </pre>
 *
 * <p>Each labelled statement is read in its labelled context for its labelled issue, as the
 * position finder reads it in an article ({@link StanceClassifier}); prints precision, recall and F1
 * per stance, macro-F1 and accuracy, beside the majority-class baseline, and how often the
 * statement or its frame names the issue by one of its phrases (what assigns statements to issues).
 * {@code --errors} lists every disagreement, for development, except on the held-out set
 * ({@link StanceSet#HOLDOUT}), whose rows must stay unread for the figure to mean anything.
 *
 * <p>Exit codes: 0 evaluated, 1 a set could not be read, 2 bad usage.
 */
public final class StanceEvaluator {

    static final Path SEEDS = Path.of("shared", "seeds");
    static final Path POLNEAR = Path.of("shared", "bench", "polnear");

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: StanceEvaluator [--set examples|seeds|polnear|polnear-dev|polnear-holdout|all] [--errors]",
            "  --set NAME   which labelled set to score (default: all that are present)",
            "  --errors     list each statement whose stance is read wrong (not for polnear-holdout, the held-out test)");

    /** One set's result: Dossier's score, the majority baseline's, and how many statements name their issue. */
    record Result(StanceSet set, StanceScore dossier, StanceScore majority, int named) {}

    private StanceEvaluator() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (BenchOptions.wantsHelp(args)) {
            out.println(USAGE);
            return 0;
        }
        SetChoice choice;
        try {
            choice = SetChoice.parse(args, "--errors", List.of("examples", "seeds", "polnear", "polnear-dev", StanceSet.HOLDOUT));
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        boolean errors = choice.switched();
        List<StanceSet> sets = new ArrayList<>();
        try {
            Path here = Path.of("").toAbsolutePath();
            if (choice.includes("examples")) {
                Path examples = ClusteringEvaluator.find(here, Path.of("examples", "stance.tsv"));
                if (examples == null) {
                    err.println("error: no examples/stance.tsv above " + here);
                    return 1;
                }
                sets.add(StanceSet.examples(examples.getParent()));
            }
            for (String located : List.of("seeds", "polnear", "polnear-dev", StanceSet.HOLDOUT)) {
                if (choice.includes(located)) {
                    Path folder = located.equals("seeds") ? SEEDS : POLNEAR;
                    Path root = ClusteringEvaluator.find(here, folder);
                    if (root == null) {
                        err.println((choice.only(located) ? "error" : "note") + ": no ../" + folder + " beside this checkout");
                        if (choice.only(located)) {
                            return 1;
                        }
                    } else {
                        sets.add(switch (located) {
                            case "seeds" -> StanceSet.seeds(root);
                            case "polnear" -> StanceSet.polnear(root);
                            case "polnear-dev" -> StanceSet.polnearDev(root);
                            default -> StanceSet.polnearHoldout(root);
                        });
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e);
            return 1;
        }
        for (StanceSet set : sets) {
            boolean held = set.name().equals(StanceSet.HOLDOUT);
            if (errors && held) {
                out.printf(Locale.ROOT, "%n%s: errors are not listed for the held-out set%n", set.name());
            }
            print(evaluate(set, errors && !held ? out : null), out);
        }
        return 0;
    }

    /** Scores Dossier's classifier and the majority baseline on a set; lists disagreements on {@code errors} if given. */
    static Result evaluate(StanceSet set, PrintStream errors) {
        StanceClassifier classifier = new StanceClassifier();
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        set.items().forEach(item -> counts.merge(item.stance(), 1, Integer::sum));
        Stance majority = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Stance.NEUTRAL);
        StanceScore dossier = new StanceScore();
        StanceScore baseline = new StanceScore();
        int named = 0;
        for (StanceSet.Item item : set.items()) {
            StanceReading reading = classifier.read(item.context(), item.statement(), item.issue());
            dossier.add(item.stance(), reading.stance());
            baseline.add(item.stance(), majority);
            if (classifier.readIfNamed(item.context(), item.statement(), item.issue()).isPresent()) {
                named++;
            }
            if (errors != null && reading.stance() != item.stance()) {
                errors.printf(Locale.ROOT, "%-11s read %-11s %-28s %s | evidence: %s | %s%n", item.stance().key(), reading.stance().key(),
                        item.issue().name(), item.statement().of(item.context()),
                        reading.evidence() == null ? "-" : reading.evidence().of(item.context()), item.context());
            }
        }
        return new Result(set, dossier, baseline, named);
    }

    static void print(Result result, PrintStream out) {
        StanceSet set = result.set();
        out.printf(Locale.ROOT, "%n%s: %s; %d statements scored, %d labels not found in their text%n", set.name(), set.description(),
                set.items().size(), set.unlocated());
        out.printf(Locale.ROOT, "%-22s", "system");
        for (Stance stance : Stance.values()) {
            out.printf(Locale.ROOT, " %-17s", stance.key() + " P/R/F1");
        }
        out.printf(Locale.ROOT, " %8s %8s%n", "macro-F1", "accuracy");
        row("Dossier (rules)", result.dossier(), out);
        row("majority class", result.majority(), out);
        out.printf(Locale.ROOT, "gold per stance:");
        for (Stance stance : Stance.values()) {
            int gold = 0;
            for (Stance predicted : Stance.values()) {
                gold += result.dossier().count(stance, predicted);
            }
            out.printf(Locale.ROOT, " %s %d", stance.key(), gold);
        }
        out.printf(Locale.ROOT, "; issue named in the statement or its frame: %d of %d%n", result.named(), set.items().size());
    }

    private static void row(String name, StanceScore score, PrintStream out) {
        out.printf(Locale.ROOT, "%-22s", name);
        for (Stance stance : Stance.values()) {
            out.printf(Locale.ROOT, " %.2f/%.2f/%.2f    ", score.precision(stance), score.recall(stance), score.f1(stance));
        }
        out.printf(Locale.ROOT, " %8.3f %8.3f%n", score.macroF1(), score.accuracy());
    }
}
