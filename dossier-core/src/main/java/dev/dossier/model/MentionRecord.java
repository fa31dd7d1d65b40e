package dev.dossier.model;

import java.util.Objects;

/** A stored mention of an actor in an article: where, and which actor of the store it names. */
public record MentionRecord(TextSpan span, long actorId, String actorName, ActorType type) {

    public MentionRecord {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(actorName, "actorName");
    }
}
