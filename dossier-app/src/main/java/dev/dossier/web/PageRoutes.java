package dev.dossier.web;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.StoryPositions;
import dev.dossier.model.ActorDetail;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.PositionMatrix;
import dev.dossier.model.QuoteQuery;
import dev.dossier.model.StoryDetail;
import dev.dossier.model.StorySummary;
import dev.dossier.model.TextSpan;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The handlers of the web app's pages: each reads validated parameters, asks the engine, renders a page. */
final class PageRoutes {

    static final int STORIES_PER_PAGE = 20;
    static final int ARTICLES_PER_PAGE = 50;
    static final int QUOTES_PER_PAGE = 100;
    static final int ACTORS_LISTED = 300;
    private static final Pattern SPAN = Pattern.compile("(\\d{1,9})-(\\d{1,9})");

    private final Dossier dossier;

    PageRoutes(Dossier dossier) {
        this.dossier = dossier;
    }

    void home(Context ctx) {
        LocalDate since = Params.date(ctx, "since");
        LocalDate until = Params.date(ctx, "until");
        Params.requireOrdered(since, until);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<StorySummary> stories = dossier.stories(since, until, STORIES_PER_PAGE + 1, offset);
        boolean more = stories.size() > STORIES_PER_PAGE;
        List<StorySummary> shown = more ? stories.subList(0, STORIES_PER_PAGE) : stories;
        ctx.html(StoryPages.home(shown, dossier.storyVolumes(shown.stream().map(StorySummary::id).toList()), since, until, offset,
                STORIES_PER_PAGE, more));
    }

    void story(Context ctx) {
        Optional<StoryDetail> story = dossier.storyDetail(ctx.pathParam("id"));
        if (story.isEmpty()) {
            notFound(ctx, "No story with id " + ctx.pathParam("id"));
            return;
        }
        if (!story.get().story().id().equals(ctx.pathParam("id"))) {
            ctx.redirect("/stories/" + Html.urlEncode(story.get().story().id()), HttpStatus.MOVED_PERMANENTLY); // merged into another
            return;
        }
        ctx.html(StoryPages.story(story.get(), dossier.positions(story.get().story().id()).map(StoryPositions::matrix).orElse(PositionMatrix.EMPTY)));
    }

    void quotes(Context ctx) {
        String words = Params.text(ctx, "q");
        LocalDate since = Params.date(ctx, "since");
        LocalDate until = Params.date(ctx, "until");
        Params.requireOrdered(since, until);
        QuoteQuery query = new QuoteQuery(Params.text(ctx, "speaker"), words, since, until, Params.text(ctx, "story"), QUOTES_PER_PAGE);
        ctx.html(QuotePages.search(words, query, dossier.quotes(query)));
    }

    void actors(Context ctx) {
        ctx.html(ActorPages.list(dossier.actors(ACTORS_LISTED)));
    }

    void actor(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            notFound(ctx, "No actor with id " + ctx.pathParam("id"));
            return;
        }
        Optional<ActorDetail> actor = dossier.actor(id);
        if (actor.isEmpty()) {
            notFound(ctx, "No actor with id " + id);
            return;
        }
        ctx.html(ActorPages.actor(actor.get(), dossier.positions(null, actor.get().actor().name(), null)));
    }

    void deadlines(Context ctx) {
        ctx.html(DeadlinePages.list(dossier.deadlines(Params.date(ctx, "since"), Params.date(ctx, "until")), dossier.coverageUntil()));
    }

    void articles(Context ctx) {
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        ctx.html(ArticlePages.list(dossier.articles(ARTICLES_PER_PAGE, offset), dossier.articleCount(), offset, ARTICLES_PER_PAGE));
    }

    void article(Context ctx) {
        Optional<CleanArticle> found = dossier.article(ctx.pathParam("id"));
        if (found.isEmpty()) {
            notFound(ctx, "No article with id " + ctx.pathParam("id"));
            return;
        }
        CleanArticle article = found.get();
        TextSpan asked = null;
        String mark = Params.text(ctx, "mark");
        if (mark != null) {
            Matcher span = SPAN.matcher(mark);
            if (!span.matches() || Integer.parseInt(span.group(2)) < Integer.parseInt(span.group(1))) {
                throw new BadRequest("invalid_parameter", "mark must be a span such as 120-245: " + mark);
            }
            asked = new TextSpan(Integer.parseInt(span.group(1)), Integer.parseInt(span.group(2)));
        }
        ctx.html(ArticlePages.article(article, dossier.quotesOf(article.id()), dossier.mentionsOf(article.id()),
                dossier.storyOf(article.id()).orElse(null), dossier.relatedArticles(article.id()),
                dossier.analysisSkipped(article.id()).orElse(null), asked));
    }

    private static void notFound(Context ctx, String what) {
        ctx.status(HttpStatus.NOT_FOUND).html(ArticlePages.notFound(what));
    }
}
