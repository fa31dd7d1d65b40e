package dev.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.struct;

import dev.dossier.model.PublishedFrom;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The order the single-machine linker places articles in, so that the job decides alike which of
 * two copies is the original and in which order a window's articles are clustered: dated articles
 * by publication time, then undated ones (no date, or one only estimated from the fetch time);
 * ties by source file, then record within it, then id. Both as a Spark column (a struct, which
 * Spark compares field by field) and as a comparable value.
 *
 * @param undated whether the article has no date that may bring stories together
 */
record ArticleOrder(boolean undated, Instant publishedAt, String source, Integer recordLength, String record, String id)
        implements Comparable<ArticleOrder>, Serializable {

    private static final Comparator<ArticleOrder> ORDER = Comparator.comparing(ArticleOrder::undated)
            .thenComparing(ArticleOrder::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ArticleOrder::source)
            .thenComparing(ArticleOrder::recordLength, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ArticleOrder::record, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ArticleOrder::id);

    static final StructType TYPE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("undated", DataTypes.BooleanType, false),
            DataTypes.createStructField("published_at", DataTypes.TimestampType, true),
            DataTypes.createStructField("origin_source", DataTypes.StringType, false),
            DataTypes.createStructField("record_length", DataTypes.IntegerType, true),
            DataTypes.createStructField("origin_record", DataTypes.StringType, true),
            DataTypes.createStructField("id", DataTypes.StringType, false)));

    /** The order of a {@link Tables#ARTICLES} row, as a column of type {@link #TYPE}. */
    static Column column() {
        Column undated = col("published_at").isNull()
                .or(col("published_from").isin(PublishedFrom.RELATIVE.key(), PublishedFrom.INGEST.key()));
        return struct(undated.as("undated"), col("published_at"), col("origin_source"), length(col("origin_record")).as("record_length"),
                col("origin_record"), col("id"));
    }

    /** The order a column made by {@link #column()} holds. */
    static ArticleOrder of(Row order) {
        return new ArticleOrder(order.getBoolean(0), order.getAs(1), order.getString(2), order.isNullAt(3) ? null : order.getInt(3),
                order.getString(4), order.getString(5));
    }

    @Override
    public int compareTo(ArticleOrder other) {
        return ORDER.compare(this, other);
    }
}
