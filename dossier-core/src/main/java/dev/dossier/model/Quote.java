package dev.dossier.model;

import java.util.Objects;

/**
 * A statement in an article: what was said, how it is reported, who said it, and when.
 *
 * @param id stable: derived from the article id and the span
 * @param text the words said (for a quotation running over paragraphs, without the repeated mark)
 * @param span the words' span in the article's text
 * @param speaker the actor who said it, or null when unknown or anonymous
 * @param speakerMention the speaker as written ("Lavrov", "he", "a senior diplomat"), or null
 * @param cue the cue as written ("said", "according to"), or null
 * @param saidOn when it was said, or null when the article's date is unknown
 */
public record Quote(
        String id,
        String articleId,
        QuoteKind kind,
        String text,
        TextSpan span,
        SpeakerKind speakerKind,
        NamedActor speaker,
        String speakerMention,
        String cue,
        SaidOn saidOn) {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(speakerKind, "speakerKind");
        if (speaker != null && (speakerKind == SpeakerKind.ANONYMOUS || speakerKind == SpeakerKind.UNKNOWN)) {
            throw new IllegalArgumentException("an " + speakerKind.key() + " speaker has no actor: " + speaker);
        }
    }
}
