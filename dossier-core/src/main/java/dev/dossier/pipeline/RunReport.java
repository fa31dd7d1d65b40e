package dev.dossier.pipeline;

import dev.dossier.model.Rejection;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one ingest run, as printed at its end.
 *
 * @param documentsRead documents (files and container records) read, rejected ones included
 * @param articlesStored new articles written to the store
 * @param duplicatesSkipped articles whose content the store already held
 * @param rejectedCount how many documents were rejected
 * @param rejections the first {@value Builder#KEPT_REJECTIONS} rejections with their reasons (all of
 *     them are recorded in the store)
 */
public record RunReport(
        long documentsRead, long articlesStored, long duplicatesSkipped, long rejectedCount, List<Rejection> rejections) {

    public RunReport {
        rejections = List.copyOf(rejections);
        if (rejectedCount < rejections.size()) {
            throw new IllegalArgumentException("rejectedCount " + rejectedCount + " < listed " + rejections.size());
        }
    }

    public boolean hasRejections() {
        return rejectedCount > 0;
    }

    /**
     * Collects a report while a run goes on. Not thread-safe: one run, one thread that records.
     * Keeps at most {@value #KEPT_REJECTIONS} rejections in memory, so a huge archive full of bad
     * records cannot exhaust the heap.
     */
    public static final class Builder {
        public static final int KEPT_REJECTIONS = 1000;

        private long documentsRead;
        private long articlesStored;
        private long duplicatesSkipped;
        private long rejectedCount;
        private final List<Rejection> rejections = new ArrayList<>();

        public Builder documentRead() {
            documentsRead++;
            return this;
        }

        public Builder stored(long articles, long duplicates) {
            articlesStored += articles;
            duplicatesSkipped += duplicates;
            return this;
        }

        public Builder rejected(Rejection rejection) {
            rejectedCount++;
            if (rejections.size() < KEPT_REJECTIONS) {
                rejections.add(rejection);
            }
            return this;
        }

        public long documentsRead() {
            return documentsRead;
        }

        public RunReport build() {
            return new RunReport(documentsRead, articlesStored, duplicatesSkipped, rejectedCount, rejections);
        }
    }
}
