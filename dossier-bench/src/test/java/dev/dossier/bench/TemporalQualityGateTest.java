package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.SharedData;
import dev.dossier.time.TemporalTagger;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The temporal quality gate: Dossier's TIMEX3 scores on MEANTIME English (120 articles,
 * {@code ../shared/bench/meantime}, scored as {@link TemporalEvaluator} scores them) must not fall
 * below the floors recorded here, and must stay above SUTime's value F1. Raise a floor when the
 * rules improve; never lower it to make a change pass. Skipped when the data is not beside the
 * checkout. Runs Dossier only (under a second); SUTime's figure is a constant.
 */
class TemporalQualityGateTest {

    // Dossier's figures when the floors were pinned (2026-11-21), rounded down to two decimals:
    // strict F1 0.882, relaxed F1 0.926, value accuracy 0.923, value F1 0.854.
    static final double STRICT_F1_FLOOR = 0.88;
    static final double RELAXED_F1_FLOOR = 0.92;
    static final double VALUE_ACCURACY_FLOOR = 0.92;
    static final double VALUE_F1_FLOOR = 0.85;

    // SUTime (CoreNLP 4.5.10, tokenize, ssplit, pos, TimeAnnotator) in the same run of
    //   java -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' dev.dossier.bench.TemporalEvaluator
    static final double SUTIME_VALUE_F1 = 0.732;

    @Test
    void dossierKeepsItsFloorsAndBeatsSuTimeOnMeantime() throws Exception {
        MeantimeCorpus corpus = MeantimeCorpus.read(SharedData.require("bench/meantime/intra-doc_annotation"));
        assertThat(corpus.articles()).hasSize(120);
        assertThat(corpus.articles()).allSatisfy(article -> assertThat(article.created()).as(article.id()).isNotNull());

        TemporalScore score = TemporalEvaluator.measure("Dossier rules", TemporalTagger.rules(), corpus).score();

        String summary = String.format(Locale.ROOT, "strict F1 %.4f, relaxed F1 %.4f, value accuracy %.4f, value F1 %.4f",
                score.strictF1(), score.relaxedF1(), score.valueAccuracy(), score.valueF1());
        assertThat(score.strictF1()).as(summary).isGreaterThanOrEqualTo(STRICT_F1_FLOOR);
        assertThat(score.relaxedF1()).as(summary).isGreaterThanOrEqualTo(RELAXED_F1_FLOOR);
        assertThat(score.valueAccuracy()).as(summary).isGreaterThanOrEqualTo(VALUE_ACCURACY_FLOOR);
        assertThat(score.valueF1()).as(summary).isGreaterThanOrEqualTo(VALUE_F1_FLOOR).isGreaterThan(SUTIME_VALUE_F1);
    }
}
