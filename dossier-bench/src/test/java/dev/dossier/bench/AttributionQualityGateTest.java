package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.SharedData;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The attribution quality gate: Dossier's scores on PolNeAR's dev split (84 articles,
 * {@code ../shared/bench/polnear}, scored as {@link AttributionEvaluator} scores them) must not
 * fall below the floors recorded here, and must stay above CoreNLP's own quote attribution on
 * every figure gated. Raise a floor when attribution improves; never lower it to make a change
 * pass. Skipped when the data is not beside the checkout. Runs Dossier only (about 10 s); the
 * CoreNLP figures are constants, since its pipeline takes minutes and 4 GB.
 */
class AttributionQualityGateTest {

    // Dossier's figures in a Turkish-locale JVM (as surefire runs this test) when the floors were
    // pinned (2026-11-21, after quotations' fragments report their clause and split quotations are
    // joined, and a speaker named in the same words at another mention counts), rounded down to two
    // decimals. The command line in an English locale gives 0.804, 0.692 and 0.502: CoreNLP's tagger and NER lower-case words with the default locale ("It", "FBI",
    // "Indiana" become dotless-i words it does not know), so a few dozen tokens get another tag.
    /** Content F1 at half overlap, direct subset (was 0.8040 in the Turkish locale). */
    static final double DIRECT_CONTENT_F1_FLOOR = 0.80;
    /** Speaker F1 (source overlapping the gold one or naming it in the same words), direct subset (was 0.6910). */
    static final double DIRECT_SPEAKER_F1_FLOOR = 0.69;
    /** Content F1 at half overlap, all attributions (was 0.5025). */
    static final double ALL_CONTENT_F1_FLOOR = 0.50;

    // CoreNLP 4.5.10's quote annotator with its quote attribution (CoreNlpQuotes: statistical coref,
    // default settings) on the same 84 articles, measured 2026-11-21 (default locale en) with:
    //   java -Xmx4g -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
    //       dev.dossier.bench.AttributionEvaluator --split dev
    static final double CORENLP_DIRECT_CONTENT_F1 = 0.598;
    static final double CORENLP_DIRECT_SPEAKER_F1 = 0.471;
    static final double CORENLP_ALL_CONTENT_F1 = 0.292;

    @Test
    void dossierKeepsItsFloorsAndBeatsCoreNlpOnPolnearDev() throws Exception {
        Path data = SharedData.require("bench/polnear");
        PolnearCorpus corpus = PolnearCorpus.read(data, "dev", 0);
        assertThat(corpus.articles()).hasSize(84);
        assertThat(corpus.mismatches()).as("gold spans whose text differs from the article's").isEmpty();

        SystemRun dossier = SystemRun.run(AttributionSystem::dossier, corpus, 0, null);

        assertThat(dossier.errors()).as("articles Dossier failed on").isEmpty();
        AttributionCounts direct = dossier.total(Subset.DIRECT);
        AttributionCounts all = dossier.total(Subset.ALL);
        String summary = String.format(Locale.ROOT, "direct content F1 %.4f, direct speaker F1 %.4f, all content F1 %.4f",
                direct.content().f1(), direct.source().f1(), all.content().f1());
        assertThat(direct.content().f1()).as(summary).isGreaterThanOrEqualTo(DIRECT_CONTENT_F1_FLOOR)
                .isGreaterThan(CORENLP_DIRECT_CONTENT_F1);
        assertThat(direct.source().f1()).as(summary).isGreaterThanOrEqualTo(DIRECT_SPEAKER_F1_FLOOR)
                .isGreaterThan(CORENLP_DIRECT_SPEAKER_F1);
        assertThat(all.content().f1()).as(summary).isGreaterThanOrEqualTo(ALL_CONTENT_F1_FLOOR)
                .isGreaterThan(CORENLP_ALL_CONTENT_F1);
    }
}
