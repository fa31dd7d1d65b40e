package dev.dossier.bench;

import dev.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One system's attributions in one article scored against the gold ones of one subset, with what
 * went wrong: gold contents no prediction matched, predictions no gold content matched, and
 * matched pairs whose speakers disagree.
 *
 * <p>Matching is one-to-one and greedy: the best-overlapping pair first (ties in text order), and
 * a pair counts only if its contents overlap by at least {@value #MIN_OVERLAP} of the longer one.
 * Contents are compared after {@link Spans#trimmed trimming} quote marks, spaces and edge
 * punctuation, since PolNeAR's content spans include the marks ({@code “We will win,”}) and
 * Dossier's do not. The exact count matches the trimmed characters exactly, one-to-one as well.
 *
 * @param fragments the spurious predictions lying mostly inside a gold content that another prediction
 *     matched: typically the second half of a quotation split by its cue ({@code “A,” he said.
 *     “B.”}), which PolNeAR annotates as one discontinuous content
 */
record ArticleScore(PolnearArticle article, AttributionCounts counts, List<GoldAttribution> missed,
        List<PredictedAttribution> spurious, List<SpeakerError> speakerErrors, List<PredictedAttribution> fragments) {

    static final double MIN_OVERLAP = 0.5;

    ArticleScore {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(counts, "counts");
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        speakerErrors = List.copyOf(speakerErrors);
        fragments = List.copyOf(fragments);
    }

    /** A matched pair whose speakers disagree: the prediction's is missing, elsewhere, or extra. */
    record SpeakerError(GoldAttribution gold, PredictedAttribution predicted) {}

    /**
     * Whether two source spans name the speaker in the same words at different places ("Trump" in
     * the quotation's sentence and "Trump" in the one before): the same speaker, pointed at another
     * of their mentions. Pronouns do not count: "he" here and "he" there may be two people.
     */
    static boolean sameName(String text, Spans gold, Spans predicted) {
        String a = words(text, gold);
        String b = words(text, predicted);
        return !a.isEmpty() && a.equals(b) && !PRONOUNS.contains(a);
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "who");

    private static String words(String text, Spans spans) {
        StringBuilder words = new StringBuilder();
        for (TextSpan piece : spans.trimmed(text).pieces()) {
            words.append(piece.of(text)).append(' ');
        }
        return words.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The errors to fix: missed contents, spurious ones that are not {@link #fragments}, and wrong speakers. */
    int errors() {
        return missed.size() + spurious.size() - fragments.size() + speakerErrors.size();
    }

    static ArticleScore score(PolnearArticle article, List<PredictedAttribution> predictions, Subset subset) {
        String text = article.text();
        List<GoldAttribution> gold = article.gold().stream().filter(subset::covers).toList();
        List<PredictedAttribution> predicted = predictions.stream().filter(subset::covers).toList();
        List<Spans> goldContent = gold.stream().map(g -> g.content().trimmed(text)).toList();
        List<Spans> predictedContent = predicted.stream().map(p -> p.content().trimmed(text)).toList();

        int exact = 0;
        boolean[] exactTaken = new boolean[predicted.size()];
        for (Spans content : goldContent) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!exactTaken[p] && content.equals(predictedContent.get(p))) {
                    exactTaken[p] = true;
                    exact++;
                    break;
                }
            }
        }

        record Pair(int gold, int predicted, double overlap) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                double overlap = goldContent.get(g).overlap(predictedContent.get(p));
                if (overlap >= MIN_OVERLAP) {
                    pairs.add(new Pair(g, p, overlap));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::overlap).reversed().thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        int[] matchOfGold = new int[gold.size()];
        Arrays.fill(matchOfGold, -1);
        boolean[] taken = new boolean[predicted.size()];
        int matched = 0;
        for (Pair pair : pairs) {
            if (matchOfGold[pair.gold()] < 0 && !taken[pair.predicted()]) {
                matchOfGold[pair.gold()] = pair.predicted();
                taken[pair.predicted()] = true;
                matched++;
            }
        }

        int sources = 0;
        int exactSources = 0;
        List<GoldAttribution> missed = new ArrayList<>();
        List<SpeakerError> speakerErrors = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldAttribution goldOne = gold.get(g);
            if (matchOfGold[g] < 0) {
                missed.add(goldOne);
                continue;
            }
            PredictedAttribution predictedOne = predicted.get(matchOfGold[g]);
            Spans goldSource = goldOne.source();
            Spans predictedSource = predictedOne.source() == null ? null : Spans.of(predictedOne.source());
            if (goldSource != null && predictedSource != null
                    && (goldSource.shared(predictedSource) > 0 || sameName(text, goldSource, predictedSource))) {
                sources++;
                if (goldSource.trimmed(text).equals(predictedSource.trimmed(text))) {
                    exactSources++;
                }
            } else if (goldSource != null || predictedSource != null) {
                speakerErrors.add(new SpeakerError(goldOne, predictedOne));
            }
        }
        List<PredictedAttribution> spurious = new ArrayList<>();
        List<PredictedAttribution> fragments = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!taken[p]) {
                spurious.add(predicted.get(p));
                if (insideMatched(predictedContent.get(p), goldContent, matchOfGold)) {
                    fragments.add(predicted.get(p));
                }
            }
        }
        int goldSources = (int) gold.stream().filter(g -> g.source() != null).count();
        int predictedSources = (int) predicted.stream().filter(p -> p.source() != null).count();
        AttributionCounts counts = new AttributionCounts(gold.size(), predicted.size(), exact, matched,
                goldSources, predictedSources, sources, exactSources);
        return new ArticleScore(article, counts, missed, spurious, speakerErrors, fragments);
    }

    private static boolean insideMatched(Spans content, List<Spans> goldContent, int[] matchOfGold) {
        for (int g = 0; g < goldContent.size(); g++) {
            if (matchOfGold[g] >= 0 && goldContent.get(g).shared(content) * 2 > content.length()) {
                return true;
            }
        }
        return false;
    }
}
