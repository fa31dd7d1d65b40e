package dev.dossier.nlp;

import dev.dossier.model.TextSpan;
import java.util.Objects;

/**
 * A named entity as written in a text: "Sergei Lavrov", "the Kremlin", "Kyiv".
 *
 * @param sentence the index of its sentence
 * @param firstToken the index of its first token
 * @param endToken one past the index of its last token
 */
public record EntityMention(TextSpan span, String text, EntityType type, int sentence, int firstToken, int endToken) {

    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
