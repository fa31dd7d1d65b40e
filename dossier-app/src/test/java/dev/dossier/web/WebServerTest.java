package dev.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestRequest;
import dev.dossier.pipeline.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP server as a client sees it: a real server on a random port over a real SQLite store,
 * filled by a real ingest of a text dump, an HTML page and a hostile text whose title and body
 * carry a script tag, quotes and ampersands.
 */
class WebServerTest {

    private static final String HOSTILE_TITLE = "Minister quotes <script>alert(1)</script> with \"quotes\" & ampersands";
    private static final String HOSTILE_PARAGRAPH =
            "The statement read <script>alert(1)</script> in full, with \"quotes\" & ampersands kept as they were.";
    private static final Set<String> ARTICLE_FIELDS = Set.of("id", "title", "outlet", "url", "published", "publishedFrom",
            "language", "text", "origin", "author", "fetchedAt", "paragraphs");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Dossier dossier;
    private static WebServer server;
    private static HttpClient client;

    @BeforeAll
    static void startServerOverIngestedStore() throws IOException {
        Path inputs = Files.createDirectory(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("hostile.txt"), "title: " + HOSTILE_TITLE + "\n"
                + "outlet: Test Wire\n"
                + "url: https://wire.example/hostile\n"
                + "published: 2026-03-12T10:00:00Z\n"
                + "\n"
                + HOSTILE_PARAGRAPH + "\n"
                + "\n"
                + "A second paragraph about the harbour agreement signed in Haldeby.\n", StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("monitors.html"), """
                <!doctype html>
                <html lang="en">
                <head>
                <title>Ceasefire monitors arrive in Tesmir | Eastgate Herald</title>
                <meta property="og:title" content="Ceasefire monitors arrive in Tesmir">
                <meta property="og:site_name" content="Eastgate Herald">
                <meta property="article:published_time" content="2026-03-14T08:00:00Z">
                <link rel="canonical" href="https://eastgate.example/monitors">
                </head>
                <body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article>
                <h1>Ceasefire monitors arrive in Tesmir</h1>
                <p>Unarmed ceasefire monitors from Lindmark arrived in Tesmir on Saturday morning, officials said.</p>
                <p>The monitors will patrol the Orsk river crossings for an initial period of ninety days.</p>
                <p>Both governments have promised the teams free access to the front line &amp; the river.</p>
                </article>
                </body>
                </html>
                """, StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("talks.txt"), """
                Ministers agree to meet again next week

                The foreign ministers of Kestria and Valdoria agreed on Wednesday to hold a second round of talks.

                No date has been set for a meeting of the two presidents.
                """, StandardCharsets.UTF_8);

        Files.writeString(inputs.resolve("quote.txt"), String.join("\n",
                "title: Halvorsen sets the date", "outlet: Lindmark Radio", "published: 2026-03-13T18:00:00Z", "",
                "Lindmark's foreign minister, Signe Halvorsen, met both presidents in Haldeby on Wednesday.",
                "\"The date stands,\" Halvorsen told reporters on Wednesday."), StandardCharsets.UTF_8);

        Clock clock = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);
        dossier = Dossier.open(new DossierConfig(dir.resolve("dossier.db"), clock, null));
        RunReport report = dossier.ingest(IngestRequest.of(List.of(inputs.toString())), InputStream::nullInputStream,
                IngestListener.NONE).run();
        assertThat(report.rejections()).isEmpty();
        assertThat(report.articlesStored()).isEqualTo(4);

