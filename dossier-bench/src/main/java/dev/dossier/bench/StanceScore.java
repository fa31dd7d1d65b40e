package dev.dossier.bench;

import dev.dossier.model.Stance;
import java.util.EnumMap;
import java.util.Map;

/**
 * Stance classification against gold labels: a confusion matrix, and from it precision, recall
 * and F1 per stance, their unweighted mean over the four stances (macro-F1) and accuracy.
 */
final class StanceScore {

    private final Map<Stance, Map<Stance, Integer>> confusion = new EnumMap<>(Stance.class);
    private int total;

    void add(Stance gold, Stance predicted) {
        confusion.computeIfAbsent(gold, key -> new EnumMap<>(Stance.class)).merge(predicted, 1, Integer::sum);
        total++;
    }

    int total() {
        return total;
    }

    int count(Stance gold, Stance predicted) {
        return confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    double precision(Stance stance) {
        int predicted = 0;
        for (Stance gold : Stance.values()) {
            predicted += count(gold, stance);
        }
        return predicted == 0 ? 0 : (double) count(stance, stance) / predicted;
    }

    double recall(Stance stance) {
        int gold = 0;
        for (Stance predicted : Stance.values()) {
            gold += count(stance, predicted);
        }
        return gold == 0 ? 0 : (double) count(stance, stance) / gold;
    }

    double f1(Stance stance) {
        double p = precision(stance);
        double r = recall(stance);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double macroF1() {
        double sum = 0;
        for (Stance stance : Stance.values()) {
            sum += f1(stance);
        }
        return sum / Stance.values().length;
    }

    double accuracy() {
        int right = 0;
        for (Stance stance : Stance.values()) {
            right += count(stance, stance);
        }
        return total == 0 ? 0 : (double) right / total;
    }
}
