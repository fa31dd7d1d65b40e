package dev.dossier.bench;

import dev.dossier.bench.MeantimeCorpus.GoldTimex;
import dev.dossier.model.TemporalExpression;
import dev.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * One system's TIMEX3 scores, summed over articles. Predictions and gold expressions are paired one
 * to one, in text order, by overlap (relaxed); a pair is strict when the spans are the same
 * characters, and value-correct when the values are the same strings. Precision is over
 * predictions, recall over gold; value accuracy is over the relaxed pairs.
 */
final class TemporalScore {

    /** A gold expression with the prediction paired with it (null: missed), or an unpaired prediction (gold null). */
    record Error(String article, String text, GoldTimex gold, TemporalExpression predicted) {}

    private int gold;
    private int predicted;
    private int strict;
    private int relaxed;
    private int valueCorrect;
    private final List<Error> errors = new ArrayList<>();

    void add(String article, String text, List<GoldTimex> goldTimexes, List<TemporalExpression> predictions) {
        gold += goldTimexes.size();
        predicted += predictions.size();
        boolean[] used = new boolean[predictions.size()];
        for (GoldTimex g : goldTimexes) {
            int best = -1;
            for (int p = 0; p < predictions.size(); p++) {
                if (!used[p] && overlaps(g.span(), predictions.get(p).span())
                        && (best < 0 || g.span().equals(predictions.get(p).span()))) {
                    best = p;
                }
            }
            if (best < 0) {
                errors.add(new Error(article, text, g, null));
                continue;
            }
            used[best] = true;
            TemporalExpression p = predictions.get(best);
            relaxed++;
            if (p.span().equals(g.span())) {
                strict++;
            }
            if (p.value().equals(g.value())) {
                valueCorrect++;
            } else {
                errors.add(new Error(article, text, g, p));
            }
        }
        for (int p = 0; p < predictions.size(); p++) {
            if (!used[p]) {
                errors.add(new Error(article, text, null, predictions.get(p)));
            }
        }
    }

    private static boolean overlaps(TextSpan a, TextSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    int gold() {
        return gold;
    }

    int predicted() {
        return predicted;
    }

    double strictF1() {
        return f1(strict);
    }

    double relaxedF1() {
        return f1(relaxed);
    }

    double valueF1() {
        return f1(valueCorrect);
    }

    double valuePrecision() {
        return predicted == 0 ? 0 : (double) valueCorrect / predicted;
    }

    double valueRecall() {
        return gold == 0 ? 0 : (double) valueCorrect / gold;
    }

    double valueAccuracy() {
        return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
    }

    List<Error> errors() {
        return List.copyOf(errors);
    }

    private double f1(int correct) {
        if (correct == 0) {
            return 0;
        }
        double precision = (double) correct / predicted;
        double recall = (double) correct / gold;
        return 2 * precision * recall / (precision + recall);
    }
}