        server = WebServer.start(dossier, "127.0.0.1", 0);
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        if (dossier != null) {
            dossier.close();
        }
    }

    @Test
    void healthReportsOkAndTheArticleCount() throws Exception {
        HttpResponse<String> response = get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asText()).isEqualTo("ok");
        assertThat(body.path("articles").asLong()).isEqualTo(4);
    }

    @Test
    void listsArticlesAsAPageWithTheContractFields() throws Exception {
        HttpResponse<String> response = get("/api/articles");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode page = JSON.readTree(response.body());
        assertThat(fieldNames(page)).containsExactly("total", "limit", "offset", "items");
        assertThat(page.path("total").asLong()).isEqualTo(4);
        assertThat(page.path("limit").asInt()).isEqualTo(50);
        assertThat(page.path("offset").asInt()).isZero();
        assertThat(page.path("items")).hasSize(4);
        for (JsonNode item : page.path("items")) {
            assertThat(fieldNames(item)).containsExactlyInAnyOrderElementsOf(ARTICLE_FIELDS);
            assertThat(fieldNames(item.path("origin"))).containsExactlyInAnyOrder("source", "record", "url");
        }
        assertThat(page.path("items").get(0).path("title").asText()).isEqualTo("Ceasefire monitors arrive in Tesmir");
        assertThat(page.path("items").get(0).path("published").asText()).isEqualTo("2026-03-14T08:00:00Z");
        assertThat(page.path("items").get(3).path("published").isNull()).isTrue();
    }

    @Test
    void pagesThroughArticlesWithLimitAndOffset() throws Exception {
        List<String> allIds = ids(JSON.readTree(get("/api/articles").body()).path("items"));

        JsonNode page = JSON.readTree(get("/api/articles?limit=1&offset=1").body());

        assertThat(page.path("total").asLong()).isEqualTo(4);
        assertThat(page.path("limit").asInt()).isEqualTo(1);
        assertThat(page.path("offset").asInt()).isEqualTo(1);
        assertThat(ids(page.path("items"))).containsExactly(allIds.get(1));
    }

    @Test
    void returnsAKnownArticleByIdWithItsTextUnchanged() throws Exception {
        String id = idOfTitle(HOSTILE_TITLE);

        HttpResponse<String> response = get("/api/articles/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode article = JSON.readTree(response.body());
        assertThat(article.path("id").asText()).isEqualTo(id);
        assertThat(article.path("title").asText()).isEqualTo(HOSTILE_TITLE);
        assertThat(article.path("text").asText()).startsWith(HOSTILE_PARAGRAPH);
        assertThat(article.path("outlet").asText()).isEqualTo("Test Wire");
        assertThat(article.path("paragraphs")).hasSize(2);
    }

    @Test
    void listsStoriesWithTheContractFieldsAndServesEachWithItsBriefingAndTimeline() throws Exception {
        JsonNode page = JSON.readTree(get("/api/stories").body());

        assertThat(page.path("items").size()).isPositive();
        JsonNode first = page.path("items").get(0);
        assertThat(fieldNames(first)).contains("id", "title", "articles", "outlets", "first", "last", "actors", "briefing");
        String id = first.path("id").asText();

        HttpResponse<String> story = get("/api/stories/" + id);
        assertThat(story.statusCode()).isEqualTo(200);
        assertThat(fieldNames(JSON.readTree(story.body()))).contains("briefing", "quotes", "timeline", "articles", "related");
        HttpResponse<String> timeline = get("/api/timeline?story=" + id);
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(timeline.body()).path("story").asText()).isEqualTo(id);
    }

    @Test
    void servesPositionsAcrossStoriesAndAStorysMatrix() throws Exception {
        JsonNode positions = JSON.readTree(get("/api/positions").body());
        assertThat(positions.path("items").isArray()).isTrue();
        for (JsonNode position : positions.path("items")) {
            assertThat(fieldNames(position)).contains("actor", "issue", "stance", "condition", "saidOn", "quoteId", "sources", "story");
        }
        String id = JSON.readTree(get("/api/stories").body()).path("items").get(0).path("id").asText();
        HttpResponse<String> matrix = get("/api/stories/" + id + "/positions");
        assertThat(matrix.statusCode()).isEqualTo(200);
        assertThat(fieldNames(JSON.readTree(matrix.body()))).contains("story", "issues", "cells", "changes");
        assertThat(get("/api/stories/s0000/positions").statusCode()).isEqualTo(404);
        assertThat(get("/api/positions?story=s0000").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/api/positions?actor=Nobody%20Atall").body()).path("items").size()).isZero();
    }

    @Test
    void filtersArticlesByOutletActorAndDays() throws Exception {
        JsonNode byOutlet = JSON.readTree(get("/api/articles?outlet=eastgate%20herald").body());
        JsonNode byActor = JSON.readTree(get("/api/articles?actor=Halvorsen").body());
        JsonNode byDays = JSON.readTree(get("/api/articles?since=2026-03-13&until=2026-03-13").body());

        assertThat(byOutlet.path("items")).extracting(item -> item.path("outlet").asText()).containsOnly("Eastgate Herald");
        assertThat(byOutlet.path("total").isNull()).isTrue();
        assertThat(byActor.path("items")).extracting(item -> item.path("title").asText()).containsExactly("Halvorsen sets the date");
        assertThat(byDays.path("items")).extracting(item -> item.path("published").asText()).allMatch(day -> day.startsWith("2026-03-13"));
        assertThat(get("/api/articles?since=2026-03-14&until=2026-03-01").statusCode()).isEqualTo(400);
    }

    @Test
    void servesAnActorWithItsStatementsAndNeighbours() throws Exception {
        long id = JSON.readTree(get("/api/entities").body()).path("items").get(0).path("id").asLong();

        JsonNode actor = JSON.readTree(get("/api/entities/" + id).body());

        assertThat(fieldNames(actor)).contains("id", "name", "aliases", "roles", "statements", "coMentioned");
        assertThat(get("/api/entities/999999").statusCode()).isEqualTo(404);
        assertThat(get("/api/entities/x").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../../../../etc/passwd", "/static/..%2f..%2f..%2fpom.xml", "/webjars/../../etc/passwd",
            "/static/%2e%2e/%2e%2e/dossier.db", "/articles/..%2f..%2fetc%2fpasswd"})
    void servesNoFileOutsideItsOwnStaticResources(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.body()).doesNotContain("root:", "<artifactId>", "SQLite format");
    }

    @Test
    void describesEveryApiRouteInItsOpenApiDocument() throws Exception {
        HttpResponse<String> response = get("/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(fieldNames(document.path("paths"))).containsExactlyInAnyOrder("/api/health", "/api/articles", "/api/articles/{id}",
                "/api/articles/{id}/dates", "/api/search", "/api/quotes", "/api/entities", "/api/entities/{id}", "/api/timeline", "/api/stories",
                "/api/stories/{id}", "/api/stories/{id}/positions", "/api/positions", "/api/deadlines", "/api/ingest");
    }

    @Test
    void refusesIngestOverHttpWhenNoTokenIsSet() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.url() + "api/ingest"))
                .POST(HttpRequest.BodyPublishers.ofString("title: X\n\nSome text.")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("ingest_disabled");
    }

    @Test
    void ingestsOverHttpOnlyWithTheRightTokenAndWithinTheSizeLimit() throws Exception {
        try (Dossier own = Dossier.open(new DossierConfig(dir.resolve("http-ingest.db"), Clock.systemUTC(), null));
                WebServer guarded = WebServer.start(own, "127.0.0.1", 0, "s3cret-token")) {
            URI ingest = URI.create(guarded.url() + "api/ingest");
            String document = "title: Observers reach the Malka bridge\noutlet: Test Wire\npublished: 2026-03-16T09:00:00Z\n\n"
                    + "Lindmark's observers reached the Malka bridge on Monday, the foreign ministry in Stavne said.\n";
            HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(ingest).POST(HttpRequest.BodyPublishers.ofString(document))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(ingest).header("Authorization", "Bearer guess")
                    .POST(HttpRequest.BodyPublishers.ofString(document)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> huge = client.send(HttpRequest.newBuilder(ingest).header("Authorization", "Bearer s3cret-token")
                    .POST(HttpRequest.BodyPublishers.ofString("x".repeat(3 << 20))).build(), HttpResponse.BodyHandlers.ofString());
            long before = own.articleCount();
            HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(ingest).header("Authorization", "Bearer s3cret-token")
                    .POST(HttpRequest.BodyPublishers.ofString(document)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(errorCode(anonymous)).isEqualTo("unauthorized");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(huge.statusCode()).isEqualTo(413);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
            assertThat(JSON.readTree(accepted.body()).path("articlesStored").asInt()).isEqualTo(1);
            assertThat(own.articleCount()).isEqualTo(before + 1);
        }
    }

    @Test
    void answersAnUnknownStoryWithNotFoundAndAnAmbiguousTimelineWithBadRequest() throws Exception {
        HttpResponse<String> story = get("/api/stories/s0000");
        assertThat(story.statusCode()).isEqualTo(404);
        assertThat(errorCode(story)).isEqualTo("not_found");

        HttpResponse<String> both = get("/api/timeline?story=s1&entity=Halvorsen");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(errorCode(both)).isEqualTo("missing_parameter");
        assertThat(get("/api/stories?since=2026-03-20&until=2026-03-01").statusCode()).isEqualTo(400);
    }

    @Test
    void answersAnUnknownArticleIdWithNotFound() throws Exception {
        HttpResponse<String> response = get("/api/articles/0000000000000000");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("not_found");
        assertThat(JSON.readTree(response.body()).path("error").path("message").asText()).contains("0000000000000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=abc", "limit=0", "limit=100000", "limit=-1", "offset=-1", "offset=x"})
    void rejectsABadPagingParameterWithInvalidParameter(String query) throws Exception {
        HttpResponse<String> response = get("/api/articles?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(errorCode(response)).isEqualTo("invalid_parameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search", "/api/search?q=", "/api/search?q=%20%20"})
    void rejectsASearchWithoutWordsWithMissingParameter(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("missing_parameter");
    }

    @Test
    void answersAnUnknownApiPathWithAJsonNotFound() throws Exception {
        HttpResponse<String> response = get("/api/xyz");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(errorCode(response)).isEqualTo("not_found");
    }

    @Test
    void findsTheMatchingArticleAndMarksTheMatchesInItsSnippet() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + encode("river crossings"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("query").asText()).isEqualTo("river crossings");
        JsonNode items = body.path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("article").path("title").asText()).isEqualTo("Ceasefire monitors arrive in Tesmir");
        assertThat(items.get(0).path("snippet").asText()).contains("[[river]] [[crossings]]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"AND OR ( * NEAR:", "NEAR(monitors river)", "title:monitors", "^river -crossings",
            "monitors AND", "\"unterminated phrase", "*", "( )", "'; DROP TABLE articles; --", "a\\b", "{col1 col2}: x"})
    void answersASearchFullOfQuerySyntaxWithoutAServerError(String query) throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + encode(query));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("items").isArray()).isTrue();
    }

    /** A page without the two scripts every page loads from this origin: nothing else may be a script. */
    private static String withoutOwnScripts(String page) {
        return page.replace("<script defer src=\"" + Layout.CHART_JS + "\"></script>", "")
                .replace("<script defer src=\"/static/dossier.js\"></script>", "");
    }

    @Test
    void theHomePageListsStoriesWithTheirTitlesEscaped() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(withoutOwnScripts(response.body())).contains("Developing stories")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
    }

    @Test
    void theArticlesPageListsArticlesWithTheirTitlesEscaped() throws Exception {
        HttpResponse<String> response = get("/articles");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(withoutOwnScripts(response.body()))
                .contains("Ceasefire monitors arrive in Tesmir")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;quotes&quot; &amp; ampersands")
                .doesNotContain("<script");
    }

    @Test
    void articlePageShowsTitleAndBodyEscaped() throws Exception {
        HttpResponse<String> response = get("/articles/" + idOfTitle(HOSTILE_TITLE));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(withoutOwnScripts(response.body()))
                .contains("<h1>Minister quotes &lt;script&gt;alert(1)&lt;/script&gt; with &quot;quotes&quot; &amp; ampersands</h1>")
                .contains("The statement read &lt;script&gt;alert(1)&lt;/script&gt; in full, with &quot;quotes&quot; &amp; ampersands")
                .doesNotContain("<script");
    }

    @Test
    void articlePageForAnUnknownIdIsAnHtmlNotFound() throws Exception {
        HttpResponse<String> response = get("/articles/%3Cscript%3Enope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(withoutOwnScripts(response.body())).contains("&lt;script&gt;nope").doesNotContain("<script");
    }

    @Test
    void answersAnUnknownPageWithAnHtmlNotFound() throws Exception {
        HttpResponse<String> response = get("/nowhere/%3Cscript%3E");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(withoutOwnScripts(response.body())).contains("Not found").doesNotContain("<script");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles/unknown", "/api/health", "/api/articles", "/api/articles?limit=abc",
            "/api/articles/unknown", "/api/search?q=monitors", "/api/xyz", "/nowhere"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void listsStatementsActorsTimelinesAndDatesAsJson() throws Exception {
        JsonNode quotes = JSON.readTree(get("/api/quotes?speaker=" + encode("Signe Halvorsen")).body()).path("items");
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.path("text").asText()).isEqualTo("The date stands,");
            assertThat(q.path("speaker").path("name").asText()).isEqualTo("Signe Halvorsen");
            assertThat(q.path("saidOn").asText()).isEqualTo("2026-03-11");
        });
        assertThat(JSON.readTree(get("/api/entities").body()).path("items"))
                .anySatisfy(a -> assertThat(a.path("name").asText()).isEqualTo("Signe Halvorsen"));
        JsonNode timeline = JSON.readTree(get("/api/timeline?entity=Halvorsen").body()).path("items");
        assertThat(timeline).extracting(e -> e.path("kind").asText()).contains("statement", "event");
        String id = idOfTitle("Halvorsen sets the date");
        assertThat(JSON.readTree(get("/api/articles/" + id + "/dates").body()).path("items"))
                .anySatisfy(d -> assertThat(d.path("value").asText()).isEqualTo("2026-03-11"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/timeline", "/api/quotes?since=yesterday", "/api/quotes?since=2026-03-10&until=2026-03-01",
            "/api/quotes?limit=0", "/api/articles/0000000000000000/dates"})
    void refusesBadQueriesOfTheNewEndpointsWithJsonErrors(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(errorCode(response)).isIn("missing_parameter", "invalid_parameter", "not_found");
    }

    @Test
    void urlNamesTheLoopbackAddressAndThePortActuallyChosen() {
        assertThat(server.port()).isPositive();
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url()).resolve(pathAndQuery)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String errorCode(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).path("error").path("code").asText();
    }

    private static String idOfTitle(String title) throws Exception {
        for (JsonNode item : JSON.readTree(get("/api/articles").body()).path("items")) {
            if (item.path("title").asText().equals(title)) {
                return item.path("id").asText();
            }
        }
        throw new AssertionError("no stored article titled " + title);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }
}
