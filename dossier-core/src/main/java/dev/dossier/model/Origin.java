package dev.dossier.model;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where a document came from, precisely enough to find it again.
 *
 * @param source the file path as given (or {@code -} for standard input)
 * @param record the record inside a container file ({@code "line 12"}, {@code "item 3"},
 *     {@code "offset 48213"}), or null for a file that is one document
 * @param url the address the page was published or crawled at, or null when unknown
 */
public record Origin(String source, String record, String url) {

    private static final String OFFSET = "offset ";

    public Origin {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("origin source must not be blank");
        }
    }

    public static Origin ofFile(String source) {
        return new Origin(source, null, null);
    }

    public Origin withRecord(String newRecord) {
        return new Origin(source, newRecord, url);
    }

    /** The record found at this byte offset of its container (a WARC record): {@code "offset 48213"}. */
    public Origin atOffset(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("a record offset must not be negative: " + offset);
        }
        return withRecord(OFFSET + offset);
    }

    /** The byte offset of the record in its container, when it was located by one ({@link #atOffset}). */
    public OptionalLong offset() {
        if (record == null || !record.startsWith(OFFSET)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(record.substring(OFFSET.length())));
        } catch (NumberFormatException notAnOffset) {
            return OptionalLong.empty();
        }
    }

    public Origin withUrl(String newUrl) {
        return new Origin(source, record, newUrl);
    }

    /** A one-line label for messages and reports: {@code file.warc#offset 48213}. */
    public String label() {
        return record == null ? source : source + "#" + record;
    }
}
