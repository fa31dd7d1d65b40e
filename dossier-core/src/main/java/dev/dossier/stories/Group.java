package dev.dossier.stories;

import dev.dossier.embed.Vectors;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The running state of one story: the sum of its original articles' embeddings (its centre), how
 * many of them name each actor, the statements they carry and the range of their days. Copies are
 * members but do not move the centre: a wire story carried by ten outlets is one report.
 *
 * <p>Not thread-safe; owned by one {@link StoryClusterer}.
 */
final class Group {

    /** How many of a story's latest originals {@link #nearest} looks at: bounds its cost on long stories. */
    static final int NEAREST_OF = 64;

    final String id;
    final List<StoryItem> originals = new ArrayList<>();
    final List<StoryItem> copies = new ArrayList<>();
    private final float[] sum;
    private double norm;
    private final Map<String, Double> termSum = new HashMap<>();
    private double termNorm;
    private final Map<String, Integer> actorArticles = new HashMap<>();
    private final Set<Long> statements = new HashSet<>();
    private LocalDate first;
    private LocalDate last;

    Group(String id, int dimensions) {
        this.id = id;
        this.sum = new float[dimensions];
    }

    void add(StoryItem item) {
        if (item.copyOf() != null) {
            copies.add(item);
        } else {
            originals.add(item);
            double squared = 0;
            for (int i = 0; i < sum.length; i++) {
                sum[i] += item.embedding()[i];
                squared += (double) sum[i] * sum[i];
            }
            norm = Math.sqrt(squared);
            addTerms(item.terms());
            item.actors().keySet().forEach(actor -> actorArticles.merge(actor, 1, Integer::sum));
        }
        statements.addAll(item.statements());
        if (item.day() != null) {
            first = first == null || item.day().isBefore(first) ? item.day() : first;
            last = last == null || item.day().isAfter(last) ? item.day() : last;
        }
    }

    /** Adds an article's word vector, scaled to unit length so that long ledes do not outweigh short ones. */
    private void addTerms(Map<String, Double> terms) {
        double length = Math.sqrt(terms.values().stream().mapToDouble(w -> w * w).sum());
        if (length == 0) {
            return;
        }
        terms.forEach((term, weight) -> termSum.merge(term, weight / length, Double::sum));
        double squared = 0;
        for (double weight : termSum.values()) {
            squared += weight * weight;
        }
        termNorm = Math.sqrt(squared);
    }

    /** The cosine of an article's word vector with the sum of this story's. */
    double termCloseness(Map<String, Double> terms) {
        if (termNorm == 0) {
            return 0;
        }
        double dot = 0;
        double squared = 0;
        for (Map.Entry<String, Double> term : terms.entrySet()) {
            dot += term.getValue() * termSum.getOrDefault(term.getKey(), 0.0);
            squared += term.getValue() * term.getValue();
        }
        return squared == 0 ? 0 : dot / (Math.sqrt(squared) * termNorm);
    }

    /** The cosine of a unit vector with this story's centre; 0 for a story of copies only. */
    double closeness(float[] unit) {
        return norm == 0 ? 0 : Vectors.dot(unit, sum) / norm;
    }

    /** The highest cosine of a unit vector with one of this story's latest originals. */
    double nearest(float[] unit) {
        double best = 0;
        for (int i = Math.max(0, originals.size() - NEAREST_OF); i < originals.size(); i++) {
            best = Math.max(best, Vectors.dot(unit, originals.get(i).embedding()));
        }
        return best;
    }

    /** The cosine of two stories' centres. */
    double closeness(Group other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < sum.length; i++) {
            dot += (double) sum[i] * other.sum[i];
        }
        return dot / (norm * other.norm);
    }

    /**
     * The share of an article's actor weight that this story knows well: an actor counts fully
     * when at least half the story's articles name it, and in proportion below that.
     */
    double actorOverlap(Map<String, Double> actors) {
        double total = 0;
        double shared = 0;
        for (Map.Entry<String, Double> actor : actors.entrySet()) {
            total += actor.getValue();
            int naming = actorArticles.getOrDefault(actor.getKey(), 0);
            if (naming > 0) {
                shared += actor.getValue() * Math.min(1, 2.0 * naming / Math.max(1, originals.size()));
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    boolean sharesStatement(Set<Long> theirs) {
        for (Long statement : theirs) {
            if (statements.contains(statement)) {
                return true;
            }
        }
        return false;
    }

    /** Days between a day and this story's range: 0 inside it, or when either is undated. */
    long daysOutside(LocalDate day) {
        if (day == null || first == null) {
            return 0;
        }
        if (day.isBefore(first)) {
            return ChronoUnit.DAYS.between(day, first);
        }
        return day.isAfter(last) ? ChronoUnit.DAYS.between(last, day) : 0;
    }

    /** How many days this story would span with an article of this day (its own span for an undated one). */
    long spanWith(LocalDate day) {
        if (first == null) {
            return 0;
        }
        LocalDate from = day != null && day.isBefore(first) ? day : first;
        LocalDate to = day != null && day.isAfter(last) ? day : last;
        return ChronoUnit.DAYS.between(from, to);
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    Cluster view() {
        List<String> articles = new ArrayList<>();
        originals.forEach(item -> articles.add(item.articleId()));
        copies.forEach(item -> articles.add(item.articleId()));
        return new Cluster(id, articles, copies.stream().map(StoryItem::articleId).toList(), first, last, Vectors.unit(sum));
    }
}
