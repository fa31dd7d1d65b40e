package dev.dossier.quotes;

import dev.dossier.model.Attribution;
import dev.dossier.nlp.AnnotatedText;
import java.util.List;

/**
 * Finds the statements in an annotated text and who they are attributed to. Implementations are
 * thread-safe and keep no state between texts.
 */
public interface Attributor {

    /** Every attribution in the text, in text order. */
    List<Attribution> attribute(AnnotatedText text);

    /** Dossier's rules for news: quotes in every style, cues before or after, pronouns, roles, anonymous sources. */
    static Attributor rules() {
        return new RuleAttributor();
    }
}
