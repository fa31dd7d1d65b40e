package dev.dossier.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A story formed outside the store (by the Spark job), to be imported with its articles.
 *
 * @param first the earliest day of its dated articles, or null
 * @param last the latest, or null
 * @param centre the unit mean embedding of its original articles
 * @param articleIds its articles in order
 */
public record ImportedStory(String id, String title, LocalDate first, LocalDate last, float[] centre, List<String> articleIds) {

    public ImportedStory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(centre, "centre");
        articleIds = List.copyOf(articleIds);
        if (articleIds.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no articles");
        }
        centre = centre.clone();
    }

    @Override
    public float[] centre() {
        return centre.clone();
    }

    /** An article found to copy an earlier one, as the Spark job records it. */
    public record Copy(String articleId, String originalId, double jaccard, double containment) {

        public Copy {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(originalId, "originalId");
        }
    }
}
