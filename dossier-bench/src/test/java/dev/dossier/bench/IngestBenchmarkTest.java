package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestBenchmarkTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheEnvironmentAndOneRowPerFormatWithRootLocaleNumbers(@TempDir Path work) {
        int exit = run("--articles", "5", "--format", "text", "--work", work.resolve("bench").toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("processors:", "max heap:", "warm-up:", "format  articles  seconds");
        // the surefire JVM runs in a Turkish locale, whose decimal separator is a comma
        assertThat(printed).containsPattern("(?m)^text +5 +\\d+\\.\\d\\d +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d$");
        assertThat(work.resolve("bench").resolve("store-text.db")).exists();
    }

    @Test
    void refusesAWorkDirectoryThatIsNotEmpty(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("notes.txt"), "keep me");

        int exit = run("--work", work.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty");
        assertThat(work.resolve("notes.txt")).exists();
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        assertThat(run("--articles", "many")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--articles must be a whole number", "Usage:");
    }

    @Test
    void unknownFormatIsBadUsage() {
        assertThat(run("--format", "pdf")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--format must be text, html or jsonl");
    }

    private int run(String... args) {
        return IngestBenchmark.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
