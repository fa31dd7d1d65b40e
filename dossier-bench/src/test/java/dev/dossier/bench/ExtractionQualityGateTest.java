package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The extraction quality gate: Dossier's main-text F1 on the development set
 * ({@code ../shared/bench/extraction-dev}, trafilatura's snippet metric) must not fall below the
 * floor recorded here, and must stay above Readability4J's on the same pages. Raise the floor
 * when extraction improves; never lower it to make a change pass.
 */
class ExtractionQualityGateTest {

    /** Dossier's F1 when the floor was pinned (0.952), rounded down to two decimals. */
    static final double F1_FLOOR = 0.95;

    @Test
    void dossierKeepsItsF1FloorAndBeatsReadability() throws Exception {
        Optional<Path> data = EvaluatorOptions.locateData(Path.of(""));
        assumeTrue(data.isPresent(), "skipped: the extraction development set (../shared/bench/"
                + "extraction-dev) is not beside this checkout");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        List<Evaluation> evaluations = ExtractionEvaluator.evaluate(
                data.get(), false, new PrintStream(progress, true, StandardCharsets.UTF_8));

        Evaluation dossier = evaluations.get(0);
        Evaluation readability = evaluations.get(1);
        String summary = String.format(Locale.ROOT, "Dossier F1 %.4f, Readability4J F1 %.4f",
                dossier.total().f1(), readability.total().f1());
        assertThat(dossier.extractor()).isEqualTo("Dossier");
        assertThat(dossier.pages()).hasSizeGreaterThan(300);
        assertThat(dossier.errors()).as("pages Dossier failed on").isEmpty();
        assertThat(dossier.total().f1()).as(summary).isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(dossier.total().f1()).as(summary).isGreaterThan(readability.total().f1());
    }
}
