package dev.dossier.spark;

import dev.dossier.model.CleanArticle;
import dev.dossier.model.EnrichedArticle;
import dev.dossier.pipeline.Cleaned;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The per-partition stages: each document is cleaned, and each of its articles enriched and
 * fingerprinted, by the executor's shared {@link Stages}; a rejection (read or clean) passes
 * through as a row of its own. Rows are produced lazily, one document at a time, so a partition
 * is never held in memory, and counted in the job's {@link Counters}.
 */
final class Processor implements FlatMapFunction<Iterator<ReadItem>, Row> {

    private final byte[] aliasFile;
    private final Counters counters;

    Processor(byte[] aliasFile, Counters counters) {
        this.aliasFile = aliasFile;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<ReadItem> items) {
        Stages stages = Stages.of(aliasFile);
        return new Iterator<>() {
            private final Deque<Row> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && items.hasNext()) {
                    process(items.next(), stages, ready);
                }
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.removeFirst();
            }
        };
    }

    private void process(ReadItem item, Stages stages, Deque<Row> out) {
        counters.documentRead();
        if (item instanceof ReadItem.Rejected rejected) {
            counters.rejected();
            out.add(EnrichedRows.processed(rejected.toRejection()));
            return;
        }
        Cleaned cleaned = stages.cleaner.clean(((ReadItem.Document) item).toRaw());
        if (cleaned instanceof Cleaned.Rejected rejected) {
            counters.rejected();
            out.add(EnrichedRows.processed(rejected.rejection()));
            return;
        }
        for (CleanArticle article : ((Cleaned.Articles) cleaned).articles()) {
            EnrichedArticle enriched = stages.enricher.enrich(article).withFingerprint(stages.fingerprinter.fingerprint(article));
            counters.articleFound();
            out.add(EnrichedRows.processed(enriched, stages.aliases));
        }
    }
}
