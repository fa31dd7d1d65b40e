package dev.dossier.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The real model, from its jar: unit vectors, meaning-preserving, the same from any thread. */
class MiniLmTest {

    private final Embedder embedder = Embedder.miniLm();

    @Test
    void vectorsAreUnitLengthAndCloserForTheSameNews() {
        float[] talks = embedder.embed("Kestria and Valdoria resume ceasefire talks in Haldeby");
        float[] sameTalks = embedder.embed("Ceasefire negotiations between Valdoria and Kestria restart in Haldeby");
        float[] football = embedder.embed("Haldeby IF sign a midfielder from FK Eastgate for a club record fee");

        assertThat(talks).hasSize(embedder.dimensions());
        assertThat(Vectors.dot(talks, talks)).isCloseTo(1.0, offset(1e-3));
        assertThat(Vectors.dot(talks, sameTalks)).isGreaterThan(Vectors.dot(talks, football) + 0.2);
    }

    @Test
    void aBlankTextIsTheZeroVectorAndBatchesMatchSingleCalls() {
        List<float[]> batch = embedder.embedAll(List.of("Observers reach Eastgate", " ", "Prisoners cross the Malka bridge"));

        assertThat(Vectors.dot(batch.get(1), batch.get(1))).isZero();
        assertThat(Vectors.dot(batch.get(0), embedder.embed("Observers reach Eastgate"))).isGreaterThan(0.999);
    }

    @Test
    void workersOnSeveralThreadsGetTheSameVectors() throws Exception {
        float[] expected = embedder.embed("The summit is back on for Friday");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> results = pool.invokeAll(Collections.nCopies(16, () -> embedder.embed("The summit is back on for Friday")));
            for (Future<float[]> result : results) {
                assertThat(Vectors.dot(result.get(), expected)).isGreaterThan(0.999);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
