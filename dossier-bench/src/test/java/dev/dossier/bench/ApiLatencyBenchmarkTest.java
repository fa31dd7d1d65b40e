package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiLatencyBenchmarkTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void buildsAStoreServesItAndPrintsPercentilesForEveryEndpoint(@TempDir Path work) {
        int exit = run("--articles", "40", "--clients", "2", "--requests", "10", "--work", work.toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("40 articles", "2 concurrent clients");
        for (String endpoint : new String[] {"GET /api/articles?offset=", "GET /api/stories/{id}", "GET /articles/{id} (page)"}) {
            assertThat(printed).containsPattern("(?m)^" + java.util.regex.Pattern.quote(endpoint) + " +10 +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d +\\d+$");
        }

        out.reset();
        assertThat(run("--articles", "40", "--clients", "2", "--requests", "5", "--work", work.toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).as("the second run reuses the store").containsOnlyOnce("generating 40 articles");
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        assertThat(run("--clients", "0")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--clients must be at least 1", "Usage:");
    }

    private int run(String... args) {
        return ApiLatencyBenchmark.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
