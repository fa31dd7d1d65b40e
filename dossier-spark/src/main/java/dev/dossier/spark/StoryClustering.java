package dev.dossier.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.map_keys;
import static org.apache.spark.sql.functions.struct;

import dev.dossier.stories.ClusterSettings;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Story clustering in two phases over the job's tables: per time window with the core's
 * clusterer ({@link WindowStories}, each window seeing the last days of the one before), then a
 * merge across adjacent windows, and of each undated article into a dated story ({@link
 * StoryMerge}), then each final story assembled from its parts ({@link StoryAssembly}).
 * Thresholds are the single-machine defaults ({@link ClusterSettings#defaults()}).
 */
final class StoryClustering {

    /** The stories and their articles, and how many window stories phase two merged away. */
    record Result(Dataset<Row> stories, Dataset<Row> storyArticles, long windowStories, int merged) {}

    private StoryClustering() {}

    /**
     * @param articles {@link Tables#ARTICLES} rows with an {@code order} column
     * @param nearDuplicates {@link Tables#NEAR_DUPLICATE} rows
     */
    static Result cluster(SparkSession spark, Dataset<Row> articles, Dataset<Row> mentions, Dataset<Row> quotes, Dataset<Row> nearDuplicates,
            int windowDays) {
        ClusterSettings settings = ClusterSettings.defaults();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Rarity> rarity = context.broadcast(rarity(articles, mentions));

        Dataset<Row> actors = mentions.groupBy("article_id", "actor_key").agg(count("*").cast("int").as("n"))
                .groupBy("article_id").agg(map_from_entries(collect_list(struct(col("actor_key"), col("n")))).as("actors"));
        Dataset<Row> statements = quotes.groupBy("article_id").agg(collect_list("text").as("statements"));
        Dataset<Row> copies = nearDuplicates.select(col("article_id"), col("original_id").as("copy_of"));
        Dataset<Row> features = articles.where(col("embedding").isNotNull())
                .select(col("id"), col("order"), col("title"), coalesce(col("outlet"), col("origin_source")).as("outlet"), col("embedding"),
                        col("terms"))
                .join(actors, col("id").equalTo(actors.col("article_id")), "left").drop("article_id")
                .join(statements, col("id").equalTo(statements.col("article_id")), "left").drop("article_id")
                .join(copies, col("id").equalTo(copies.col("article_id")), "left").drop("article_id");

        int lookbackDays = Math.min(settings.windowDays(), windowDays);
        JavaRDD<Member> members = features.javaRDD().map(Member::of).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<WindowStory> dated = members.filter(member -> member.day() != null)
                .flatMap(member -> WindowStories.placements(member, windowDays, lookbackDays).iterator())
                .groupBy(WindowStories.Placement::window)
                .flatMap(window -> WindowStories.cluster(window._1(), window._2(), ClusterSettings.defaults(), rarity.value()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        // Undated articles are placed one by one, as the linker places each after every dated one:
        // first alone, in a story phase two may merge into a dated one; those left over then form
        // stories among themselves.
        JavaRDD<WindowStory> alone = members.filter(member -> member.day() == null)
                .map(member -> WindowStories.alone(member, ClusterSettings.defaults(), rarity.value()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, String> merges = StoryMerge.merges(dated.union(alone), rarity, settings);
        Broadcast<Map<String, String>> into = context.broadcast(merges);
        JavaRDD<WindowStory> undated = alone.filter(story -> !into.value().containsKey(story.id()))
                .map(story -> new WindowStories.Placement(WindowStories.UNDATED, story.members().get(0), false))
                .groupBy(WindowStories.Placement::window)
                .flatMap(window -> WindowStories.cluster(window._1(), window._2(), ClusterSettings.defaults(), rarity.value()).iterator());
        JavaRDD<WindowStory> windowStories = dated.union(alone.filter(story -> into.value().containsKey(story.id()))).union(undated)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long formed = windowStories.count();
        JavaRDD<StoryAssembly.Assembled> assembled = windowStories
                .groupBy(story -> into.value().getOrDefault(story.id(), story.id()))
                .map(story -> StoryAssembly.of(story._1(), story._2()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> stories = spark.createDataFrame(assembled.map(StoryAssembly.Assembled::story), Tables.STORY);
        Dataset<Row> storyArticles = spark.createDataFrame(assembled.flatMap(story -> story.articles().iterator()), Tables.STORY_ARTICLE);
        return new Result(stories, storyArticles, formed, merges.size());
    }

    /** Document frequencies of title-and-lede words and of actors across the job's articles. */
    private static Rarity rarity(Dataset<Row> articles, Dataset<Row> mentions) {
        Map<String, Integer> terms = new HashMap<>();
        articles.where(col("terms").isNotNull()).select(explode(map_keys(col("terms"))).as("term")).groupBy("term").count()
                .collectAsList().forEach(row -> terms.put(row.getString(0), (int) row.getLong(1)));
        Map<String, Integer> actors = new HashMap<>();
        mentions.select("article_id", "actor_key").distinct().groupBy("actor_key").count()
                .collectAsList().forEach(row -> actors.put(row.getString(0), (int) row.getLong(1)));
        return new Rarity(terms, actors, articles.count());
    }
}
