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

/** Deadlines through the CLI, on two short fictional reports: one sets two deadlines, a later one reports on them. */
class DeadlinesCliTest {

    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void ingest() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("monitors.txt"), String.join("\n", "title: Lindmark wants answers on monitors",
                "outlet: Continental Wire Service", "published: 2026-03-11T18:00:00Z", "",
                "Lindmark's foreign minister, Signe Halvorsen, said on Wednesday that she expected clear answers from both capitals "
                        + "within 48 hours.",
                "\"Kestria has six days to show that it wants this meeting,\" Annelie Marstrand, the alliance's secretary-general, said.",
                "\"We will not go until we know who killed our people,\" President Miren Dastova said."), StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("later.txt"), String.join("\n", "title: Answers arrive", "outlet: Lindmark Radio",
                "published: 2026-03-20T09:00:00Z", "", "Both capitals answered Lindmark's questions on the monitors, officials said."),
                StandardCharsets.UTF_8);
        db = dir.resolve("deadlines.db").toString();
        CliRun run = CliRun.of("--db", db, "ingest", "-q", inputs.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @Test
    void listsEachDeadlineWithItsDueDayWhoSetItAndWhetherCoverageHasPassedIt() throws IOException {
        List<JsonNode> deadlines = CliRun.of("--db", db, "deadlines", "--json").json();

        assertThat(deadlines).extracting(d -> d.get("expression").asText()).containsExactly("within 48 hours", "has six days to");
        JsonNode answers = deadlines.get(0);
        assertThat(answers.get("due").asText()).isEqualTo("2026-03-13");
        assertThat(answers.get("setOn").asText()).isEqualTo("2026-03-11");
        assertThat(answers.get("setAs").asText()).isEqualTo("delay");
        assertThat(answers.get("speaker").get("name").asText()).isEqualTo("Signe Halvorsen");
        assertThat(answers.get("status").asText()).as("coverage runs to March 20").isEqualTo("passed");
        assertThat(answers.get("sources").get(0).get("outlet").asText()).isEqualTo("Continental Wire Service");
        assertThat(answers.get("followUps").isArray()).isTrue();
        assertThat(answers.get("otherReports")).as("told once, by one outlet").isEmpty();
        assertThat(deadlines.get(1).get("due").asText()).isEqualTo("2026-03-17");
    }

    @Test
    void filtersByDueDayAndPrintsATable() {
        CliRun later = CliRun.of("--db", db, "deadlines", "--since", "2026-03-14");
        assertThat(later.exitCode()).isZero();
        assertThat(later.out()).contains("has six days to").doesNotContain("within 48 hours").contains("coverage runs to 2026-03-20")
                .contains("ALSO", "LATER");
        assertThat(CliRun.of("--db", db, "deadlines", "--since", "2026-03-14", "--until", "2026-03-01").exitCode()).isEqualTo(2);
    }
}
