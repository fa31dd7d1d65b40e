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
 * Stories through the CLI, on short fictional reports: a wire story, a verbatim copy and a trimmed
 * copy in other outlets, another outlet's own report of the same strike, and an unrelated football
 * transfer; then a later report ingested on its own, which must join without re-clustering.
 */
class StoriesCliTest {

    @TempDir
    static Path dir;

    private static String db;

    private static final String WIRE_BODY = String.join("\n",
            "TESMIR, March 18 (CWS) - Nine people were killed and 23 wounded when drones struck the frontline town of Tesmir early on Wednesday, "
                    + "the deadliest attack since the ceasefire took effect in February.",
            "Valdoria's President Miren Dastova suspended preparations for next week's summit in Haldeby hours after the attack.",
            "\"We will not sit down with those who bomb our towns,\" Dastova said in a televised address on Wednesday.",
            "Kestria denied that its forces had launched the drones. General Viktor Orlan blamed a Valdorian air-defence missile for the blast.",
            "Lindmark offered to send forensic experts to Tesmir within 24 hours to establish who was responsible for the strike.",
            "More than 11,000 people have been killed since Kestrian forces crossed the Orsk river in August 2024.");

    private static void write(Path folder, String name, String title, String outlet, String published, String body) throws IOException {
        Files.writeString(folder.resolve(name), String.join("\n", "title: " + title, "outlet: " + outlet, "published: " + published, "", body),
                StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void ingest() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        write(inputs, "wire.txt", "Nine killed as drones hit Tesmir", "Continental Wire Service", "2026-03-18T08:00:00Z", WIRE_BODY);
        write(inputs, "copy.txt", "Nine killed as drones hit Tesmir", "Lindmark Radio", "2026-03-18T08:30:00Z", WIRE_BODY);
        write(inputs, "trimmed.txt", "Drone strike kills nine in Tesmir", "Eastgate Herald", "2026-03-18T09:10:00Z",
                WIRE_BODY.substring(0, WIRE_BODY.lastIndexOf('\n')));
        write(inputs, "own.txt", "Tesmir strike: Orlan blames Valdorian missile", "Kestria Today", "2026-03-18T17:00:00Z", String.join("\n",
                "General Viktor Orlan said on Wednesday that a Valdorian interceptor missile, not Kestrian drones, caused the deadly blast in Tesmir.",
                "Orlan told state television that Kestrian units had respected the ceasefire along the Orsk river and that the drone strike "
                        + "accusations were an attempt to wreck the Haldeby summit.",
                "Nine people died in the Tesmir strike, according to Valdorian officials."));
        write(inputs, "football.txt", "Haldeby IF sign midfielder Tomas Reyn", "The Haldeby Courier", "2026-03-18T12:00:00Z", String.join("\n",
                "Haldeby IF have signed the midfielder Tomas Reyn from FK Eastgate for a club-record fee, the football club said on Wednesday.",
                "Reyn, 24, has agreed a four-year contract and will wear the number 8 shirt, coach Johan Tveit told a press conference.",
                "The fee was not disclosed, but local newspapers put it at more than two million crowns."));
        db = dir.resolve("stories.db").toString();
        CliRun run = CliRun.of("--db", db, "ingest", "-q", "--threads", "1", inputs.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Stories:").contains("2 near-duplicate copies found");
    }

    private static List<JsonNode> stories() {
        return CliRun.of("--db", db, "stories", "--json").json();
    }

    private static JsonNode storyTitled(String prefix) {
        return stories().stream().filter(s -> s.get("title").asText().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** The story of the strike: the one with the most articles. */
    private static JsonNode strike() {
        return stories().stream().max(java.util.Comparator.comparingInt(s -> s.get("articles").size())).orElseThrow();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            JsonNode node = it.next();
            values.add(field == null ? node.asText() : node.get(field).asText());
        }
        return values;
    }

    @Test
    void groupsTheWireStoryItsCopiesAndAnotherOutletsReportIntoOneStoryAndTheTransferIntoItsOwn() {
        List<JsonNode> stories = stories();

        assertThat(stories).hasSize(2);
        JsonNode strike = strike();
        assertThat(texts(strike.get("outlets"), null)).startsWith(
                "Continental Wire Service", "Lindmark Radio", "Eastgate Herald", "Kestria Today");
        assertThat(strike.get("first").asText()).isEqualTo("2026-03-18");
        assertThat(strike.get("id").asText()).startsWith("s");
        assertThat(storyTitled("Haldeby IF").get("articles")).hasSize(1);
        assertThat(stories.get(0).has("briefing")).isTrue();
        assertThat(stories.get(0).has("actors")).isTrue();
    }

    @Test
    void theStoryCommandGivesACitedBriefingKeyQuotesSourcesWithCopiesMarkedAndATimeline() throws IOException {
        String id = strike().get("id").asText();

        JsonNode detail = CliRun.of("--db", db, "story", id, "--json").json().get(0);

        assertThat(detail.get("briefing").size()).isBetween(3, 6);
        for (JsonNode sentence : detail.get("briefing")) {
            assertThat(sentence.get("sources").size()).isPositive();
            assertThat(sentence.get("end").asInt() - sentence.get("start").asInt()).isEqualTo(sentence.get("text").asText().length());
        }
        JsonNode nineKilled = texts(detail.get("briefing"), "text").stream().anyMatch(t -> t.startsWith("Nine people were killed"))
                ? detail.get("briefing") : null;
        assertThat(nineKilled).as("the lede, without its dateline, is in the briefing").isNotNull();
        long copies = 0;
        for (JsonNode article : detail.get("articles")) {
            copies += article.get("copy").asBoolean() ? 1 : 0;
        }
        assertThat(copies).isEqualTo(2);
        assertThat(texts(detail.get("quotes"), "text")).anyMatch(t -> t.startsWith("We will not sit down"));
        assertThat(detail.get("timeline").size()).isPositive();

        CliRun text = CliRun.of("--db", db, "story", id);
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("BRIEFING", "KEY QUOTES", "TIMELINE", "SOURCES", "(copy)");
    }

    @Test
    void theTimelineOfAStoryCitesItsSources() throws IOException {
        String id = strike().get("id").asText();

        List<JsonNode> entries = CliRun.of("--db", db, "timeline", "--story", id, "--json").json();

        assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(entry.get("sources").size()).isPositive());
        assertThat(entries).anySatisfy(entry -> assertThat(entry.get("date").asText()).isEqualTo("2026-03-18"));
    }

    @Test
    void aLaterReportJoinsItsStoryWithoutReclusteringTheRest() throws IOException {
        Path later = Files.createDirectories(dir.resolve("later"));
        write(later, "experts.txt", "Lindmark experts reach Tesmir to investigate drone strike", "Lindpress", "2026-03-19T10:00:00Z",
                String.join("\n",
                        "A team of Lindmark forensic experts arrived in Tesmir on Thursday to investigate the drone strike that killed nine people.",
                        "The experts will examine fragments from the blast, which Kestria's General Viktor Orlan blamed on a Valdorian missile.",
                        "Valdoria's President Miren Dastova has suspended preparations for the Haldeby summit until the strike is explained."));
        List<String> before = stories().stream().map(s -> s.get("id").asText()).sorted().toList();

        CliRun run = CliRun.of("--db", db, "ingest", "-q", later.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 changed");
        assertThat(stories().stream().map(s -> s.get("id").asText()).sorted().toList()).isEqualTo(before);
        assertThat(strike().get("articles")).hasSize(5);
    }

    @Test
    void anArticleShowsItsStoryAndItsCopiesFirstAmongItsRelatedArticles() throws IOException {
        JsonNode strike = strike();
        String wire = strike.get("articles").get(0).asText();

        JsonNode shown = CliRun.of("--db", db, "show", wire, "--json").json().get(0);

        assertThat(shown.get("story").asText()).isEqualTo(strike.get("id").asText());
        List<String> relations = texts(shown.get("related"), "relation");
        assertThat(relations).startsWith("copy", "copy").contains("same story").doesNotContain("nearby");
        assertThat(texts(shown.get("related"), "outlet")).contains("Lindmark Radio", "Eastgate Herald", "Kestria Today");
    }

    @Test
    void anUnknownStoryIsAFailureAndAMissingSubjectIsBadUsage() {
        assertThat(CliRun.of("--db", db, "story", "s0000").exitCode()).isEqualTo(1);
        assertThat(CliRun.of("--db", db, "timeline").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("--db", db, "timeline", "--story", "x", "--entity", "y").exitCode()).isEqualTo(2);
    }
}
