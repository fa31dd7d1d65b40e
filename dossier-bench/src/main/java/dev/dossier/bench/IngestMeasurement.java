package dev.dossier.bench;

import dev.dossier.pipeline.RunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one format's measurement found: a first ingest into an empty store, then a re-ingest of the
 * same input, where every article is a duplicate.
 *
 * @param corpus what was ingested
 * @param first the first ingest
 * @param reingest the second ingest of the same input
 * @param storeBytes the store's size on disk after both runs, its WAL files included
 */
record IngestMeasurement(Corpus corpus, Run first, Run reingest, long storeBytes) {

    IngestMeasurement {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(reingest, "reingest");
    }

    /**
     * One timed ingest.
     *
     * @param report the engine's report of the run
     * @param nanos wall-clock time of the {@code ingest} call
     * @param peakHeapBytes the heap pools' summed peak during the call (see {@link HeapPeak})
     */
    record Run(RunReport report, long nanos, long peakHeapBytes) {
        Run {
            Objects.requireNonNull(report, "report");
            if (nanos <= 0) {
                throw new IllegalArgumentException("a run takes some time, got " + nanos + " ns");
            }
        }

        double seconds() {
            return nanos / 1e9;
        }
    }

    double firstArticlesPerSecond() {
        return corpus.articles() / first.seconds();
    }

    double reingestArticlesPerSecond() {
        return corpus.articles() / reingest.seconds();
    }

    long peakHeapBytes() {
        return Math.max(first.peakHeapBytes(), reingest.peakHeapBytes());
    }

    /**
     * Why the figures cannot be trusted, or nothing: a benchmark whose articles were rejected or
     * not stored measured something else than the ingest path.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        String format = corpus.format().cliName();
        int expected = corpus.articles();
        if (first.report().articlesStored() != expected || first.report().rejectedCount() != 0) {
            problems.add(format + ": first ingest stored " + first.report().articlesStored() + " of " + expected
                    + " articles and rejected " + first.report().rejectedCount() + " documents " + first.report().rejections());
        }
        if (reingest.report().duplicatesSkipped() != expected || reingest.report().articlesStored() != 0
                || reingest.report().rejectedCount() != 0) {
            problems.add(format + ": re-ingest found " + reingest.report().duplicatesSkipped() + " of " + expected
                    + " duplicates, stored " + reingest.report().articlesStored() + " and rejected "
                    + reingest.report().rejectedCount() + " documents");
        }
        return problems;
    }
}
