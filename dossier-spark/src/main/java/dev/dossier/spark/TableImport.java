package dev.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.ImportedStory;
import dev.dossier.model.EnrichedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Loads the job's Parquet tables into a store through the engine, so that imported articles are
 * browsable with every command, exactly as ingested ones. Articles are rebuilt as the enrich stage
 * made them and stored by the store's own writer (actors merged by the alias book, statements
 * grouped across outlets, full-text indexed), a batch per transaction. Into an empty store the
 * job's stories and near-duplicates are imported as they are; into a store that holds articles
 * already, the new articles are linked by the store's own linker instead, so that they can join
 * its stories.
 *
 * <p>Reads with the caller's (local) Spark session; not thread-safe.
 */
final class TableImport {

    /** Articles per transaction. */
    static final int BATCH = 200;

    /** What an import did. */
    record Report(long articles, long stored, long stories, long nearDuplicates, long rejectedByJob, boolean linkedByStore) {

        String text() {
            String linked = linkedByStore ? " (the store held articles already: linked by its own linker)" : "";
            return "Articles read:      " + articles + "\n"
                    + "Articles stored:    " + stored + " (" + (articles - stored) + " already in the store)\n"
                    + "Stories:            " + stories + linked + "\n"
                    + "Near-duplicates:    " + nearDuplicates + "\n"
                    + "Rejected by job:    " + rejectedByJob + "\n";
        }
    }

    private TableImport() {}

    /**
     * @throws IllegalArgumentException when {@code directory} does not hold the job's tables
     */
    static Report run(SparkSession spark, String directory, Dossier dossier) {
        requireTables(spark, directory);
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        boolean fresh = dossier.articleCount() == 0;
        Dataset<Row> articles = table(spark, directory, Tables.ARTICLES);
        Dataset<Row> joined = articles.withColumn("order", ArticleOrder.column())
                .join(grouped(table(spark, directory, Tables.MENTIONS), "mentions"), col("id").equalTo(col("mentions_of")), "left")
                .join(grouped(table(spark, directory, Tables.QUOTES), "quotes"), col("id").equalTo(col("quotes_of")), "left")
                .join(grouped(table(spark, directory, Tables.EVENTS), "events"), col("id").equalTo(col("events_of")), "left")
                .orderBy("order");
        long read = 0;
        long stored = 0;
        List<EnrichedArticle> batch = new ArrayList<>();
        for (Iterator<Row> rows = joined.toLocalIterator(); rows.hasNext();) {
            Row row = rows.next();
            batch.add(EnrichedRows.enriched(row, list(row, "mentions"), list(row, "quotes"), list(row, "events")));
            read++;
            if (batch.size() == BATCH) {
                stored += dossier.importArticles(batch);
                batch.clear();
            }
        }
        stored += dossier.importArticles(batch);
        long rejected = table(spark, directory, Tables.REJECTIONS).count();
        if (!fresh) {
            dossier.linkStories();
            return new Report(read, stored, dossier.storyCount(), 0, rejected, true);
        }
        List<ImportedStory> stories = stories(spark, directory);
        List<ImportedStory.Copy> copies = table(spark, directory, Tables.NEAR_DUPLICATES).collectAsList().stream()
                .map(row -> new ImportedStory.Copy(row.getAs("article_id"), row.getAs("original_id"), row.getAs("jaccard"), row.getAs("containment")))
                .toList();
        dossier.importStories(stories, copies);
        return new Report(read, stored, stories.size(), copies.size(), rejected, false);
    }

    private static List<ImportedStory> stories(SparkSession spark, String directory) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        table(spark, directory, Tables.STORY_ARTICLES).orderBy("story_id", "position").collectAsList()
                .forEach(row -> members.computeIfAbsent(row.getAs("story_id"), id -> new ArrayList<>()).add(row.getAs("article_id")));
        List<ImportedStory> stories = new ArrayList<>();
        for (Row row : table(spark, directory, Tables.STORIES).collectAsList()) {
            List<Float> centre = row.getList(row.fieldIndex("centre"));
            float[] vector = new float[centre.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = centre.get(i);
            }
            String id = row.getAs("id");
            stories.add(new ImportedStory(id, row.getAs("title"), row.<LocalDate>getAs("first_day"), row.<LocalDate>getAs("last_day"), vector,
                    members.getOrDefault(id, List.of())));
        }
        return stories;
    }

    /** A table's rows grouped by article: {@code <name>_of} (the article id) and {@code name} (its rows). */
    private static Dataset<Row> grouped(Dataset<Row> table, String name) {
        List<String> columns = List.of(table.columns());
        return table.groupBy(col("article_id").as(name + "_of"))
                .agg(collect_list(struct(columns.stream().map(column -> col(column)).toArray(Column[]::new))).as(name));
    }

    private static List<Row> list(Row row, String field) {
        return row.isNullAt(row.fieldIndex(field)) ? List.of() : row.getList(row.fieldIndex(field));
    }

    private static void requireTables(SparkSession spark, String directory) {
        for (String name : List.of(Tables.ARTICLES, Tables.MENTIONS, Tables.QUOTES, Tables.EVENTS, Tables.NEAR_DUPLICATES, Tables.STORIES,
                Tables.STORY_ARTICLES, Tables.REJECTIONS)) {
            Path table = new Path(directory, name);
            try {
                if (!table.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(table)) {
                    throw new IllegalArgumentException(directory + " is not the output of the Spark job: it has no " + name + " table");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + table + ": " + e.getMessage(), e);
            }
        }
    }

    private static Dataset<Row> table(SparkSession spark, String directory, String name) {
        return spark.read().parquet(directory + "/" + name);
    }
}
