package dev.dossier.engine;

import dev.dossier.model.ActorDetail;
import dev.dossier.model.ActorSummary;
import java.util.List;

/**
 * An actor in JSON, with the field names of DESIGN.md's contract: {@code id, name, type, aliases,
 * mentions, articles}, plus the number of statements attributed to it.
 */
public record EntityView(long id, String name, String type, List<String> aliases, long mentions, long articles, long quotes) {

    /** An actor with its roles, statements and the actors most often named with it. */
    public record Detail(long id, String name, String type, List<String> aliases, long mentions, long articles, long quotes,
            List<String> roles, List<QuoteView> statements, List<CoMentionView> coMentioned) {

        public static Detail of(ActorDetail detail) {
            ActorSummary actor = detail.actor();
            return new Detail(actor.id(), actor.name(), actor.type().key(), actor.aliases(), actor.mentions(), actor.articles(), actor.quotes(),
                    detail.roles(), detail.quotes().stream().map(QuoteView::of).toList(),
                    detail.coMentioned().stream().map(c -> new CoMentionView(c.id(), c.name(), c.type().key(), c.articles())).toList());
        }
    }

    /** An actor named in the same articles, and in how many. */
    public record CoMentionView(long id, String name, String type, long articles) {}

    public static EntityView of(ActorSummary actor) {
        return new EntityView(actor.id(), actor.name(), actor.type().key(), actor.aliases(), actor.mentions(), actor.articles(), actor.quotes());
    }
}
