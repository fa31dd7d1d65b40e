package dev.dossier.bench;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestRequest;
import dev.dossier.model.Issue;
import dev.dossier.model.QuoteQuery;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.StorySummary;
import dev.dossier.positions.IssueFile;
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
 * java -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' dev.dossier.bench.IssueDiscoveryEvaluator
 * </pre>
 *
 * <p>Ingests the example corpus into a fresh store, then, story by story, compares the issues
 * Dossier discovers from the statements (no issues file) with the issues of
 * {@code examples/issues.json} that at least {@value #GOLD_STATEMENTS} of the story's statements
 * name. A discovered issue matches a listed one when a phrase of either names the other. Prints
 * recall (listed issues found), precision (discovered issues that are listed ones) and how many
 * discovered issues each found one is split into (1.0 when variants are merged perfectly).
 *
 * <p>Exit codes: 0 evaluated, 1 the corpus or its issues could not be read.
 */
public final class IssueDiscoveryEvaluator {

    /** A listed issue is expected in a story when this many of its statements name it. */
    static final int GOLD_STATEMENTS = 2;

    /** The counts over every story. */
    record Result(int stories, int gold, int found, int discovered, int matching, int pieces) {

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
        Path examples = ClusteringEvaluator.find(Path.of("").toAbsolutePath(), Path.of("examples", "issues.json"));
        if (examples == null) {
            System.err.println("error: no examples/issues.json above " + Path.of("").toAbsolutePath());
            System.exit(1);
        }
        try {
            Path work = Files.createTempDirectory("dossier-issues");
            print(evaluate(examples.getParent(), work, System.err), System.out);
        } catch (IOException | RuntimeException e) {
            System.err.println("error: " + e);
            System.exit(1);
        }
    }

    static Result evaluate(Path examples, Path work, PrintStream err) throws IOException {
        IssueFile.Contents listed = IssueFile.read(examples.resolve("issues.json"));
        if (!listed.problems().isEmpty()) {
            throw new IOException("examples/issues.json: " + listed.problems());
        }
        err.println("ingesting the example corpus...");
        int stories = 0;
        int gold = 0;
        int found = 0;
        int discovered = 0;
        int matching = 0;
        int pieces = 0;
        try (Dossier dossier = Dossier.open(new DossierConfig(work.resolve("issues.db"), Clock.systemUTC(), examples.resolve("aliases.json")))) {
            dossier.ingest(IngestRequest.of(List.of(examples.resolve("corpus").toString())), InputStream::nullInputStream, IngestListener.NONE);
            for (StorySummary story : dossier.stories(null, null, Integer.MAX_VALUE, 0)) {
                List<String> statements = dossier.quotes(new QuoteQuery(null, null, null, null, story.id(), Integer.MAX_VALUE)).stream()
                        .map(QuoteRecord::text).toList();
                List<Issue> expected = listed.issues().stream()
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
            }
        }
        return new Result(stories, gold, found, discovered, matching, pieces);
    }

    /** Whether a discovered issue is the listed one: a phrase of either names the other. */
    static boolean same(Issue listed, Issue discovered) {
        return discovered.phrases().stream().anyMatch(phrase -> IssueFinder.names(listed, phrase))
                || listed.phrases().stream().anyMatch(phrase -> IssueFinder.names(discovered, phrase));
    }

    static void print(Result result, PrintStream out) {
        out.println("Dossier issue discovery on the example corpus (no issues file), against examples/issues.json");
        out.printf(Locale.ROOT, "stories %d; listed issues named by %d+ statements of their story: %d; discovered issues: %d%n",
                result.stories(), GOLD_STATEMENTS, result.gold(), result.discovered());
        out.printf(Locale.ROOT, "recall %.3f (%d of %d found), precision %.3f (%d of %d discovered are listed), "
                + "%.2f discovered issues per listed issue found%n", result.recall(), result.found(), result.gold(), result.precision(),
                result.matching(), result.discovered(), result.split());
    }
}
