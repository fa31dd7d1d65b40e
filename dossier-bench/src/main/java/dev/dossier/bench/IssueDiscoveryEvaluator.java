package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestRequest;
import dev.dossier.model.Issue;
import dev.dossier.model.QuoteQuery;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.StorySummary;
import dev.dossier.positions.IssueFinder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * How well issues are discovered without an issues file, from the command line:
 *
 * <pre>
 * java -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
 *     dev.dossier.bench.IssueDiscoveryEvaluator [--set examples|seeds|polnear|polnear-dev|all] [--list]
 * </pre>
 *
 * <p>Ingests a set's articles into a fresh store ({@link DiscoverySet}), then, story by story,
 * compares the issues Dossier discovers from the statements (no issues file) with the set's listed
 * issues that at least {@value #GOLD_STATEMENTS} of the story's statements name. A discovered issue
 * matches a listed one when a phrase of either names the other. Prints recall (listed issues
 * found), precision (discovered issues that are listed ones) and how many discovered issues each
 * found one is split into (1.0 when variants are merged perfectly); {@code --list} prints each
 * story's discovered issues, marking those that match none.
 *
 * <p>Exit codes: 0 evaluated, 1 a set could not be read, 2 bad usage.
 */
public final class IssueDiscoveryEvaluator {

    /** A listed issue is expected in a story when this many of its statements name it. */
    static final int GOLD_STATEMENTS = 2;

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: IssueDiscoveryEvaluator [--set examples|seeds|polnear|polnear-dev|all] [--list]",
            "  --set NAME   which set to discover issues in (default: all that are present)",
            "  --list       print each story's discovered issues, '-' before those that match no listed issue");

    /** The counts over every story of a set. */
    record Result(String set, int stories, int gold, int found, int discovered, int matching, int pieces) {

        double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        double precision() {
            return discovered == 0 ? 0 : (double) matching / discovered;
        }

        /** Discovered issues per listed issue found: 1.0 when every listed issue is found as one. */
        double split() {
            return found == 0 ? 0 : (double) pieces / found;
        }
    }

    private IssueDiscoveryEvaluator() {}

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
            choice = SetChoice.parse(args, "--list", DiscoverySet.NAMES);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path here = Path.of("").toAbsolutePath();
        try {
            Path work = Files.createTempDirectory("dossier-issues");
            for (String name : DiscoverySet.NAMES) {
                if (!choice.includes(name)) {
                    continue;
                }
                Path relative = switch (name) {
                    case "examples" -> Path.of("examples", "issues.json");
                    case "seeds" -> StanceEvaluator.SEEDS;
                    default -> StanceEvaluator.POLNEAR;
                };
                Path found = ClusteringEvaluator.find(here, relative);
                if (found == null) {
                    boolean required = choice.only(name) || name.equals("examples"); // the examples ship with the project
                    err.println((required ? "error" : "note") + ": no " + relative + " above " + here);
                    if (required) {
                        return 1;
                    }
                    continue;
                }
                DiscoverySet set = switch (name) {
                    case "examples" -> DiscoverySet.examples(found.getParent());
                    case "seeds" -> DiscoverySet.seeds(found);
                    default -> DiscoverySet.polnear(found, name, work.resolve(name));
                };
                print(set, evaluate(set, work.resolve(name), err, choice.switched() ? out : null), out);
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    /** Discovers the issues of a set's stories; lists each story's on {@code list} if given. */
    static Result evaluate(DiscoverySet set, Path work, PrintStream err, PrintStream list) throws IOException {
        err.println("ingesting " + set.name() + "...");
        Files.createDirectories(work);
        int stories = 0;
        int gold = 0;
        int found = 0;
        int discovered = 0;
        int matching = 0;
        int pieces = 0;
        try (Dossier dossier = Dossier.open(new DossierConfig(work.resolve("issues.db"), Clock.systemUTC(), set.aliases()))) {
            dossier.ingest(IngestRequest.of(List.of(set.input().toString())), InputStream::nullInputStream, IngestListener.NONE);
            for (StorySummary story : dossier.stories(null, null, Integer.MAX_VALUE, 0)) {
                List<String> statements = dossier.quotes(new QuoteQuery(null, null, null, null, story.id(), Integer.MAX_VALUE)).stream()
                        .map(QuoteRecord::text).toList();
                List<Issue> expected = set.listed().stream()
                        .filter(issue -> statements.stream().filter(text -> IssueFinder.names(issue, text)).count() >= GOLD_STATEMENTS).toList();
                List<Issue> issues = dossier.positions(story.id()).map(positions -> positions.matrix().issues()).orElse(List.of());
                stories++;
                gold += expected.size();
                discovered += issues.size();
                for (Issue issue : issues) {
                    if (expected.stream().anyMatch(listedIssue -> same(listedIssue, issue))) {
                        matching++;
                    }
                }
                for (Issue listedIssue : expected) {
                    long parts = issues.stream().filter(issue -> same(listedIssue, issue)).count();
                    if (parts > 0) {
                        found++;
                        pieces += (int) parts;
                    }
                }
                if (list != null && !issues.isEmpty()) {
                    list.printf(Locale.ROOT, "%s (%d statements) %s%n  listed: %s%n  found:  %s%n", story.id(), statements.size(), story.title(),
                            expected.stream().map(Issue::name).toList(),
                            issues.stream().map(issue -> (expected.stream().anyMatch(listedIssue -> same(listedIssue, issue)) ? "" : "-")
                                    + issue.name() + " " + issue.phrases()).toList());
                }
            }
        }
        return new Result(set.name(), stories, gold, found, discovered, matching, pieces);
    }

    /** Whether a discovered issue is the listed one: a phrase of either names the other. */
    static boolean same(Issue listed, Issue discovered) {
        return discovered.phrases().stream().anyMatch(phrase -> IssueFinder.names(listed, phrase))
                || listed.phrases().stream().anyMatch(phrase -> IssueFinder.names(discovered, phrase));
    }

    static void print(DiscoverySet set, Result result, PrintStream out) {
        out.printf(Locale.ROOT, "Dossier issue discovery (no issues file) on %s%n", set.description());
        out.printf(Locale.ROOT, "stories %d; listed issues named by %d+ statements of their story: %d; discovered issues: %d%n",
                result.stories(), GOLD_STATEMENTS, result.gold(), result.discovered());
        out.printf(Locale.ROOT, "recall %.3f (%d of %d found), precision %.3f (%d of %d discovered are listed), "
                + "%.2f discovered issues per listed issue found%n%n", result.recall(), result.found(), result.gold(), result.precision(),
                result.matching(), result.discovered(), result.split());
    }
}
