package dev.dossier.bench;

import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR article with the attributions of the annotator it is scored against.
 *
 * @param id the file name without {@code .txt}
 * @param annotator the annotator whose attributions these are
 * @param otherReadings the attributions of each other annotator, in the order of their ids (none
 *     when one annotator marked the article): what other trained readers marked in the same text
 */
record PolnearArticle(String id, String text, String annotator, List<GoldAttribution> gold, List<List<GoldAttribution>> otherReadings) {

    PolnearArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(annotator, "annotator");
        gold = List.copyOf(gold);
        otherReadings = otherReadings.stream().<List<GoldAttribution>>map(List::copyOf).toList();
    }

    /** An article one annotator marked. */
    PolnearArticle(String id, String text, String annotator, List<GoldAttribution> gold) {
        this(id, text, annotator, gold, List.of());
    }

    /** How many annotators marked the article. */
    int annotators() {
        return 1 + otherReadings.size();
    }
}
