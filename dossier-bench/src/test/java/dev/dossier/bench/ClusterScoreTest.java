package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoreTest {

    private static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "z");

    @Test
    void aPerfectClusteringScoresOne() {
        ClusterScore score = ClusterScore.of(GOLD, Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "3"));

        assertThat(score.pairF1()).isEqualTo(1.0);
        assertThat(score.bcubedF1()).isEqualTo(1.0);
        assertThat(score.predictedClusters()).isEqualTo(3);
    }

    @Test
    void oneGiantClusterHasFullRecallAndPoorPrecision() {
        ClusterScore score = ClusterScore.of(GOLD, Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1"));

        assertThat(score.pairRecall()).isEqualTo(1.0);
        assertThat(score.pairPrecision()).isCloseTo(3 / 10.0, within(1e-9));
        assertThat(score.bcubedRecall()).isEqualTo(1.0);
        assertThat(score.bcubedPrecision()).isCloseTo((3 * 3 / 5.0 + 2 * 1 / 5.0) / 5, within(1e-9));
    }

    @Test
    void allSingletonsHaveFullPrecisionAndPoorRecall() {
        ClusterScore score = ClusterScore.of(GOLD, Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5"));

        assertThat(score.pairPrecision()).isEqualTo(1.0);
        assertThat(score.pairRecall()).isZero();
        assertThat(score.bcubedPrecision()).isEqualTo(1.0);
        assertThat(score.bcubedRecall()).isCloseTo((3 * (1 / 3.0) + 2) / 5, within(1e-9));
    }
}
