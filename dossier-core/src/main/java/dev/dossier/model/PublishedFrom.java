package dev.dossier.model;

import java.util.Locale;

/** Where an article's publication time came from, so users can judge how far to trust it. */
public enum PublishedFrom {
    /** A machine-readable field: a meta tag, JSON-LD, a feed item date, a front-matter header. */
    METADATA,
    /** A date written in the text itself: a dateline or a dated photo caption. */
    TEXT,
    /** A relative age ("3 minutes ago") resolved against the crawl or ingest time. */
    RELATIVE,
    /** Nothing better was known: the time the document was crawled or ingested. */
    INGEST,
    /** Given by the user on the command line ({@code --published}). */
    USER;

    /**
     * Whether the time is only an estimate tied to when the document was read (a relative age
     * against a fetch time that may be the ingest time, or the ingest time itself): not a date to
     * resolve "on Monday" against, nor to bring stories together by.
     */
    public boolean isEstimate() {
        return this == RELATIVE || this == INGEST;
    }

    /** The lower-case name used in JSON and in the store. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PublishedFrom fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
