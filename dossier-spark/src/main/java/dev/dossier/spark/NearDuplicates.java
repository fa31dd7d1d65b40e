package dev.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.dossier.stories.MinHash;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds the articles that copy an earlier one (wire copies, trimmed or retitled republications)
 * with Spark ML's {@link MinHashLSH} over each text's set of five-word shingles (the core's
 * {@link MinHash#shingles}, as the single-machine linker sketches them).
 *
 * <p>Design notes. The copy rule is the single-machine linker's: a copy shares at least half its
 * shingles with its original (Jaccard 0.5), or at least 0.8 of the shorter text's shingles when
 * both have at least 40. Two differences, both from what Spark offers. Spark's LSH ORs
 * {@link JobSettings#lshTables()} single-value hash tables where the single-machine index ANDs
 * three values in each of 40 bands, and its join compares only pairs closer than a fixed Jaccard
 * distance: pairs below {@link JobSettings#lshLeastJaccard()} are never compared (a copy trimmed
 * to less than about a fifth of its original is missed). And Spark measures the Jaccard
 * similarity of the paired sets exactly, where the single-machine linker estimates it from 120
 * MinHash values, so borderline pairs may fall on the other side of a threshold. Of a pair, the
 * later article (in the order the linker places articles) is the copy; its original is the root
 * of the chain of copies, so every copy of a wire story points at the wire story itself.
 */
final class NearDuplicates {

    static final double COPY_JACCARD = 0.5;
    static final double COPY_CONTAINMENT = 0.8;
    static final int CONTAINMENT_MIN_SHINGLES = 40;
    /** Shingle hashes are folded into this many vector positions; collisions in one text are negligible. */
    static final int DIMENSIONS = 1 << 30;
    /** Copy chains longer than this are not followed further (real chains have one or two links). */
    static final int MAX_CHAIN = 16;
    private static final long SEED = 20_260_301L;

    private static final StructType SHINGLED = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("order", ArticleOrder.TYPE, false),
            DataTypes.createStructField("size", DataTypes.IntegerType, false),
            DataTypes.createStructField("features", SQLDataTypes.VectorType(), false)));

    private NearDuplicates() {}

    /**
     * The near-duplicates among the articles ({@link Tables#ARTICLES} rows with an {@code order}
     * column), as {@link Tables#NEAR_DUPLICATE} rows.
     */
    static Dataset<Row> find(SparkSession spark, Dataset<Row> articles, JobSettings settings) {
        JavaRDD<Row> shingled = articles.select("id", "order", "text").javaRDD().flatMap(row -> {
            Set<Long> shingles = MinHash.shingles(row.getString(2));
            if (shingles.isEmpty()) {
                return List.<Row>of().iterator(); // fewer than five words: nothing to copy
            }
            int[] positions = shingles.stream().mapToInt(hash -> (int) Math.floorMod(hash, (long) DIMENSIONS)).sorted().distinct().toArray();
            double[] ones = new double[positions.length];
            Arrays.fill(ones, 1);
            return List.of(RowFactory.create(row.getString(0), row.getStruct(1), shingles.size(), Vectors.sparse(DIMENSIONS, positions, ones)))
                    .iterator();
        });
        Dataset<Row> sets = spark.createDataFrame(shingled, SHINGLED).cache();
        MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(settings.lshTables()).setSeed(SEED)
                .setInputCol("features").setOutputCol("hashes").fit(sets);
        Dataset<?> joined = lsh.approxSimilarityJoin(sets, sets, 1 - settings.lshLeastJaccard(), "distance");
        Dataset<Row> pairs = joined.toDF()
                .where(col("datasetA.order").lt(col("datasetB.order")));
        Column jaccard = lit(1).minus(col("distance"));
        Column smaller = least(col("datasetA.size"), col("datasetB.size"));
        Column union = col("datasetA.size").plus(col("datasetB.size")).divide(lit(1).plus(jaccard));
        Column containment = least(lit(1.0), jaccard.multiply(union).divide(smaller));
        Dataset<Row> copies = pairs.select(col("datasetB.id").as("article_id"), col("datasetA.id").as("original_id"),
                        jaccard.as("jaccard"), containment.as("containment"), smaller.as("smaller"))
                .where(col("jaccard").geq(COPY_JACCARD)
                        .or(col("containment").geq(COPY_CONTAINMENT).and(col("smaller").geq(CONTAINMENT_MIN_SHINGLES))));
        Dataset<Row> best = copies.groupBy("article_id")
                .agg(max_by(struct("original_id", "jaccard", "containment"), col("jaccard")).as("best"))
                .select(col("article_id"), col("best.original_id"), col("best.jaccard"), col("best.containment"));
        Dataset<Row> roots = roots(best.cache());
        sets.unpersist();
        return roots;
    }

    /** Each copy's original replaced by the root of its chain: follows copy-of links until an article that copies nothing. */
    private static Dataset<Row> roots(Dataset<Row> links) {
        Dataset<Row> current = links;
        for (int step = 0; step < MAX_CHAIN; step++) {
            Dataset<Row> parent = current.select(col("article_id").as("parent_id"), col("original_id").as("grand_id"));
            Dataset<Row> next = current.join(parent, current.col("original_id").equalTo(parent.col("parent_id")), "left")
                    .select(col("article_id"), when(col("grand_id").isNotNull(), col("grand_id")).otherwise(col("original_id")).as("original_id"),
                            col("jaccard"), col("containment"))
                    .cache();
            long moved = next.join(current.select(col("article_id").as("a"), col("original_id").as("o")),
                    col("article_id").equalTo(col("a")).and(col("original_id").notEqual(col("o")))).count();
            current = next;
            if (moved == 0) {
                break;
            }
        }
        return current;
    }
}
