package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueDiscoveryEvaluatorTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path work;

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        assertThat(run("--set", "nonesuch")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown set 'nonesuch'", "Usage:");
        assertThat(run("--list", "--frobnicate")).isEqualTo(2);
        assertThat(run("--set")).isEqualTo(2);
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--set", "--list");
    }

    @Test
    void aPolnearSetIsWrittenAsDatedArticlesOfItsLabelledFiles() throws Exception {
        Path polnear = SharedData.require("bench/polnear");

        DiscoverySet set = DiscoverySet.polnear(polnear, "polnear-dev", work);

        List<String> lines = Files.readAllLines(set.input(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(StanceSet.labelledFiles("polnear-dev").size()).hasSizeGreaterThan(20);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode article = json.readTree(line);
            assertThat(article.path("published").asText()).as(line).matches("2016-\\d{2}-\\d{2}");
            assertThat(article.path("title").asText()).as(line).isNotBlank();
            assertThat(article.path("text").asText().length()).as(line).isGreaterThan(200);
        }
        assertThat(set.listed()).extracting(issue -> issue.name()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(set.aliases()).isNull();
    }

    private int run(String... args) {
        return IssueDiscoveryEvaluator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
