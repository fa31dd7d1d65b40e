package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Positions through the CLI, on two short fictional reports of one story: Kestria's foreign
 * minister rejects observers, then accepts them two days later (a contradiction, so close in time);
 * Valdoria's president wants them throughout.
 */
class PositionsCliTest {

    @TempDir
    static Path dir;

    private static String db;
    private static String issues;

    @BeforeAll
    static void ingest() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("trap.txt"), String.join("\n", "title: Kestria rejects observers in the Orsk corridor",
                "outlet: Continental Wire Service", "published: 2026-03-09T18:00:00Z", "",
                "Kestria's foreign minister Arkady Voronel rejected Lindmark's offer of observers in the Orsk corridor on Monday.",
                "\"Foreign observers in the corridor would be a trap,\" Arkady Voronel said.",
                "\"We want the observers on both banks as soon as possible,\" President Miren Dastova said."), StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("reversal.txt"), String.join("\n", "title: Kestria accepts observers in the Orsk corridor",
                "outlet: Lindmark Radio", "published: 2026-03-11T09:00:00Z", "",
                "Kestria's foreign minister Arkady Voronel accepted Lindmark's observers in the Orsk corridor on Wednesday.",
                "\"Kestria would welcome unarmed observers from a neutral country,\" Arkady Voronel said.",
                "\"We welcome the observers and their mandate,\" President Miren Dastova said."), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("issues.json"), "[{\"name\": \"observers\", \"phrases\": [\"observer\", \"monitor\"]}]",
                StandardCharsets.UTF_8);
        db = dir.resolve("positions.db").toString();
        issues = dir.resolve("issues.json").toString();
        CliRun run = CliRun.of("--db", db, "ingest", "-q", inputs.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @Test
    void jsonLinesCarryTheContractFieldsAndTheChange() throws IOException {
        List<JsonNode> positions = CliRun.of("--db", db, "--issues", issues, "positions", "--actor", "Voronel", "--issue", "observers", "--json")
                .json();

        assertThat(positions).isNotEmpty().allSatisfy(position -> {
            assertThat(position.get("actor").get("name").asText()).isEqualTo("Arkady Voronel");
            assertThat(position.get("issue").asText()).isEqualTo("observers");
            assertThat(position.has("condition")).isTrue();
            assertThat(position.get("quoteId").asText()).isNotBlank();
            assertThat(position.get("sources").isArray()).isTrue();
        });
        assertThat(positions).extracting(p -> p.get("saidOn").asText() + " " + p.get("stance").asText())
                .contains("2026-03-09 opposes", "2026-03-11 supports");
        JsonNode reversal = positions.stream().filter(p -> p.get("saidOn").asText().equals("2026-03-11")
                && p.get("stance").asText().equals("supports") && !p.get("change").isNull()).findFirst().orElseThrow();
        assertThat(reversal.get("change").get("from").asText()).isEqualTo("opposes");
        assertThat(reversal.get("change").get("contradiction").asBoolean()).as("two days apart").isTrue();
        assertThat(reversal.get("evidence").get("text").asText()).isEqualTo("welcome");
    }

    @Test
    void theTableShowsTheMatrixAndTheChange() {
        CliRun run = CliRun.of("--db", db, "--issues", issues, "positions", "--issue", "observers");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Issues: observers", "Arkady Voronel", "Miren Dastova", "CONTRADICTION Arkady Voronel on observers: opposes");
    }

    @Test
    void anUnknownStoryFailsAndAnUnknownActorFindsNothing() {
        assertThat(CliRun.of("--db", db, "positions", "--story", "s-none").exitCode()).isEqualTo(1);
        CliRun nobody = CliRun.of("--db", db, "positions", "--actor", "Nobody Atall");
        assertThat(nobody.exitCode()).isZero();
        assertThat(nobody.out()).contains("No positions found");
    }
}
