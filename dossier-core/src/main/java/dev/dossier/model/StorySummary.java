package dev.dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A story: the articles that report one development, from every outlet that carried it.
 *
 * @param first the day of its earliest dated article, or null when none is dated
 * @param last the day of its latest dated article, or null
 * @param articles its articles' ids, in the order they joined (copies included)
 * @param outlets the outlets that carried it, in order of first appearance
 * @param actors its key actors, the most widely named first
 */
public record StorySummary(String id, String title, LocalDate first, LocalDate last, List<String> articles, List<String> outlets,
        List<String> actors) {

    public StorySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        actors = List.copyOf(actors);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no articles");
        }
    }
}
