package dev.dossier.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One document as read from its source, before any cleaning: its bytes, where it came from, when
 * it was fetched, the format it was sniffed as, and whatever metadata its container carried.
 *
 * <p>The byte array is owned by this record: readers hand over a fresh array and nobody mutates it.
 *
 * @param declaredCharset the charset named by the container (an HTTP header), or null
 */
public record RawDocument(
        Origin origin, Format format, byte[] content, String declaredCharset, Instant fetchedAt, Metadata hints) {

    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(hints, "hints");
    }

    public int size() {
        return content.length;
    }
}
