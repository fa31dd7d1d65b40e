package dev.dossier.model;

import java.util.Objects;

/**
 * A statement found in a text and who it is attributed to, before speakers are resolved to
 * actors: the content, the cue ("said"), and the source as written ("Lavrov", "he", "a source"),
 * each as a span of the same text.
 *
 * @param cue the cue's span, or null when there is none ("according to" counts as a cue)
 * @param source the span of the speaker as written, or null when unknown
 * @param resolvedSource for a pronoun or a role, the span of the named mention it stands for; else
 *     the same as {@code source}, or null
 */
public record Attribution(
        QuoteKind kind, TextSpan content, TextSpan cue, TextSpan source, SpeakerKind speakerKind, TextSpan resolvedSource) {

    public Attribution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(speakerKind, "speakerKind");
        if ((source == null) != (speakerKind == SpeakerKind.UNKNOWN)) {
            throw new IllegalArgumentException("a source span goes with a known speaker kind: " + source + ", " + speakerKind);
        }
    }
}
