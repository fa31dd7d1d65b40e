package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance case on the real seed pages: stored, listed, and not stored twice. */
class SeedsIngestTest {

    @TempDir
    Path dir;

    @Test
    void storesAndListsTheSeedPagesAndTheSameIngestAgainAddsNothing() throws IOException {
        Path seeds = SharedData.require("seeds");
        String db = dir.resolve("seeds.db").toString();

        CliRun first = CliRun.of("--db", db, "ingest", "-q", seeds.toString());
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("Documents read:     5", "Articles stored:    23", "Rejected:           0");

        List<JsonNode> articles = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : CliRun.of("--db", db, "articles", "--json").lines()) {
            articles.add(json.readTree(line));
        }
        assertThat(articles).extracting(a -> a.get("title").asText()).contains(
                "Russia says it must be part of international talks on Ukraine's security",
                "Russia\u2019s Chief Diplomat Says No Putin-Zelenskyy Meeting Is Planned, Despite Trump\u2019s Efforts",
                "Zelensky in London to meet PM ahead of US-Russia summit");
        assertThat(articles).allSatisfy(a -> assertThat(a.get("text").asText())
                .doesNotContain("Sign up to our free breaking news emails", "No comments yet", "Try Our AI Features"));

        CliRun again = CliRun.of("--db", db, "ingest", "-q", seeds.toString());
        assertThat(again.out()).contains("Articles stored:    0", "Duplicates skipped: 23");

        List<JsonNode> actors = new ArrayList<>();
        for (String line : CliRun.of("--db", db, "entities", "--json", "--limit", "1000").lines()) {
            actors.add(json.readTree(line));
        }
        assertThat(actors).filteredOn(a -> a.get("name").asText().contains("Lavrov")).singleElement()
                .satisfies(a -> assertThat(a.get("aliases")).extracting(JsonNode::asText).contains("Sergei Lavrov", "Sergey Lavrov", "Lavrov"));
        assertThat(actors).filteredOn(a -> a.get("name").asText().startsWith("Volodymyr Zelensk")).singleElement()
                .satisfies(a -> assertThat(a.get("aliases")).extracting(JsonNode::asText)
                        .contains("Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy"));
        assertThat(actors).filteredOn(a -> a.get("name").asText().equals("Zelensky") || a.get("name").asText().equals("Zelenskyy")).isEmpty();

        // the page dates the statement only in its lead ("Russia's top diplomat said Friday"), and
        // only by a photo caption of Thursday, August 21, 2025: the quotation is Friday's
        JsonNode noMeeting = CliRun.of("--db", db, "quotes", "--json", "--about", "\"no meeting planned\"").json().get(0);
        // the quoted words open the clause the writer finishes before the cue: the statement is the whole clause
        assertThat(noMeeting.get("text").asText()).isEqualTo("\"There is no meeting planned\" between the Russian and Ukrainian leaders");
        assertThat(noMeeting.get("speaker").get("name").asText()).isEqualTo("Sergei Lavrov");
        assertThat(noMeeting.get("saidOn").asText()).isEqualTo("2025-08-22");
    }
}
