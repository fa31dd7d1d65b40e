package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentBenchmarkTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void measuresBothStagesOnOneAndTwoThreadsWithRootLocaleNumbers(@TempDir Path data) throws Exception {
        Path split = data.resolve("dev");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        for (String id : new String[] {"a", "b", "c"}) {
            Files.writeString(split.resolve("text").resolve(id + ".txt"), "Harbour " + id + " reopens after the storm\n\n"
                    + "“We have checked every berth twice,” the harbour master, Liv Aaberg, told reporters in Bergen on Monday. "
                    + "Ferries to the outer islands resume on Tuesday, the operator said, after three days of gales closed the "
                    + "port " + id + " to all traffic and left two cargo ships waiting at anchor in the fjord.",
                    StandardCharsets.UTF_8);
            Files.writeString(split.resolve("attributions").resolve(id + "_x1.ann"), "", StandardCharsets.UTF_8);
        }

        int exit = run("--data", data.toString(), "--articles", "2", "--rounds", "2", "--corenlp-defaults");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("processors:", "max heap:", "the first 2 of PolNeAR dev", "time / NER",
                "2 of every pass, interleaved; each row is its fastest round");
        // the surefire JVM runs in a Turkish locale, whose decimal separator is a comma
        assertThat(printed).containsPattern("(?m)^NER \\(CoreNLP via adapter\\) +1 +2 +\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+ +- +1\\.000 +- +\\d+\\.\\d$");
        assertThat(printed).containsPattern("(?m)^enrichment \\(NER \\+ attribution\\) +2 +2 +\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+ +[1-9]\\d* +\\d+\\.\\d{3} +\\d+\\.\\d\\d +\\d+\\.\\d$");
        assertThat(printed).containsPattern("(?m)^one thread, ms per article: NER alone \\d+\\.\\d; in the pipeline clean \\d+\\.\\d, analyse \\d+\\.\\d,");
        assertThat(printed).containsPattern("(?m)^NER \\(CoreNLP's default annotators\\) +2 +2 +\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+ +- +\\d+\\.\\d{3} +- +\\d+\\.\\d$");
        assertThat(printed).containsPattern("(?m)^full pipeline on 2 threads: \\d+\\.\\d\\d of the throughput of NER as Dossier configures it, "
                + "\\d+\\.\\d\\d of CoreNLP's default NER's$");
        assertThat(printed).containsPattern("(?m)^ceiling with the lede embedding: NER / \\(NER \\+ fingerprint\\) = [01]\\.\\d\\d ");
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        assertThat(run("--articles", "0")).isEqualTo(2);
        assertThat(run("--rounds", "0")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--articles must be at least 1", "--rounds must be at least 1", "Usage:");
    }

    private int run(String... args) {
        return EnrichmentBenchmark.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
