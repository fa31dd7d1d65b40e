package dev.dossier.model;

import java.util.Objects;

/**
 * A paragraph of an article: its span in the article's clean text, and the span of the raw input
 * (the decoded characters of the source document or record) it was cleaned from.
 */
public record Paragraph(TextSpan text, TextSpan raw) {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(raw, "raw");
    }
}
