package dev.dossier.model;

import java.util.List;

/** An actor of the store with the names it goes by and how often it appears. */
public record ActorSummary(long id, String name, ActorType type, List<String> aliases, long mentions, long articles, long quotes) {

    public ActorSummary {
        aliases = List.copyOf(aliases);
    }
}
