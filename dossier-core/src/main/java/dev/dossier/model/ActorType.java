package dev.dossier.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of actor speaks or is spoken of. Places count when they stand for governments ("Kyiv said"). */
public enum ActorType {
    PERSON,
    ORGANIZATION,
    PLACE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorType fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** The type whose {@link #key()} is {@code key}, or empty (for reading user files). */
    public static Optional<ActorType> parse(String key) {
        for (ActorType type : values()) {
            if (type.key().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
