package dev.dossier.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A story as clustering sees it: its id, its articles in the order they joined, and which of them
 * are copies of another member (wire copies and republications, which add outlets, not content).
 *
 * @param first the earliest known day of its articles, or null when none is dated
 * @param last the latest known day, or null
 * @param centre the unit mean of its original articles' embeddings (zero for a story of copies only)
 */
public record Cluster(String id, List<String> articles, List<String> copies, LocalDate first, LocalDate last, float[] centre) {

    public Cluster {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        copies = List.copyOf(copies);
        Objects.requireNonNull(centre, "centre");
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one article: " + id);
        }
    }
}
