package dev.dossier.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article after cleaning: its main text, its metadata and its provenance. Every later stage
 * works on {@link #text()} and keeps its offsets into it.
 *
 * @param id a stable identifier derived from the content (same content, same id)
 * @param published the publication time with its precision and source, or null when it could not
 *     be established honestly
 * @param language an ISO 639-1 code, or null when unknown
 * @param paragraphs the paragraphs of {@code text}, in order, with their spans in the raw input
 * @param wireCredit a credit line such as "Reuters contributed to this report", kept as metadata
 */
public record CleanArticle(
        String id,
        Origin origin,
        String title,
        String outlet,
        String url,
        String author,
        Published published,
        String language,
        String text,
        List<Paragraph> paragraphs,
        String wireCredit,
        Instant fetchedAt) {

    public CleanArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        paragraphs = List.copyOf(paragraphs);
        int previousEnd = 0;
        for (Paragraph paragraph : paragraphs) {
            TextSpan span = paragraph.text();
            if (span.start() < previousEnd || !span.fitsWithin(text.length())) {
                throw new IllegalArgumentException(
                        "paragraph " + span + " is out of order or outside a text of length " + text.length());
            }
            previousEnd = span.end();
        }
    }

    /** The text of paragraph {@code index}. */
    public String paragraphText(int index) {
        return paragraphs.get(index).text().of(text);
    }
}
