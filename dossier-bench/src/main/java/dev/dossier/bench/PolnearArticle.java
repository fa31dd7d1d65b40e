package dev.dossier.bench;

import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR article with the attributions of the annotator it is scored against.
 *
 * @param id the file name without {@code .txt}
 * @param annotator the annotator whose attributions these are
 * @param annotators how many annotators annotated the article
 */
record PolnearArticle(String id, String text, String annotator, int annotators, List<GoldAttribution> gold) {

    PolnearArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(annotator, "annotator");
        gold = List.copyOf(gold);
    }
}
