package dev.dossier.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.FloatType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's output: the names and schemas of its Parquet tables, one folder each under the output
 * directory. Columns are named as in the store's tables; offsets are character offsets into the
 * article's {@code text}; days are dates, instants timestamps (UTC).
 *
 * <ul>
 *   <li>{@value #ARTICLES}: one row per article, with its paragraphs and its fingerprint (lede
 *       embedding, content words of title and lede, MinHash sketch and shingle count)
 *   <li>{@value #MENTIONS}: actor mentions, with the actor's grouping key
 *   <li>{@value #QUOTES}: statements with speaker, cue and the day said
 *   <li>{@value #EVENTS}: dated events with the actors they name
 *   <li>{@value #ACTORS}: actors grouped across articles, with their written names and counts
 *   <li>{@value #NEAR_DUPLICATES}: articles that copy an earlier one, with the original (the root
 *       of the copy chain), the Jaccard similarity and containment of their shingle sets
 *   <li>{@value #STORIES} and {@value #STORY_ARTICLES}: stories and their articles in order
 *   <li>{@value #REJECTIONS}: documents and records that yielded no article, with the reason
 * </ul>
 */
final class Tables {

    static final String ARTICLES = "articles";
    static final String MENTIONS = "mentions";
    static final String QUOTES = "quotes";
    static final String EVENTS = "events";
    static final String ACTORS = "actors";
    static final String NEAR_DUPLICATES = "near_duplicates";
    static final String STORIES = "stories";
    static final String STORY_ARTICLES = "story_articles";
    static final String REJECTIONS = "rejections";

    static final StructType PARAGRAPH = struct(
            field("text_start", IntegerType), field("text_end", IntegerType), field("raw_start", IntegerType), field("raw_end", IntegerType));

    static final StructType ARTICLE = struct(
            required("id", StringType), required("title", StringType), field("outlet", StringType), field("url", StringType),
            field("author", StringType), field("published_at", TimestampType), field("published_precision", StringType),
            field("published_from", StringType), field("language", StringType), required("text", StringType),
            field("wire_credit", StringType), required("origin_source", StringType), field("origin_record", StringType),
            field("origin_url", StringType), required("fetched_at", TimestampType), field("paragraphs", createArrayType(PARAGRAPH, false)),
            field("skipped", StringType), field("embedding", createArrayType(FloatType, false)),
            field("terms", createMapType(StringType, IntegerType, false)), field("minhash", createArrayType(IntegerType, false)),
            field("shingles", IntegerType));

    static final StructType MENTION = struct(
            required("article_id", StringType), field("start", IntegerType), field("end", IntegerType), field("text", StringType),
            field("actor_name", StringType), field("actor_type", StringType), field("actor_key", StringType));

    static final StructType QUOTE = struct(
            required("id", StringType), required("article_id", StringType), field("kind", StringType), field("text", StringType),
            field("start", IntegerType), field("end", IntegerType), field("speaker_kind", StringType), field("speaker_name", StringType),
            field("speaker_type", StringType), field("speaker_key", StringType), field("speaker_mention", StringType),
            field("cue", StringType), field("said_on", DateType), field("said_on_precision", StringType), field("said_on_basis", StringType));

    static final StructType NAMED = struct(field("name", StringType), field("type", StringType));

    static final StructType EVENT = struct(
            required("article_id", StringType), field("start", IntegerType), field("end", IntegerType), field("text", StringType),
            field("date", DateType), field("precision", StringType), field("value", StringType),
            field("actors", createArrayType(NAMED, false)));

    static final StructType REJECTION = struct(
            required("origin_source", StringType), field("origin_record", StringType), field("origin_url", StringType),
            required("reason", StringType));

    /**
     * What the per-partition stages yield for each document: an article with everything found in
     * it, or a rejection (exactly one of the two is set).
     */
    static final StructType PROCESSED = struct(
            field("article", ARTICLE), field("mentions", createArrayType(MENTION, false)), field("quotes", createArrayType(QUOTE, false)),
            field("events", createArrayType(EVENT, false)), field("rejection", REJECTION));

    static final StructType NEAR_DUPLICATE = struct(
            required("article_id", StringType), required("original_id", StringType), field("jaccard", DoubleType),
            field("containment", DoubleType));

    static final StructType STORY = struct(
            required("id", StringType), required("title", StringType), field("first_day", DateType), field("last_day", DateType),
            field("articles", IntegerType), field("outlets", IntegerType), field("centre", createArrayType(FloatType, false)));

    static final StructType STORY_ARTICLE = struct(
            required("story_id", StringType), required("article_id", StringType), field("position", IntegerType), field("copy", BooleanType));

    static final StructType ACTOR = struct(
            required("key", StringType), required("type", StringType), field("name", StringType),
            field("aliases", createArrayType(StringType, false)), field("mentions", LongType), field("articles", LongType),
            field("quotes", LongType));

    private Tables() {}

    private static StructType struct(StructField... fields) {
        return createStructType(List.of(fields));
    }

    private static StructField field(String name, DataType type) {
        return createStructField(name, type, true);
    }

    private static StructField required(String name, DataType type) {
        return createStructField(name, type, false);
    }
}
