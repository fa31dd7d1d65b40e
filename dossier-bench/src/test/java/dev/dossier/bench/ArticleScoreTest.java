package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleScoreTest {

    // 0         1         2         3         4         5         6         7         8
    // 012345678901234567890123456789012345678901234567890123456789012345678901234567890123
    private static final String TEXT =
            "“We will win,” Trump said. “Believe me.” Officials said the vote was fair and free.";

    private static final TextSpan TRUMP = new TextSpan(15, 20);

    @Test
    void contentsMatchWithoutTheirMarksAndSpeakersByOverlap() {
        PolnearArticle article = article(
                gold("E1", List.of(new TextSpan(0, 14)), new TextSpan(15, 20)),
                gold("E2", List.of(new TextSpan(56, 82)), new TextSpan(41, 50)));
        List<PredictedAttribution> predicted = List.of(
                new PredictedAttribution(new TextSpan(1, 12), TRUMP, "direct", true),
                new PredictedAttribution(new TextSpan(56, 74), new TextSpan(41, 55), "indirect", false));

        AttributionCounts all = ArticleScore.score(article, predicted, Subset.ALL).counts();
        AttributionCounts direct = ArticleScore.score(article, predicted, Subset.DIRECT).counts();

        assertThat(all).isEqualTo(new AttributionCounts(2, 2, 1, 2, 2, 2, 2, 1));
        assertThat(direct).isEqualTo(new AttributionCounts(1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(all.content().f1()).isEqualTo(1.0);
        assertThat(all.exactContent().f1()).isEqualTo(0.5);
    }

    @Test
    void lessThanHalfTheLongerSpanIsNoMatch() {
        PolnearArticle article = article(gold("E1", List.of(new TextSpan(56, 82)), null));
        List<PredictedAttribution> predicted = List.of(new PredictedAttribution(new TextSpan(56, 66), null, "indirect", false));

        ArticleScore score = ArticleScore.score(article, predicted, Subset.ALL);

        assertThat(score.counts().matched()).isZero();
        assertThat(score.missed()).hasSize(1);
        assertThat(score.spurious()).hasSize(1);
    }

    @Test
    void theSecondHalfOfASplitQuotationIsASpuriousFragment() {
        PolnearArticle article = article(gold("E1", List.of(new TextSpan(0, 14), new TextSpan(27, 40)), TRUMP));
        List<PredictedAttribution> predicted = List.of(
                new PredictedAttribution(new TextSpan(1, 12), TRUMP, "direct", true),
                new PredictedAttribution(new TextSpan(28, 39), null, "direct", true));

        ArticleScore score = ArticleScore.score(article, predicted, Subset.DIRECT);

        assertThat(score.counts().matched()).isEqualTo(1);
        assertThat(score.spurious()).hasSize(1);
        assertThat(score.fragments()).containsExactly(predicted.get(1));
    }

    @Test
    void aMatchedPairWithTheWrongOrAMissingSpeakerIsASpeakerError() {
        PolnearArticle article = article(
                gold("E1", List.of(new TextSpan(0, 14)), TRUMP),
                gold("E2", List.of(new TextSpan(27, 40)), TRUMP));
        List<PredictedAttribution> predicted = List.of(
                new PredictedAttribution(new TextSpan(1, 12), new TextSpan(41, 50), "direct", true),
                new PredictedAttribution(new TextSpan(28, 39), null, "direct", true));

        ArticleScore score = ArticleScore.score(article, predicted, Subset.DIRECT);

        assertThat(score.counts().sources()).isZero();
        assertThat(score.counts().source().precision()).isZero();
        assertThat(score.speakerErrors()).hasSize(2);
        assertThat(score.errors()).isEqualTo(2);
    }

    @Test
    void matchingIsOneToOne() {
        PolnearArticle article = article(gold("E1", List.of(new TextSpan(0, 14)), TRUMP));
        List<PredictedAttribution> predicted = List.of(
                new PredictedAttribution(new TextSpan(1, 12), TRUMP, "direct", true),
                new PredictedAttribution(new TextSpan(0, 14), TRUMP, "quote", true));

        AttributionCounts counts = ArticleScore.score(article, predicted, Subset.ALL).counts();

        assertThat(counts.exact()).isEqualTo(1);
        assertThat(counts.matched()).isEqualTo(1);
        assertThat(counts.content().precision()).isEqualTo(0.5);
    }

    private static GoldAttribution gold(String id, List<TextSpan> content, TextSpan source) {
        Spans spans = new Spans(content);
        return new GoldAttribution(id, spans, null, source == null ? null : Spans.of(source), QuoteDelimited.test(TEXT, spans));
    }

    private static PolnearArticle article(GoldAttribution... gold) {
        return new PolnearArticle("test", TEXT, "a1", List.of(gold));
    }
}
