package dev.dossier.model;

import java.util.Locale;

/** How a statement is reported. */
public enum QuoteKind {
    /** Quoted words with a cue: "'A road to nowhere,' Lavrov said." */
    DIRECT,
    /** A few quoted words inside reported speech: "dismissing it as 'aggressive escalation'". */
    PARTIAL,
    /** Reported speech without quotation marks: "Lavrov said that Putin is ready to meet." */
    INDIRECT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
