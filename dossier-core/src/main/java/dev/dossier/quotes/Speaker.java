package dev.dossier.quotes;

import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import java.util.Objects;

/**
 * Who a statement is attributed to, as found in the text.
 *
 * @param source the speaker as written ("Lavrov", "he", "a senior diplomat")
 * @param resolved the named mention a pronoun or role stands for, the source itself when named, or
 *     null when a pronoun or role could not be resolved (and for anonymous sources)
 */
record Speaker(SpeakerKind kind, TextSpan source, TextSpan resolved) {

    Speaker {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    /** Whether this speaker names (or stands for) someone definite. */
    boolean isResolved() {
        return resolved != null;
    }
}
