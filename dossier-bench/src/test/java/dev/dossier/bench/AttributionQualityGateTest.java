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

    // Dossier's figures when the floors were pinned (2026-11-21, after coordinated and aside subjects, split
    // quotations' second halves, lead-in and tail words of a quoted clause, and clause ends at a comma or a
    // participle), rounded down to two decimals. Surefire runs this test in a Turkish locale, where CoreNLP's
    // tagger and NER lower-case words differently ("It", "FBI", "Indiana" become dotless-i words it does not
    // know), so a few dozen tokens get another tag: here 0.7137 exact and 0.8597 half-overlap content F1 and
    // 0.7956 speaker F1 on the quotations, 0.5383 half-overlap content F1 on all attributions; the command
    // line in an English locale gives 0.714, 0.860, 0.796 and 0.538. The half-overlap floor went to 0.86 after
    // the next round (adjacent quotations, paragraph edges, document cues), when the command line gave 0.716,
    // 0.862, 0.797 and 0.539. The exact, speaker and all-attributions floors went to 0.72, 0.80 and 0.54 after
    // the third round (headline credits, 'that' clauses of full quotations, titles after a possessive, 'it' as
    // a document's speaker), when the command line gave 0.727, 0.869, 0.806 and 0.543. The half-overlap, exact
    // and speaker floors went to 0.87, 0.75 and 0.81 when the evaluation began to join a quotation's later halves
    // anywhere in its paragraph and a cue-less continuation opening the next paragraph (PolNeAR's one content):
    // 0.7537, 0.8736, 0.8149 and 0.5445 in both locales. The speaker floor went to 0.82 after the fifth round
    // (nearest subjects, 'according to' a described source, long subjects), when the command line gave 0.754,
    // 0.874, 0.821 and 0.545. All four went to 0.77, 0.88, 0.84 and 0.55 after the sixth round (years' elided
    // centuries, cue inflections, reported clauses' own cues, transcript credits; the evaluation joining a
    // split quotation across partial quotations), when the command line gave 0.773, 0.887, 0.845 and 0.553.
    // The speaker floor went to 0.85 after the seventh round (passive cues, asides, participles' objects,
    // reported clauses set off by an aside), when the command line gave 0.773, 0.888, 0.850 and 0.553
    // (0.7726, 0.8883, 0.8505 and 0.5537). The half-overlap, exact and speaker floors went to 0.89, 0.78 and
    // 0.86 after the round read from dev's failure listing (split halves across a conjunction or an aside,
    // dash credits, titles after a work's noun), when the command line gave 0.789, 0.900, 0.865 and 0.565.
    // The half-overlap and exact floors went to 0.90 (the target) and 0.79 after the round read from
    // the seed pages (agents of participles, closing credits and dashes, an outer cue's clause), when the
    // command line gave 0.794, 0.902, 0.865 and 0.565.
    /** Content F1 at half overlap, direct subset. */
    static final double DIRECT_CONTENT_F1_FLOOR = 0.90;
    /** Content F1, exact spans, direct subset. */
    static final double DIRECT_EXACT_CONTENT_F1_FLOOR = 0.79;
    /** Speaker F1 (source overlapping the gold one or naming it in the same words), direct subset. */
    static final double DIRECT_SPEAKER_F1_FLOOR = 0.86;
    /** Content F1 at half overlap, all attributions. */
    static final double ALL_CONTENT_F1_FLOOR = 0.55;

    // CoreNLP 4.5.10's quote annotator with its quote attribution (CoreNlpQuotes: statistical coref,
    // default settings; consecutive quotations of one canonical speaker joined as Dossier's are) on the same
    // 84 articles, measured 2026-11-21 (default locale en) with:
    //   java -Xmx4g -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
    //       dev.dossier.bench.AttributionEvaluator --split dev
    static final double CORENLP_DIRECT_CONTENT_F1 = 0.650;
    static final double CORENLP_DIRECT_SPEAKER_F1 = 0.505;
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
        String summary = String.format(Locale.ROOT, "direct content F1 %.4f (exact %.4f), direct speaker F1 %.4f, all content F1 %.4f",
                direct.content().f1(), direct.exactContent().f1(), direct.source().f1(), all.content().f1());
        assertThat(direct.content().f1()).as(summary).isGreaterThanOrEqualTo(DIRECT_CONTENT_F1_FLOOR)
                .isGreaterThan(CORENLP_DIRECT_CONTENT_F1);
        assertThat(direct.exactContent().f1()).as(summary).isGreaterThanOrEqualTo(DIRECT_EXACT_CONTENT_F1_FLOOR);
        assertThat(direct.source().f1()).as(summary).isGreaterThanOrEqualTo(DIRECT_SPEAKER_F1_FLOOR)
                .isGreaterThan(CORENLP_DIRECT_SPEAKER_F1);
        assertThat(all.content().f1()).as(summary).isGreaterThanOrEqualTo(ALL_CONTENT_F1_FLOOR)
                .isGreaterThan(CORENLP_ALL_CONTENT_F1);
    }
}
