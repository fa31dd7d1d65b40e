package dev.dossier.bench;

import dev.dossier.model.TextSpan;
import java.util.List;

/**
 * How far trained annotators agree, on the articles PolNeAR had several of them mark: each other
 * annotator's attributions are scored against the first's exactly as a system's are ({@link
 * ArticleScore}), and the counts summed, so the figures sit in the same columns as the systems' and
 * say how much of a system's distance from the gold is the gold's own looseness. A system's figures
 * on the same articles come beside them, since a few articles are not the whole split.
 */
final class AnnotatorAgreement {

    /** The label the other annotators' attributions carry as predictions. */
    static final String OTHER_ANNOTATORS = "other annotators";

    private AnnotatorAgreement() {}

    /** Every other annotator against the first, summed over the articles and the annotators. */
    static AttributionCounts othersAgainstFirst(PolnearCorpus corpus, Subset subset) {
        AttributionCounts total = AttributionCounts.ZERO;
        for (PolnearArticle article : corpus.articles()) {
            for (List<GoldAttribution> reading : article.otherReadings()) {
                List<PredictedAttribution> other = reading.stream().map(AnnotatorAgreement::asPrediction).toList();
                total = total.plus(ArticleScore.score(article, other, subset).counts());
            }
        }
        return total;
    }

    /** {@code run}'s predictions against the first annotator, once each, on the articles of {@link #othersAgainstFirst}. */
    static AttributionCounts systemOnTheSameArticles(SystemRun run, Subset subset) {
        AttributionCounts total = AttributionCounts.ZERO;
        List<PolnearArticle> articles = run.corpus().articles();
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).annotators() > 1) {
                total = total.plus(ArticleScore.score(articles.get(i), run.predictions().get(i), subset).counts());
            }
        }
        return total;
    }

    /**
     * An annotator's attribution as a prediction: its content's pieces, its source from its first to
     * its last character, and in the direct subset by the same quote-mark test as the gold.
     */
    static PredictedAttribution asPrediction(GoldAttribution attribution) {
        Spans source = attribution.source();
        TextSpan speaker = source == null ? null : new TextSpan(source.start(), source.end());
        return new PredictedAttribution(attribution.content(), speaker, OTHER_ANNOTATORS, attribution.direct());
    }
}
