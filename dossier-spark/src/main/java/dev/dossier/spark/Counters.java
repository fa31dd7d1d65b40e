package dev.dossier.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's running counts, as Spark accumulators: documents read (records of containers count
 * one each), documents and records rejected (corrupt, unreadable, or with no article text), and
 * articles found. Executors add; the driver reads the totals when the job has run.
 *
 * <p>Spark counts an accumulator updated in a transformation again when it recomputes a lost
 * partition; the job persists what it processed, so each document is counted once unless an
 * executor is lost. The {@code rejections} table is the exact record.
 */
final class Counters implements Serializable {

    private final LongAccumulator documents;
    private final LongAccumulator rejections;
    private final LongAccumulator articles;

    private Counters(LongAccumulator documents, LongAccumulator rejections, LongAccumulator articles) {
        this.documents = documents;
        this.rejections = rejections;
        this.articles = articles;
    }

    static Counters register(SparkContext context) {
        return new Counters(context.longAccumulator("documents read"), context.longAccumulator("documents rejected"),
                context.longAccumulator("articles found"));
    }

    void documentRead() {
        documents.add(1);
    }

    void rejected() {
        rejections.add(1);
    }

    void articleFound() {
        articles.add(1);
    }

    long documents() {
        return documents.value();
    }

    long rejections() {
        return rejections.value();
    }

    long articles() {
        return articles.value();
    }
}
