package dev.dossier.nlp;

import dev.dossier.model.TextSpan;
import java.util.Objects;

/**
 * A sentence of an annotated text: its characters, and its tokens as the half-open index range
 * {@code [firstToken, endToken)} of {@link AnnotatedText#tokens()}.
 */
public record Sentence(TextSpan span, int firstToken, int endToken) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("token range [" + firstToken + "," + endToken + ") is not a range");
        }
    }
}
