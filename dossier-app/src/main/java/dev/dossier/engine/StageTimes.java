package dev.dossier.engine;

import java.util.Locale;

/**
 * Where an ingest's time went, stage by stage, in nanoseconds summed over the workers (so with
 * several workers the sum exceeds the wall time). Store time includes waiting for the store, which
 * takes one write at a time.
 *
 * @param clean decoding, extraction and cleaning
 * @param enrich the NLP, actors, statements, dates and events
 * @param fingerprint the lede embedding, its words and the MinHash sketch
 * @param store writing articles, actors and statements
 * @param link near-duplicates and story clustering, after the rest (one thread)
 */
public record StageTimes(long clean, long enrich, long fingerprint, long store, long link) {

    public long total() {
        return clean + enrich + fingerprint + store + link;
    }

    /** One line: each stage's seconds and share, for a report. */
    public String describe() {
        long total = Math.max(1, total());
        return String.format(Locale.ROOT, "clean %s, analyse %s, fingerprint %s, store %s, link %s", part(clean, total),
                part(enrich, total), part(fingerprint, total), part(store, total), part(link, total));
    }

    private static String part(long nanos, long total) {
        return String.format(Locale.ROOT, "%.1f s (%.0f%%)", nanos / 1e9, 100.0 * nanos / total);
    }
}
