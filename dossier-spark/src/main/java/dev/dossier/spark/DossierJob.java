package dev.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.mode;
import static org.apache.spark.sql.functions.row_number;

import dev.dossier.ingest.IngestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;

/**
 * The batch job: reads WARC and JSON Lines archives (and any format the ingest stage sniffs) from
 * Hadoop-compatible paths, runs clean, enrich and fingerprint per partition, finds near-duplicates
 * and stories, and writes the Parquet tables of {@link Tables}.
 *
 * <p>Design notes. Files are read one task each, streamed through the core's ingest stage
 * ({@link ArchiveReader}); their documents are then spread over {@link JobSettings#partitions()}
 * partitions, so the NLP, which is nearly all the cost, uses every core even when the input is one
 * large archive. What the stages yield is persisted, since every table derives from it. The same
 * article read twice (the same content in two archives) is kept once. Bad input never fails the
 * job: a corrupt record, an unreadable file or a page without article text becomes a row of
 * {@code rejections}, and is counted.
 *
 * <p>Lifecycle: one {@link #run} per output directory; the session is the caller's.
 */
final class DossierJob {

    private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

    private DossierJob() {}

    static JobReport run(SparkSession spark, JobSettings settings) {
        long started = System.nanoTime();
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        requireNewOutput(settings, hadoop);
        Counters counters = Counters.register(spark.sparkContext());
        int partitions = settings.partitions() > 0 ? settings.partitions() : 2 * context.defaultParallelism();
        if (!context.getConf().contains(SHUFFLE_PARTITIONS)) {
            spark.conf().set(SHUFFLE_PARTITIONS, partitions); // Spark's 200 would be mostly empty tasks but on the largest clusters
        }

        JavaRDD<Row> processed = read(context, settings, hadoop).repartition(partitions)
                .mapPartitions(new Processor(settings.aliasFile(), counters));
        Dataset<Row> results = spark.createDataFrame(processed, Tables.PROCESSED).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> found = results.where(col("article").isNotNull());
        Dataset<Row> unique = found.withColumn("rank", row_number().over(Window.partitionBy(col("article.id"))
                        .orderBy(col("article.origin_source"), col("article.origin_record"))))
                .where(col("rank").equalTo(1)).drop("rank").persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> articles = unique.select("article.*");
        Dataset<Row> mentions = unique.select(explode(col("mentions")).as("m")).select("m.*");
        Dataset<Row> quotes = unique.select(explode(col("quotes")).as("q")).select("q.*");
        Dataset<Row> events = unique.select(explode(col("events")).as("e")).select("e.*");
        Dataset<Row> rejections = results.where(col("rejection").isNotNull()).select("rejection.*");

        String out = settings.output();
        articles.write().parquet(out + "/" + Tables.ARTICLES);
        mentions.write().parquet(out + "/" + Tables.MENTIONS);
        quotes.write().parquet(out + "/" + Tables.QUOTES);
        events.write().parquet(out + "/" + Tables.EVENTS);
        rejections.write().parquet(out + "/" + Tables.REJECTIONS);
        actors(mentions, quotes).write().parquet(out + "/" + Tables.ACTORS);

        Dataset<Row> ordered = articles.withColumn("order", ArticleOrder.column());
        Dataset<Row> nearDuplicates = NearDuplicates.find(spark, ordered, settings).persist(StorageLevel.MEMORY_AND_DISK());
        nearDuplicates.write().parquet(out + "/" + Tables.NEAR_DUPLICATES);
        StoryClustering.Result stories = StoryClustering.cluster(spark, ordered, mentions, quotes, nearDuplicates, settings.windowDays());
        stories.stories().write().parquet(out + "/" + Tables.STORIES);
        stories.storyArticles().write().parquet(out + "/" + Tables.STORY_ARTICLES);

        long articleCount = spark.read().parquet(out + "/" + Tables.ARTICLES).count();
        JobReport report = new JobReport(counters.documents(), counters.rejections(), found.count(), articleCount,
                spark.read().parquet(out + "/" + Tables.NEAR_DUPLICATES).count(), stories.windowStories(), stories.merged(),
                spark.read().parquet(out + "/" + Tables.STORIES).count(), (System.nanoTime() - started) / 1e9);
        results.unpersist();
        unique.unpersist();
        nearDuplicates.unpersist();
        return report;
    }

    /**
     * Every document and rejection of the inputs: one task per file, each streamed through a
     * bounded queue.
     */
    private static JavaRDD<ReadItem> read(JavaSparkContext context, JobSettings settings, Configuration hadoop) {
        List<String> files = InputFiles.list(settings.inputs(), hadoop);
        SerializableConfiguration shipped = new SerializableConfiguration(hadoop);
        return context.parallelize(files, Math.max(1, files.size())).flatMap(file -> {
            DocumentQueue queue = new DocumentQueue(file, sink -> ArchiveReader.read(file, shipped.value(), IngestOptions.defaults(), sink));
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) done -> queue.close());
            }
            return queue;
        });
    }

    /** Actors grouped across articles by key: the commonest spelling names them, every written form is an alias. */
    private static Dataset<Row> actors(Dataset<Row> mentions, Dataset<Row> quotes) {
        Dataset<Row> speaking = quotes.where(col("speaker_key").isNotNull()).groupBy(col("speaker_key").as("key")).agg(count("*").as("quotes"));
        return mentions.groupBy(col("actor_key").as("key"))
                .agg(first("actor_type").as("type"), mode(col("actor_name")).as("name"), collect_set("text").as("aliases"),
                        count("*").as("mentions"), countDistinct("article_id").as("articles"))
                .join(speaking, "key", "left").na().fill(0, new String[] {"quotes"})
                .select("key", "type", "name", "aliases", "mentions", "articles", "quotes");
    }

    /** Fails before any work when the output exists. */
    private static void requireNewOutput(JobSettings settings, Configuration hadoop) {
        Path output = new Path(settings.output());
        try {
            if (output.getFileSystem(hadoop).exists(output)) {
                throw new IllegalArgumentException("the output directory exists already: " + settings.output());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the output directory " + settings.output() + ": " + e.getMessage(), e);
        }
    }
}
