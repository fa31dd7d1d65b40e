package dev.dossier.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement of a clustering with gold clusters over the same items, by the two standard measures:
 * pairwise (precision: of the item pairs put together, the share that belong together; recall: of
 * the pairs that belong together, the share put together) and B-cubed (Bagga and Baldwin 1998:
 * per item, the share of its predicted cluster that shares its gold cluster, and the reverse,
 * averaged over items). B-cubed counts singletons, so a set of mostly one-article stories is not
 * scored by its few pairs alone.
 */
public record ClusterScore(int items, int goldClusters, int predictedClusters, long goldPairs, long predictedPairs, long correctPairs,
        double bcubedPrecision, double bcubedRecall) {

    /** Scores predicted clusters against gold ones; both maps must hold the same items. */
    public static <T> ClusterScore of(Map<T, String> gold, Map<T, String> predicted) {
        if (!gold.keySet().equals(predicted.keySet())) {
            throw new IllegalArgumentException("gold and predicted clusterings cover different items");
        }
        Map<String, Integer> goldSizes = sizes(gold);
        Map<String, Integer> predictedSizes = sizes(predicted);
        Map<List<String>, Integer> overlaps = new HashMap<>();
        for (Map.Entry<T, String> item : gold.entrySet()) {
            overlaps.merge(List.of(item.getValue(), predicted.get(item.getKey())), 1, Integer::sum);
        }
        long correct = 0;
        double precision = 0;
        double recall = 0;
        for (Map.Entry<List<String>, Integer> overlap : overlaps.entrySet()) {
            int n = overlap.getValue();
            correct += pairs(n);
            precision += (double) n * n / predictedSizes.get(overlap.getKey().get(1));
            recall += (double) n * n / goldSizes.get(overlap.getKey().get(0));
        }
        int items = gold.size();
        return new ClusterScore(items, goldSizes.size(), predictedSizes.size(), pairsOf(goldSizes), pairsOf(predictedSizes), correct,
                items == 0 ? 0 : precision / items, items == 0 ? 0 : recall / items);
    }

    public double pairPrecision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double pairRecall() {
        return goldPairs == 0 ? 1 : (double) correctPairs / goldPairs;
    }

    public double pairF1() {
        return f1(pairPrecision(), pairRecall());
    }

    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static <T> Map<String, Integer> sizes(Map<T, String> clustering) {
        Map<String, Integer> sizes = new HashMap<>();
        clustering.values().forEach(cluster -> sizes.merge(Objects.requireNonNull(cluster, "cluster"), 1, Integer::sum));
        return sizes;
    }

    private static long pairsOf(Map<String, Integer> sizes) {
        return sizes.values().stream().mapToLong(ClusterScore::pairs).sum();
    }

    private static long pairs(int n) {
        return (long) n * (n - 1) / 2;
    }
}
