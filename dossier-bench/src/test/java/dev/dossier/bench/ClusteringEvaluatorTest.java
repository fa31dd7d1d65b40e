package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClusteringEvaluatorTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void scoresTheExampleCorpusWithEveryVariantAsATable() {
        int exit = run("--set", "examples");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("pair F1", "B3 F1");
        assertThat(printed).containsPattern("(?m)^examples +Dossier +46 +12 +\\d+ +\\d\\.\\d{3}");
        assertThat(printed).containsPattern("(?m)^examples +embeddings only +46");
        assertThat(printed).containsPattern("(?m)^examples +no time window +46");
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        assertThat(run("--set", "nonesuch")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown set 'nonesuch'", "Usage:");
        assertThat(run("--sweep", "--frobnicate")).isEqualTo(2);
    }

    private int run(String... args) {
        return ClusteringEvaluator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
