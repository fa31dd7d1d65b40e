package dev.dossier.bench;

/**
 * The counts behind the attribution scores, summed over articles (micro-averaged).
 *
 * @param gold gold attributions
 * @param predicted predicted attributions
 * @param exact content pairs with the same characters (after trimming marks and edge punctuation)
 * @param matched content pairs overlapping by at least half ({@link Spans#overlap})
 * @param goldSources gold attributions with a source
 * @param predictedSources predictions with a source
 * @param sources matched pairs whose sources overlap
 * @param exactSources matched pairs whose sources are the same characters
 */
record AttributionCounts(int gold, int predicted, int exact, int matched, int goldSources, int predictedSources,
        int sources, int exactSources) {

    static final AttributionCounts ZERO = new AttributionCounts(0, 0, 0, 0, 0, 0, 0, 0);

    AttributionCounts {
        if (exact > Math.min(gold, predicted) || matched > Math.min(gold, predicted)
                || sources > Math.min(goldSources, predictedSources) || exactSources > sources) {
            throw new IllegalArgumentException("inconsistent counts: " + gold + " gold, " + predicted + " predicted, "
                    + exact + " exact, " + matched + " matched, " + sources + "/" + exactSources + " sources");
        }
    }

    AttributionCounts plus(AttributionCounts other) {
        return new AttributionCounts(gold + other.gold, predicted + other.predicted, exact + other.exact,
                matched + other.matched, goldSources + other.goldSources, predictedSources + other.predictedSources,
                sources + other.sources, exactSources + other.exactSources);
    }

    Score exactContent() {
        return Score.of(exact, predicted, gold);
    }

    Score content() {
        return Score.of(matched, predicted, gold);
    }

    Score source() {
        return Score.of(sources, predictedSources, goldSources);
    }

    Score exactSource() {
        return Score.of(exactSources, predictedSources, goldSources);
    }

    /** Precision, recall and their harmonic mean; 0 where a denominator is 0. */
    record Score(double precision, double recall, double f1) {

        static Score of(int correct, int predicted, int gold) {
            double precision = predicted == 0 ? 0 : (double) correct / predicted;
            double recall = gold == 0 ? 0 : (double) correct / gold;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new Score(precision, recall, f1);
        }
    }
}
