package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements and actors through the CLI, on three short fictional reports: a wire story, its trimmed
 * copy in another outlet (with an ellipsis), and a report that spells the speaker differently.
 */
class QuotesCliTest {


    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void ingest() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("wire.txt"), String.join("\n",
                "title: Ministers meet in Haldeby",
                "outlet: Continental Wire Service",
                "published: 2026-03-13T18:00:00Z",
                "",
                "Kestria's foreign minister, Arkady Voronel, met his Valdorian counterpart in Haldeby on Wednesday.",
                "\"We came with open hands, and we will leave with open hands, whatever is said in Valdor,\" Voronel told reporters on Wednesday.",
                "A senior diplomat said the talks had been \"useful but cold\".",
                "Voronel said that President Ruslavin is ready to meet Valdoria's president in Haldeby."), StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("copy.txt"), String.join("\n",
                "title: Kestria and Valdoria talk in Haldeby",
                "outlet: Eastgate Herald",
                "published: 2026-03-13T19:30:00Z",
                "",
                "Kestrian Foreign Minister Arkadiy Voronel met Valdoria's foreign minister in Haldeby this week.",
                "\"We came with open hands … whatever is said in Valdor,\" Voronel said."), StandardCharsets.UTF_8);
        db = dir.resolve("quotes.db").toString();
        CliRun run = CliRun.of("--db", db, "ingest", "-q", inputs.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }


    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void listsStatementsWithTheContractFieldsAndAllTheirSources() throws IOException {
        List<JsonNode> quotes = CliRun.of("--db", db, "quotes", "--json").json();

        assertThat(quotes).allSatisfy(q -> assertThat(fields(q)).contains(
                "id", "kind", "text", "speaker", "speakerMention", "cue", "articleId", "start", "end", "saidOn", "sources"));
        JsonNode openHands = quotes.stream().filter(q -> q.get("text").asText().startsWith("We came with open hands")).findFirst().orElseThrow();
        assertThat(openHands.get("speaker").get("name").asText()).isIn("Arkady Voronel", "Arkadiy Voronel");
        assertThat(openHands.get("kind").asText()).isEqualTo("direct");
        assertThat(openHands.get("saidOn").asText()).isEqualTo("2026-03-11");
        assertThat(openHands.get("sources")).extracting(s -> s.get("outlet").asText())
                .containsExactlyInAnyOrder("Continental Wire Service", "Eastgate Herald");
        assertThat(quotes).filteredOn(q -> q.get("text").asText().startsWith("We came")).hasSize(1);
    }

    @Test
    void findsASpeakerByAnySpellingOfTheName() throws IOException {
        List<JsonNode> byVariant = CliRun.of("--db", db, "quotes", "--json", "--speaker", "Arkadiy Voronel").json();
        List<JsonNode> bySurname = CliRun.of("--db", db, "quotes", "--json", "--speaker", "Voronel").json();

        assertThat(byVariant).isNotEmpty().extracting(q -> q.get("speaker").get("id").asLong()).containsOnly(byVariant.get(0).get("speaker").get("id").asLong());
        assertThat(bySurname).hasSameSizeAs(byVariant);
        assertThat(byVariant).anySatisfy(q -> assertThat(q.get("kind").asText()).isEqualTo("indirect"));
    }

    @Test
    void keepsAnonymousSourcesAnonymous() throws IOException {
        JsonNode useful = CliRun.of("--db", db, "quotes", "--json", "--about", "useful cold").json().get(0);

        assertThat(useful.get("speaker").isNull()).isTrue();
        assertThat(useful.get("speakerKind").asText()).isEqualTo("anonymous");
        assertThat(useful.get("speakerMention").asText()).isEqualTo("A senior diplomat");
    }

    @Test
    void listsActorsWithTheirVariants() throws IOException {
        List<JsonNode> actors = CliRun.of("--db", db, "entities", "--json").json();

        JsonNode voronel = actors.stream().filter(a -> a.get("name").asText().startsWith("Arkad")).findFirst().orElseThrow();
        assertThat(actors).filteredOn(a -> a.get("name").asText().contains("Voronel")).hasSize(1);
        assertThat(fields(voronel)).startsWith("id", "name", "type", "aliases", "mentions", "articles");
        assertThat(voronel.get("aliases")).extracting(JsonNode::asText).contains("Arkady Voronel", "Arkadiy Voronel", "Voronel");
        assertThat(voronel.get("articles").asInt()).isEqualTo(2);
    }

    @Test
    void listsAnArticlesDatesResolvedAgainstItsPublicationDay() throws IOException {
        JsonNode quote = CliRun.of("--db", db, "quotes", "--json", "--about", "open hands").json().get(0);
        String wireId = null;
        for (JsonNode source : quote.get("sources")) {
            if (source.get("outlet").asText().equals("Continental Wire Service")) {
                wireId = source.get("articleId").asText();
            }
        }

        List<JsonNode> dates = CliRun.of("--db", db, "dates", "--json", wireId).json();

        assertThat(dates).anySatisfy(d -> {
            assertThat(d.get("text").asText()).isEqualTo("Wednesday");
            assertThat(d.get("value").asText()).isEqualTo("2026-03-11");
            assertThat(d.get("type").asText()).isEqualTo("DATE");
            assertThat(d.get("resolved").asBoolean()).isTrue();
        });
        assertThat(CliRun.of("--db", db, "dates", "0000000000000000").exitCode()).isEqualTo(1);
    }

    @Test
    void buildsAnActorsTimelineOfStatementsAndEventsWithTheirSources() throws IOException {
        List<JsonNode> timeline = CliRun.of("--db", db, "timeline", "--json", "--entity", "Arkadiy Voronel").json();

        assertThat(timeline).allSatisfy(entry -> assertThat(fields(entry)).startsWith("date", "precision", "text", "kind"));
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.get("kind").asText()).isEqualTo("event");
            assertThat(entry.get("date").asText()).isEqualTo("2026-03-11");
            assertThat(entry.get("text").asText()).contains("met his Valdorian counterpart in Haldeby on Wednesday");
        });
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.get("kind").asText()).isEqualTo("statement");
            assertThat(entry.get("text").asText()).startsWith("We came with open hands");
            assertThat(entry.get("sources")).hasSize(2);
        });
        assertThat(timeline).extracting(entry -> entry.get("date").asText()).isSorted();
        assertThat(CliRun.of("--db", db, "timeline", "--entity", "Nobody Known").out()).contains("0 entries");
    }

    @Test
    void showsAnArticleWithItsStatementsMarkedAtTheirSpans() throws IOException {
        JsonNode quote = CliRun.of("--db", db, "quotes", "--json", "--about", "open hands").json().get(0);
        String articleId = quote.get("sources").get(0).get("articleId").asText();

        JsonNode article = CliRun.of("--db", db, "show", "--json", articleId).json().get(0);
        for (JsonNode q : article.get("quotes")) {
            assertThat(article.get("text").asText().substring(q.get("start").asInt(), q.get("end").asInt()))
                    .isEqualTo(q.get("text").asText());
        }
        assertThat(CliRun.of("--db", db, "show", articleId).out()).contains("⟪We came with open hands", "⟫[", "Voronel — direct");
    }
}
