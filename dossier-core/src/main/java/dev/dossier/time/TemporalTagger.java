package dev.dossier.time;

import dev.dossier.model.TemporalExpression;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds temporal expressions in a text and normalises them, TIMEX3 style, against the text's
 * publication date. Implementations are thread-safe and keep no state between texts.
 */
public interface TemporalTagger {

    /**
     * @param text the text to tag
     * @param documentDate the publication date, or null when it is unknown: expressions relative to
     *     it are then returned unresolved (values with {@code X}s), never dated by a guess
     * @return the expressions in text order, none overlapping another
     */
    List<TemporalExpression> tag(String text, LocalDate documentDate);

    /** Dossier's own rules for news English, tense-aware (the shared instance). */
    static TemporalTagger rules() {
        return RuleTemporalTagger.INSTANCE;
    }
}
