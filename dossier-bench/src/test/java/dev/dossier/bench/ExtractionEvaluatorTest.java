package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluatorTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneRowPerExtractorWithRootLocaleNumbersAndTheReferences(@TempDir Path data) throws Exception {
        writeSet(data);

        int exit = run("--data", data.toString(), "--list-failures", "1");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("extractor", "precision", "recall", "F1", "accuracy", "pages/s",
                "trafilatura 2.2.0   F1 0.924", "readability-lxml    F1 0.826", "newspaper4k         F1 0.801");
        // the surefire JVM runs in a Turkish locale, whose decimal separator is a comma
        assertThat(printed).containsPattern("(?m)^Dossier +1 +1\\.000 +1\\.000 +1\\.000 +1\\.000 +\\d+\\.\\d$");
        assertThat(printed).containsPattern("(?m)^Readability4J +1 +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d+\\.\\d$");
    }

    @Test
    void listsTheWorstPagesWithTheirMissedAndLeakedSnippets(@TempDir Path data) throws Exception {
        writeSet(data);
        Files.writeString(data.resolve("evaldata.json"), "{\"https://x.example/a\": {\"file\": \"a.html\","
                + " \"with\": [\"not on the page\"], \"without\": [\"the harbour master\"]}}", StandardCharsets.UTF_8);

        assertThat(run("--data", data.toString(), "--list-failures", "5", "--no-warm-up")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("worst pages by F1", "a.html  F1 0.000", "missed: not on the page", "leaked: the harbour master");
    }

    @Test
    void aMissingSetIsAnErrorThatNamesIt(@TempDir Path empty) {
        assertThat(run("--data", empty.resolve("absent").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("reading the evaluation set", "absent");
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        assertThat(run("--list-failures", "some")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--list-failures must be a whole number", "Usage:");
    }

    private static void writeSet(Path data) throws Exception {
        Files.createDirectories(data.resolve("html"));
        Files.writeString(data.resolve("evaldata.json"), "{\"https://x.example/a\": {\"file\": \"a.html\","
                + " \"with\": [\"ferry crossings to the islands\"], \"without\": [\"Most read\"]}}", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("html").resolve("a.html"), "<html><head><title>Ferries resume</title></head><body>"
                + "<nav><a href='/'>Home</a></nav><article><h1>Ferries resume</h1>"
                + "<p>The harbour authority said on Friday that ferry crossings to the islands would resume on Monday.</p>"
                + "<p>'We have checked every berth twice,' the harbour master, Liv Aaberg, told reporters.</p></article>"
                + "<aside class='most-read'><h2>Most read</h2><ol><li><a href='/b'>Another story</a></li></ol></aside>"
                + "</body></html>", StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return ExtractionEvaluator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
