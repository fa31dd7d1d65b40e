package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.stories.ClusterSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoryClusteringBenchmarkTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void clustersAGeneratedStreamAndPrintsItsFiguresWithRootLocaleNumbers() {
        int exit = run("--articles", "3000", "--seed", "7");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).containsPattern("time: +\\d+\\.\\d s, \\d+ articles/s").contains("heap peak:", "live stories:", "B-cubed F1 0.9");
    }

    @Test
    void theGeneratedStoriesAreRecoveredSoTheStreamIsAFairLoad() {
        StoryClusteringBenchmark.Result result = StoryClusteringBenchmark.measure(StoryStream.generate(2000, 3), ClusterSettings.defaults());

        assertThat(result.articles()).isEqualTo(2000);
        assertThat(result.score().items()).as("every article is placed").isEqualTo(2000);
        assertThat(result.score().bcubedF1()).isGreaterThan(0.9);
        assertThat(result.maxLive()).isLessThan(result.score().predictedClusters());
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        assertThat(run("--articles", "0")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--articles", "Usage:");
        assertThat(run("--frobnicate")).isEqualTo(2);
    }

    private int run(String... args) {
        return StoryClusteringBenchmark.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
