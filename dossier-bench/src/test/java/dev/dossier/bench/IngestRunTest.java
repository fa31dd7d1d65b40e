package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The measurement counts right: it checks what the benchmark measures, not how fast. */
class IngestRunTest {

    private static final int ARTICLES = 30;

    @ParameterizedTest
    @EnumSource(CorpusFormat.class)
    void storesEveryArticleOnceThenFindsEveryOneADuplicate(CorpusFormat format, @TempDir Path work) throws IOException {
        Corpus corpus = CorpusWriter.write(format, IngestBenchmark.SEED, ARTICLES, work.resolve("corpus"));

        IngestMeasurement measurement = IngestRun.measure(corpus, work.resolve("store.db"));

        assertThat(measurement.first().report().articlesStored()).isEqualTo(ARTICLES);
        assertThat(measurement.first().report().rejectedCount()).isZero();
        assertThat(measurement.reingest().report().duplicatesSkipped()).isEqualTo(ARTICLES);
        assertThat(measurement.reingest().report().articlesStored()).isZero();
        assertThat(measurement.problems()).isEmpty();
        assertThat(measurement.storeBytes()).isPositive();
        assertThat(measurement.peakHeapBytes()).isPositive();
    }
}
