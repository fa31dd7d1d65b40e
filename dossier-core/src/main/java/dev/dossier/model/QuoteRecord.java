package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A stored statement as front ends list it: one quotation in one article, its speaker resolved to
 * an actor of the store, and every article (first this one) that carried the same words.
 *
 * @param speakerId the store's actor id, or null when the speaker is unknown or anonymous
 */
public record QuoteRecord(
        String id,
        QuoteKind kind,
        String text,
        SpeakerKind speakerKind,
        Long speakerId,
        String speakerName,
        String speakerMention,
        String cue,
        String articleId,
        TextSpan span,
        SaidOn saidOn,
        List<Source> sources) {

    public QuoteRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        sources = List.copyOf(sources);
    }
}
