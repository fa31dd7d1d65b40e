package dev.dossier.nlp;

import dev.dossier.model.TextSpan;
import java.util.Objects;

/**
 * A token of an annotated text.
 *
 * @param span its characters in the text
 * @param word the token as written
 * @param pos its Penn Treebank part-of-speech tag ({@code NNP}, {@code VBD}, ...)
 * @param entity the named-entity type it belongs to, or null
 * @param sentence the index of its sentence
 */
public record Token(TextSpan span, String word, String pos, EntityType entity, int sentence) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(pos, "pos");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** A verb in a finite form, past or present tense ({@code VBD}, {@code VBZ}, {@code VBP}); modals are not counted. */
    public boolean isFinite() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
