package dev.dossier.web;

import dev.dossier.engine.Json;
import dev.dossier.engine.StoryPositions;
import dev.dossier.model.ActorDetail;
import dev.dossier.model.ActorSummary;
import dev.dossier.model.QuoteRecord;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/** The list of actors and an actor's page. Every piece of data passes through {@link Html#escape}. */
final class ActorPages {

    private ActorPages() {}

    static String list(List<ActorSummary> actors) {
        StringBuilder body = new StringBuilder("<h1>Actors</h1>\n<p class=\"meta\">People, organisations and places acting as ")
                .append("governments, each spelling merged into one actor; the most present first.</p>\n")
                .append("<table><caption class=\"meta\">").append(actors.size()).append(" actors</caption><thead><tr><th scope=\"col\">Name</th>")
                .append("<th scope=\"col\">Type</th><th scope=\"col\">Statements</th><th scope=\"col\">Articles</th><th scope=\"col\">Also written</th>")
                .append("</tr></thead><tbody>\n");
        for (ActorSummary actor : actors) {
            body.append("<tr><td><a href=\"/actors/").append(actor.id()).append("\">").append(Html.escape(actor.name())).append("</a></td><td>")
                    .append(actor.type().name().toLowerCase(Locale.ROOT)).append("</td><td>").append(actor.quotes()).append("</td><td>")
                    .append(actor.articles()).append("</td><td>")
                    .append(Html.escape(String.join(", ", actor.aliases().stream().filter(alias -> !alias.equals(actor.name())).limit(4).toList())))
                    .append("</td></tr>\n");
        }
        body.append("</tbody></table>\n");
        return Layout.page("Actors", Layout.Section.ACTORS, body.toString());
    }

    static String actor(ActorDetail detail, List<StoryPositions> positions) {
        ActorSummary actor = detail.actor();
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(actor.name())).append("</h1>\n<p class=\"meta\">")
                .append(actor.type().name().toLowerCase(Locale.ROOT)).append(" · ").append(actor.quotes()).append(" statements · named in ")
                .append(actor.articles()).append(" articles</p>\n");
        body.append("<h2>Names and roles</h2>\n<ul>\n");
        body.append("<li>Written as: ").append(Html.escape(String.join(", ", actor.aliases()))).append("</li>\n");
        for (String role : detail.roles()) {
            body.append("<li>").append(Html.escape(role)).append("</li>\n");
        }
        body.append("</ul>\n");

        SortedMap<String, Integer> perDay = new TreeMap<>();
        for (QuoteRecord quote : detail.quotes()) {
            if (quote.saidOn() != null) {
                perDay.merge(quote.saidOn().date().toString(), 1, Integer::sum);
            }
        }
        body.append("<h2>Statements over time</h2>\n<div class=\"chart-box\"><canvas class=\"over-time\" data-label=\"statements\" role=\"img\" ")
                .append("aria-label=\"Statements per day said: ").append(Html.escape(perDay.toString())).append("\" data-series=\"")
                .append(Html.escape(Json.line(perDay))).append("\"></canvas></div>\n");
        PositionPages.actorPanel(body, positions, actor.id());
        body.append("<h2>Statements</h2>\n");
        if (detail.quotes().isEmpty()) {
            body.append("<p>No statement attributed to this actor.</p>\n");
        }
        for (QuoteRecord quote : detail.quotes()) {
            body.append(QuotePages.quote(quote, List.of()));
        }
        body.append("<h2>Named with</h2>\n<ul>\n");
        for (ActorDetail.CoMention other : detail.coMentioned()) {
            body.append("<li><a href=\"/actors/").append(other.id()).append("\">").append(Html.escape(other.name())).append("</a> <span class=\"meta\">")
                    .append(other.articles()).append(other.articles() == 1 ? " article" : " articles").append("</span></li>\n");
        }
        body.append("</ul>\n");
        return Layout.page(actor.name(), Layout.Section.ACTORS, body.toString());
    }
}
