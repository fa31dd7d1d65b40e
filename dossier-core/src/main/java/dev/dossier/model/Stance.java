package dev.dossier.model;

import java.util.Locale;
import java.util.Optional;

/** Where a statement stands on an issue: for it, against it, for it only under a condition, or neither. */
public enum Stance {
    /** Wants or accepts what the issue proposes ("we welcome observers"). */
    SUPPORTS,
    /** Rejects it, rules it out or threatens over it ("foreign armies — no", "a road to nowhere"). */
    OPPOSES,
    /** For it only if something else happens first ("only once the ground has been prepared"). */
    CONDITIONAL,
    /** Speaks of it without taking a side, or the side cannot be told. */
    NEUTRAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the two stances cannot both hold at once: for it without condition and against it.
     * "No summit while the ultimatums stand" and "yes if they are withdrawn" are one position.
     */
    public boolean contradicts(Stance other) {
        return this == OPPOSES && other == SUPPORTS || this == SUPPORTS && other == OPPOSES;
    }

    public static Optional<Stance> parse(String key) {
        for (Stance stance : values()) {
            if (stance.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(stance);
            }
        }
        return Optional.empty();
    }
}
