package dev.dossier.web;

import dev.dossier.engine.ArticleView;
import dev.dossier.engine.DateView;
import dev.dossier.engine.DeadlineView;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.EntityView;
import dev.dossier.engine.Json;
import dev.dossier.engine.PositionMatrixView;
import dev.dossier.engine.PositionView;
import dev.dossier.engine.QuoteView;
import dev.dossier.engine.SearchView;
import dev.dossier.engine.StoryView;
import dev.dossier.engine.TimelineView;
import dev.dossier.model.ActorDetail;
import dev.dossier.model.ArticleQuery;
import dev.dossier.model.QuoteQuery;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dossier's HTTP server: a JSON API under {@code /api} and server-rendered pages, on Javalin.
 * Binds to the address it is given (127.0.0.1 by default, so only this machine can reach it).
 *
 * <p>Lifecycle: {@link #start} listens at once; {@link #close} stops. Requests are served on
 * Jetty's threads; the engine serialises store access.
 */
public final class WebServer implements AutoCloseable {

    static final int MAX_PAGE = 500;
    private static final long MAX_REQUEST_BYTES = 1 << 20;
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";

    private final Javalin app;
    private final String host;

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts the server with HTTP ingest off. */
    public static WebServer start(Dossier dossier, String host, int port) {
        return start(dossier, host, port, null);
    }

    /**
     * Starts the web app and API on {@code host:port} (port 0: any free port).
     *
     * @param ingestToken the bearer token that {@code POST /api/ingest} requires, or null to refuse every ingest over HTTP
     */
    public static WebServer start(Dossier dossier, String host, int port, String ingestToken) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        Routes routes = new Routes(dossier);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.routes.before(WebServer::securityHeaders);
            config.routes.get("/api/health", routes::health);
            config.routes.get("/api/articles", routes::articles);
            config.routes.get("/api/articles/{id}", routes::article);
            config.routes.get("/api/search", routes::search);
            config.routes.get("/api/quotes", routes::quotes);
            config.routes.get("/api/entities", routes::entities);
            config.routes.get("/api/entities/{id}", routes::entity);
            config.routes.get("/api/timeline", routes::timeline);
            config.routes.get("/api/articles/{id}/dates", routes::dates);
            config.routes.get("/api/stories", routes::stories);
            config.routes.get("/api/stories/{id}", routes::story);
            config.routes.get("/api/stories/{id}/positions", routes::storyPositions);
            config.routes.get("/api/positions", routes::positions);
            config.routes.get("/api/deadlines", routes::deadlines);
            config.routes.post("/api/ingest", new HttpIngest(dossier, ingestToken)::handle);
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            PageRoutes pages = new PageRoutes(dossier);
            config.routes.get("/", pages::home);
            config.routes.get("/stories/{id}", pages::story);
            config.routes.get("/quotes", pages::quotes);
            config.routes.get("/actors", pages::actors);
            config.routes.get("/actors/{id}", pages::actor);
            config.routes.get("/deadlines", pages::deadlines);
            config.routes.get("/articles", pages::articles);
            config.routes.get("/articles/{id}", pages::article);
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(OpenApi.document()));
            config.routes.exception(BadRequest.class, (e, ctx) -> {
                if (ctx.path().startsWith("/api/")) {
                    error(ctx, HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
                } else {
                    ctx.status(HttpStatus.BAD_REQUEST).html(Layout.page("Bad request", Layout.Section.NONE,
                            "<h1>Bad request</h1>\n<p>" + Html.escape(e.getMessage()) + "</p>\n"));
                }
            });
            // a query the model refuses (until before since): the request's fault, said as such
            config.routes.exception(IllegalArgumentException.class,
                    (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "invalid_parameter", e.getMessage()));
            // Javalin answers an unmatched path by throwing NotFoundResponse, whose default body is
            // plain text; an error(404) handler would also overwrite the 404s the routes answer themselves.
            config.routes.exception(NotFoundResponse.class, (e, ctx) -> notFound(ctx));
        });
        app.start();
        return new WebServer(app, host);
    }

    public int port() {
        return app.port();
    }

    /** The base address, e.g. {@code http://127.0.0.1:7070/}. */
    public String url() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** No route for the path: a JSON error under {@code /api}, a page elsewhere. */
    private static void notFound(Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            error(ctx, HttpStatus.NOT_FOUND, "not_found", "no such endpoint: " + ctx.path());
        } else {
            ctx.status(HttpStatus.NOT_FOUND).html(ArticlePages.notFound("No page at " + ctx.path()));
        }
    }

    static void json(Context ctx, Object view) {
        ctx.contentType("application/json; charset=utf-8").result(Json.line(view));
    }

    static void error(Context ctx, HttpStatus status, String code, String message) {
        ctx.status(status);
        json(ctx, ApiError.of(code, message));
    }

    /** The view as JSON when there is one, else a JSON not_found error with the message. */
    static void jsonOrNotFound(Context ctx, Optional<?> view, String missing) {
        if (view.isPresent()) {
            json(ctx, view.get());
        } else {
            error(ctx, HttpStatus.NOT_FOUND, "not_found", missing);
        }
    }

    /** The handlers, over one engine. */
    private static final class Routes {
        private final Dossier dossier;

        Routes(Dossier dossier) {
            this.dossier = dossier;
        }

        void health(Context ctx) {
            json(ctx, Map.of("status", "ok", "articles", dossier.articleCount()));
        }

        void articles(Context ctx) {
            int limit = Params.integer(ctx, "limit", 50, 1, MAX_PAGE);
            int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
            LocalDate since = Params.date(ctx, "since");
            LocalDate until = Params.date(ctx, "until");
            Params.requireOrdered(since, until);
            ArticleQuery query = new ArticleQuery(Params.text(ctx, "outlet"), Params.text(ctx, "actor"), since, until, limit, offset);
            List<ArticleView> items = dossier.articles(query).stream().map(ArticleView::of).toList();
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("total", query.filtered() ? null : dossier.articleCount());
            page.put("limit", limit);
            page.put("offset", offset);
            page.put("items", items);
            json(ctx, page);
        }

        void article(Context ctx) {
            jsonOrNotFound(ctx, dossier.article(ctx.pathParam("id")).map(ArticleView::of), "no article with id " + ctx.pathParam("id"));
        }

        void search(Context ctx) {
            String query = ctx.queryParam("q");
            if (query == null || query.isBlank()) {
                throw new BadRequest("missing_parameter", "parameter q (the search words) is required");
            }
            if (query.length() > 1000) {
                throw new BadRequest("invalid_parameter", "parameter q is longer than 1000 characters");
            }
            int limit = Params.integer(ctx, "limit", 20, 1, MAX_PAGE);
            List<SearchView> items = dossier.search(query, limit).stream().map(SearchView::of).toList();
            json(ctx, Map.of("query", query, "items", items));
        }

        void quotes(Context ctx) {
            QuoteQuery query = new QuoteQuery(Params.text(ctx, "speaker"), Params.text(ctx, "about"), Params.date(ctx, "since"),
                    Params.date(ctx, "until"), Params.text(ctx, "story"), Params.integer(ctx, "limit", 50, 1, MAX_PAGE));
            json(ctx, Map.of("items", dossier.quotes(query).stream().map(QuoteView::of).toList()));
        }

        void entities(Context ctx) {
            json(ctx, Map.of("items", dossier.actors(Params.integer(ctx, "limit", 100, 1, MAX_PAGE)).stream().map(EntityView::of).toList()));
        }

        void entity(Context ctx) {
            Optional<ActorDetail> actor = Optional.empty();
            try {
                actor = dossier.actor(Long.parseLong(ctx.pathParam("id")));
            } catch (NumberFormatException e) {
                // not an actor id: answered as unknown below
            }
            jsonOrNotFound(ctx, actor.map(EntityView.Detail::of), "no actor with id " + ctx.pathParam("id"));
        }

        void timeline(Context ctx) {
            String entity = Params.text(ctx, "entity");
            String story = Params.text(ctx, "story");
            if ((entity == null) == (story == null)) {
                throw new BadRequest("missing_parameter", "give one of entity (an actor's name, any spelling) or story (a story id)");
            }
            LocalDate since = Params.date(ctx, "since");
            LocalDate until = Params.date(ctx, "until");
            List<TimelineView> entries = (story != null ? dossier.storyTimeline(story, since, until) : dossier.timeline(entity, since, until))
                    .stream().map(TimelineView::of).toList();
            json(ctx, story != null ? Map.of("story", story, "items", entries) : Map.of("entity", entity, "items", entries));
        }

        void deadlines(Context ctx) {
            LocalDate since = Params.date(ctx, "since");
            LocalDate until = Params.date(ctx, "until");
            Params.requireOrdered(since, until);
            LocalDate coverage = dossier.coverageUntil();
            json(ctx, Map.of("items", dossier.deadlines(since, until).stream().map(d -> DeadlineView.of(d, coverage)).toList()));
        }

        void stories(Context ctx) {
            int limit = Params.integer(ctx, "limit", 50, 1, MAX_PAGE);
            int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
            LocalDate since = Params.date(ctx, "since");
            LocalDate until = Params.date(ctx, "until");
            Params.requireOrdered(since, until);
            List<StoryView> items = dossier.stories(since, until, limit, offset).stream()
                    .map(story -> StoryView.of(story, dossier.briefing(story))).toList();
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("limit", limit);
            page.put("offset", offset);
            page.put("items", items);
            json(ctx, page);
        }

        void story(Context ctx) {
            jsonOrNotFound(ctx, dossier.storyDetail(ctx.pathParam("id")).map(StoryView.Detail::of), "no story with id " + ctx.pathParam("id"));
        }

        void storyPositions(Context ctx) {
            jsonOrNotFound(ctx, dossier.positions(ctx.pathParam("id")).map(found -> PositionMatrixView.of(found.story().id(), found.matrix())),
                    "no story with id " + ctx.pathParam("id"));
        }

        void positions(Context ctx) {
            String story = Params.text(ctx, "story");
            if (story != null && dossier.story(story).isEmpty()) {
                error(ctx, HttpStatus.NOT_FOUND, "not_found", "no story with id " + story);
                return;
            }
            List<PositionView> items = dossier.positions(story, Params.text(ctx, "actor"), Params.text(ctx, "issue")).stream()
                    .flatMap(found -> PositionView.all(found).stream()).toList();
            json(ctx, Map.of("items", items));
        }

        void dates(Context ctx) {
            jsonOrNotFound(ctx, dossier.dates(ctx.pathParam("id")).map(dates -> Map.of("items", dates.stream().map(DateView::of).toList())),
                    "no article with id " + ctx.pathParam("id"));
        }


    }
}
