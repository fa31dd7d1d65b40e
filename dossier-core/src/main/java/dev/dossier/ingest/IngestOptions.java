package dev.dossier.ingest;

import dev.dossier.model.Format;
import java.time.Clock;
import java.util.Objects;

/**
 * How inputs are read. Defaults in {@link #defaults()}.
 *
 * @param forcedFormat the format to assume for every input, or null to sniff each from its content
 * @param maxDocumentBytes the largest single document (a page, a feed, one record) read into memory;
 *     larger ones are rejected with a reason. Container files (WARC, JSON Lines) are streamed and may
 *     be any size.
 * @param clock the source of "now": the fetch time of files and standard input
 */
public record IngestOptions(Format forcedFormat, long maxDocumentBytes, Clock clock) {

    /** 32 MiB: far above any real news page, small enough to keep memory bounded. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;

    public IngestOptions {
        Objects.requireNonNull(clock, "clock");
        if (maxDocumentBytes < 1024) {
            throw new IllegalArgumentException("maximum document size must be at least 1024 bytes: " + maxDocumentBytes);
        }
        if (maxDocumentBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maximum document size must fit in one array: " + maxDocumentBytes);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(null, DEFAULT_MAX_DOCUMENT_BYTES, Clock.systemUTC());
    }

    public IngestOptions withForcedFormat(Format format) {
        return new IngestOptions(format, maxDocumentBytes, clock);
    }

    public IngestOptions withMaxDocumentBytes(long bytes) {
        return new IngestOptions(forcedFormat, bytes, clock);
    }

    public IngestOptions withClock(Clock newClock) {
        return new IngestOptions(forcedFormat, maxDocumentBytes, newClock);
    }
}
