package dev.dossier.model;

import java.util.Objects;

/**
 * An actor as one article names it at its fullest ("Sergei Lavrov" for every "Lavrov" in it),
 * before actors are merged across articles.
 */
public record NamedActor(String name, ActorType type) {

    public NamedActor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
    }
}
