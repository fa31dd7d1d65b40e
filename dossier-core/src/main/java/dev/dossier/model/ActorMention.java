package dev.dossier.model;

import java.util.Objects;

/** A mention of an actor in an article's text: its span, as written, and the actor it names. */
public record ActorMention(TextSpan span, String text, NamedActor actor) {

    public ActorMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
    }
}
