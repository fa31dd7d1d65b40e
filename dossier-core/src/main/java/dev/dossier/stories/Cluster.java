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
 */
public record Cluster(String id, List<String> articles, List<String> copies, LocalDate first, LocalDate last) {

    public Cluster {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        copies = List.copyOf(copies);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one article: " + id);
        }
    }
}
