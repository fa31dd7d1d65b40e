package dev.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import dev.dossier.model.QuoteQuery;
import dev.dossier.model.RelatedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job end to end in {@code local[2]}: the bundled example corpus (46 articles in 20 files of
 * every format) beside archives with corrupt records, through every stage to the Parquet tables,
 * and those tables imported into a store the application reads.
 */
class DossierJobTest {

    /** The wire story of the corpus and its three copies (examples/README.md). */
    static final String WIRE_STORY = "Kestrian, Valdorian ministers hold first face-to-face talks in Haldeby";

    @TempDir
    static Path dir;

    static SparkSession spark;
    static JobReport report;
    static String output;

    @BeforeAll
    static void runTheJob() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.write(broken.resolve("crawl.warc.gz"), BrokenArchives.gzippedWarcWithGarbageAndTruncation());
        Files.write(broken.resolve("feed.jsonl"), BrokenArchives.jsonLinesWithMalformedLine());
        output = dir.resolve("tables").toString();
        spark = SparkSession.builder().master("local[2]").appName("dossier-job-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        byte[] aliases = Files.readAllBytes(Examples.folder().resolve("aliases.json"));
        JobSettings settings = JobSettings.of(List.of(Examples.folder().resolve("corpus").toString(), broken.toString()), output)
                .withAliasFile(aliases).withPartitions(4);
        report = DossierJob.run(spark, settings);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void writesEveryArticleOfTheCorpusAndEveryReadableRecordOfTheBrokenArchives() {
        assertThat(report.articles()).isEqualTo(46 + 2 + 2);
        assertThat(table(Tables.ARTICLES).count()).isEqualTo(50);
        assertThat(titles(table(Tables.ARTICLES))).contains(WIRE_STORY).containsAll(BrokenArchives.TITLES.subList(0, 2))
                .contains(BrokenArchives.TITLES.get(2));
    }

    @Test
    void skipsAndCountsCorruptRecordsWithoutFailingTheJob() {
        List<Row> rejections = table(Tables.REJECTIONS).collectAsList();

        assertThat(report.rejected()).isEqualTo(3);
        assertThat(rejections).extracting(row -> row.<String>getAs("reason"))
                .filteredOn(reason -> reason.startsWith("corrupt WARC record")).hasSize(2);
        assertThat(rejections).extracting(row -> row.<String>getAs("reason"))
                .filteredOn(reason -> reason.startsWith("not a JSON object")).hasSize(1);
    }

    @Test
    void findsTheThreeCopiesOfTheWireStory() {
        Dataset<Row> articles = table(Tables.ARTICLES);
        String wire = articles.where(col("title").equalTo(WIRE_STORY).and(col("outlet").contains("Continental")))
                .select("id").first().getString(0);
        Dataset<Row> copies = table(Tables.NEAR_DUPLICATES).where(col("original_id").equalTo(wire));

        assertThat(copies.count()).isEqualTo(3);
        assertThat(copies.join(articles, copies.col("article_id").equalTo(articles.col("id"))).select("outlet").collectAsList())
                .extracting(row -> row.getString(0))
                .containsExactlyInAnyOrder("Lindmark Radio", "Eastgate Herald", "Valdorian Broadcasting");
    }

    @Test
    void formsStoriesCloseToTheHandWrittenLabels() {
        Map<String, String> labels = Examples.storyLabels();
        Map<String, String> storyOf = new HashMap<>();
        Dataset<Row> members = table(Tables.STORY_ARTICLES);
        Dataset<Row> articles = table(Tables.ARTICLES);
        members.join(articles, members.col("article_id").equalTo(articles.col("id"))).select("title", "story_id").collectAsList()
                .forEach(row -> storyOf.put(row.getString(0), row.getString(1)));
        List<String> labelled = labels.keySet().stream().filter(storyOf::containsKey).sorted().toList();
        int together = 0;
        int gold = 0;
        int right = 0;
        for (int i = 0; i < labelled.size(); i++) {
            for (int j = i + 1; j < labelled.size(); j++) {
                boolean predicted = storyOf.get(labelled.get(i)).equals(storyOf.get(labelled.get(j)));
                boolean same = labels.get(labelled.get(i)).equals(labels.get(labelled.get(j)));
                together += predicted ? 1 : 0;
                gold += same ? 1 : 0;
                right += predicted && same ? 1 : 0;
            }
        }
        double precision = right / (double) together;
        double recall = right / (double) gold;
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "examples: %d stories, pair P %.3f R %.3f F1 %.3f%n", table(Tables.STORIES).count(),
                precision, recall, f1);

        assertThat(labelled).hasSize(labels.size());
        assertThat(f1).as("pair F1 (measured 0.544; the single-machine linker: 0.527)").isGreaterThanOrEqualTo(0.52);
        assertThat(table(Tables.STORIES).count()).isBetween(8L, 25L);
    }

    @Test
    void findsQuotesWithTheirSpeakersAndKeepsNamesakesApart() {
        Dataset<Row> quotes = table(Tables.QUOTES);
        Map<String, Long> bySpeaker = quotes.where(col("speaker_name").isNotNull()).groupBy("speaker_name").count().collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getString(0), row -> row.getLong(1)));

        assertThat(bySpeaker).containsKeys("Arkady Voronel", "Signe Halvorsen");
        assertThat(table(Tables.ACTORS).where(col("name").endsWith("Halvorsen")).select("name").collectAsList())
                .extracting(row -> row.getString(0)).contains("Signe Halvorsen", "Erik Halvorsen");
    }

    @Test
    void importsTheTablesIntoAStoreTheApplicationReads() {
        Path database = dir.resolve("imported.db");
        try (Dossier dossier = Dossier.open(new DossierConfig(database, Clock.systemUTC(), Examples.folder().resolve("aliases.json")))) {
            TableImport.Report imported = TableImport.run(spark, output, dossier);

            assertThat(imported.stored()).isEqualTo(50);
            assertThat(dossier.articleCount()).isEqualTo(50);
            assertThat(dossier.quotes(new QuoteQuery("Voronel", null, null, null, null, 100))).isNotEmpty();
            assertThat(dossier.storyCount()).isEqualTo(table(Tables.STORIES).count());
            String wire = dossier.search("\"face-to-face talks\"", 10).stream().filter(hit -> hit.article().title().equals(WIRE_STORY))
                    .findFirst().orElseThrow().article().id();
            assertThat(dossier.storyOf(wire)).isPresent();
            assertThat(dossier.relatedArticles(wire)).extracting(RelatedArticle::relation).contains(RelatedArticle.Relation.COPY);

            assertThat(TableImport.run(spark, output, dossier).stored()).as("importing again adds nothing").isZero();
        }
    }

    private static Dataset<Row> table(String name) {
        return spark.read().parquet(output + "/" + name);
    }

    private static List<String> titles(Dataset<Row> articles) {
        return articles.select("title").collectAsList().stream().map(row -> row.getString(0)).toList();
    }
}
