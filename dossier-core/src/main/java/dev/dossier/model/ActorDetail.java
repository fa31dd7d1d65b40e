package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Dossier tells of one actor.
 *
 * @param roles the roles the alias book gives it, with their dates ("Foreign Minister of Russia, 2004–")
 * @param quotes its statements, latest said first
 * @param coMentioned the actors named most often in the same articles, with how many articles
 */
public record ActorDetail(ActorSummary actor, List<String> roles, List<QuoteRecord> quotes, List<CoMention> coMentioned) {

    /** An actor named in the same articles as another, and in how many. */
    public record CoMention(long id, String name, ActorType type, long articles) {}

    public ActorDetail {
        Objects.requireNonNull(actor, "actor");
        roles = List.copyOf(roles);
        quotes = List.copyOf(quotes);
        coMentioned = List.copyOf(coMentioned);
    }
}
