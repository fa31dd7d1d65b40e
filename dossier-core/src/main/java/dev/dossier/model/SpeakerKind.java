package dev.dossier.model;

import java.util.Locale;

/** What the text says about who spoke. */
public enum SpeakerKind {
    /** A name: "Lavrov", "Sergei Lavrov", "the Kremlin". */
    NAMED,
    /** A pronoun standing for a named speaker: "he said". */
    PRONOUN,
    /** A role standing for a named speaker: "the Russian foreign minister said". */
    ROLE,
    /** A source the text does not name: "a source said", "officials said". Never guessed. */
    ANONYMOUS,
    /** No speaker could be found with confidence. */
    UNKNOWN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
