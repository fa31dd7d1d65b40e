package dev.dossier.engine;

import dev.dossier.model.ActorSummary;
import java.util.List;

/**
 * An actor in JSON, with the field names of DESIGN.md's contract: {@code id, name, type, aliases,
 * mentions, articles}, plus the number of statements attributed to it.
 */
public record EntityView(long id, String name, String type, List<String> aliases, long mentions, long articles, long quotes) {

    public static EntityView of(ActorSummary actor) {
        return new EntityView(actor.id(), actor.name(), actor.type().key(), actor.aliases(), actor.mentions(), actor.articles(), actor.quotes());
    }
}
