package dev.dossier.entities;

import java.util.Locale;
import java.util.Optional;

/** What kind of actor an {@link AliasEntry} names; written in the alias file as its {@link #key()}. */
public enum ActorType {
    /** A person: names are matched with {@link NameMatch}'s spelling-tolerant rules. */
    PERSON,
    /** A body that speaks or acts: a government office, ministry, alliance ("the Kremlin", "NATO"). */
    ORGANIZATION,
    /** A place, usually a capital that stands for its government in news text ("Kyiv", "Moscow"). */
    PLACE;

    /** The lowercase name used in the alias file: "person", "organization", "place". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type whose {@link #key()} is {@code key}, or empty. */
    public static Optional<ActorType> fromKey(String key) {
        for (ActorType type : values()) {
            if (type.key().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
