package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestRequest;
import dev.dossier.model.StorySummary;
import dev.dossier.stories.ClusterSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story clustering against labelled sets, from the command line:
 *
 * <pre>
 * java -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
 *     dev.dossier.bench.ClusteringEvaluator [--set examples|meantime|all] [--sweep]
 * </pre>
 *
 * <p>Each set is ingested into a fresh store with the full pipeline (clean, enrich, fingerprint),
 * then linked into stories once per variant: Dossier's settings, embeddings alone (no words, actors
 * or shared statements, at their own best threshold), and no time window. Prints pairwise and B-cubed precision, recall and F1 per
 * variant. {@code --sweep} adds rows for other join thresholds, for tuning.
 *
 * <p>The sets: the example corpus with its hand-written labels ({@code examples/stories.tsv}, always
 * available), and MEANTIME English with labels derived from its cross-document event annotation
 * ({@code ../shared/bench/meantime}, see {@link StorySet#meantime}).
 *
 * <p>Exit codes: 0 evaluated, 1 a set could not be read or ingested, 2 bad usage.
 */
public final class ClusteringEvaluator {

    static final Path MEANTIME = Path.of("shared", "bench", "meantime", "intra_cross-doc_annotation");

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: ClusteringEvaluator [--set examples|meantime|all] [--sweep]",
            "  --set NAME   which labelled set to score (default: all that are present)",
            "  --sweep      also score join thresholds from 0.45 to 0.80");

    /**
     * The join threshold at which embeddings alone score best on these sets (swept from 0.50 to
     * 0.70): without the word and actor terms, scores are lower, so the baseline gets its own.
     */
    static final double EMBEDDINGS_ONLY_JOIN = 0.50;

    /** A named clustering configuration. */
    record Variant(String name, ClusterSettings settings) {}

    /** A variant's score on a set. */
    record Row(String set, Variant variant, ClusterScore score) {}

    private ClusteringEvaluator() {}

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
            choice = SetChoice.parse(args, "--sweep", List.of("examples", "meantime"));
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        boolean sweep = choice.switched();
        List<Row> rows = new ArrayList<>();
        try {
            Path work = Files.createTempDirectory("dossier-clustering");
            Path here = Path.of("").toAbsolutePath();
            Path examples = find(here, Path.of("examples", "stories.tsv"));
            if (choice.includes("examples")) {
                if (examples == null) {
                    err.println("error: no examples/stories.tsv above " + here);
                    return 1;
                }
                rows.addAll(evaluate(StorySet.examples(examples.getParent()), examples.getParent().resolve("aliases.json"),
                        variants(sweep), work, err));
            }
            Path meantime = find(here, MEANTIME);
            if (choice.includes("meantime")) {
                if (meantime == null) {
                    err.println((choice.only("meantime") ? "error" : "note") + ": no ../" + MEANTIME + " beside this checkout");
                    if (choice.only("meantime")) {
                        return 1;
                    }
                } else {
                    rows.addAll(evaluate(StorySet.meantime(meantime, work.resolve("meantime")), null, variants(sweep), work, err));
                }
            }
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e);
            return 1;
        }
        print(rows, out);
        return 0;
    }

    static List<Variant> variants(boolean sweep) {
        ClusterSettings d = ClusterSettings.defaults();
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant("Dossier", d),
                new Variant("embeddings only", d.withWeights(0, 0, 0).withJoin(EMBEDDINGS_ONLY_JOIN)),
                new Variant("no time window", d.withTime(100_000, 0, 100_000))));
        if (sweep) {
            for (int step = 0; step <= 7; step++) {
                double join = 0.45 + 0.05 * step;
                variants.add(new Variant(String.format(Locale.ROOT, "join %.2f", join), d.withJoin(join)));
            }
        }
        return variants;
    }

    /** Ingests a set into a fresh store and scores each variant's stories against its labels. */
    static List<Row> evaluate(StorySet set, Path aliases, List<Variant> variants, Path work, PrintStream err) throws IOException {
        Path database = work.resolve(set.name() + ".db");
        Files.deleteIfExists(database);
        err.println("ingesting " + set.name() + " (" + set.input() + ")...");
        List<Row> rows = new ArrayList<>();
        try (Dossier dossier = Dossier.open(new DossierConfig(database, Clock.systemUTC(),
                aliases != null && Files.isRegularFile(aliases) ? aliases : null))) {
            dossier.ingest(IngestRequest.of(List.of(set.input().toString())), InputStream::nullInputStream, IngestListener.NONE);
            Map<String, String> articleKeys = new HashMap<>();
            dossier.forEachArticle(article -> articleKeys.put(article.id(), set.keyOf(article)));
            for (Variant variant : variants) {
                dossier.relinkStories(variant.settings());
                Map<String, String> gold = new LinkedHashMap<>();
                Map<String, String> predicted = new LinkedHashMap<>();
                for (StorySummary story : dossier.stories(null, null, Integer.MAX_VALUE, 0)) {
                    for (String article : story.articles()) {
                        String label = set.gold().get(articleKeys.get(article));
                        if (label != null) {
                            gold.put(article, label);
                            predicted.put(article, story.id());
                        }
                    }
                }
                if (gold.size() < articleKeys.size()) {
                    err.println("note: " + (articleKeys.size() - gold.size()) + " of " + set.name() + "'s articles have no label and are not scored");
                }
                rows.add(new Row(set.name(), variant, ClusterScore.of(gold, predicted)));
            }
        }
        return rows;
    }

    static Path find(Path start, Path relative) {
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(relative))) {
                return folder.resolve(relative);
            }
        }
        return null;
    }

    private static void print(List<Row> rows, PrintStream out) {
        out.println("Dossier story clustering");
        out.println("pairs:     precision = share of article pairs put together that belong together; recall = the reverse");
        out.println("B-cubed:   per-article precision and recall of its story (Bagga & Baldwin 1998), averaged");
        out.println();
        TextTable table = new TextTable(List.of("set", "variant", "articles", "gold", "stories", "pair P", "pair R", "pair F1",
                "B3 P", "B3 R", "B3 F1"));
        for (Row row : rows) {
            ClusterScore s = row.score();
            table.add(List.of(row.set(), row.variant().name(), Integer.toString(s.items()), Integer.toString(s.goldClusters()),
                    Integer.toString(s.predictedClusters()), decimal(s.pairPrecision()), decimal(s.pairRecall()), decimal(s.pairF1()),
                    decimal(s.bcubedPrecision()), decimal(s.bcubedRecall()), decimal(s.bcubedF1())));
        }
        table.print(out);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
