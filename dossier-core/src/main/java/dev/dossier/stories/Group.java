package dev.dossier.stories;

import dev.dossier.embed.Vectors;
import java.time.LocalDate;
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
    /** {@link #first} and {@link #last} as epoch days, compared for every live story at every placement. */
    private long firstDay;
    private long lastDay;

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
            firstDay = first.toEpochDay();
            lastDay = last.toEpochDay();
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
     * Whether the cosine of two stories' centres can reach {@code threshold}: the dot product summed
     * four ways at once (faster than {@link #closeness(Group)}'s one running sum, whose every addition
     * waits for the one before), with a margin of 1e-9, far above the rounding error of either sum
     * (the float products are exact in double; the sums of a few hundred of them err by less than
     * 1e-13 of the norms' product): a false answer is certain, a true one is settled by
     * {@link #closeness(Group)}.
     */
    boolean mayReach(Group other, double threshold) {
        if (norm == 0 || other.norm == 0) {
            return 0 >= threshold;
        }
        double a = 0;
        double b = 0;
        double c = 0;
        double d = 0;
        int i = 0;
        for (; i + 3 < sum.length; i += 4) {
            a += (double) sum[i] * other.sum[i];
            b += (double) sum[i + 1] * other.sum[i + 1];
            c += (double) sum[i + 2] * other.sum[i + 2];
            d += (double) sum[i + 3] * other.sum[i + 3];
        }
        for (; i < sum.length; i++) {
            a += (double) sum[i] * other.sum[i];
        }
        return (a + b + c + d) / (norm * other.norm) >= threshold - 1e-9;
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
        return day == null ? 0 : daysOutside(day.toEpochDay());
    }

    /** {@link #daysOutside(LocalDate)} of a dated article's epoch day. */
    long daysOutside(long epochDay) {
        if (first == null) {
            return 0;
        }
        return epochDay < firstDay ? firstDay - epochDay : Math.max(0, epochDay - lastDay);
    }

    /** How many days this story would span with an article of this day (its own span for an undated one). */
    long spanWith(LocalDate day) {
        return day == null ? span() : spanWith(day.toEpochDay());
    }

    /** How many days this story spans: 0 for one day, or when it is undated. */
    long span() {
        return first == null ? 0 : lastDay - firstDay;
    }

    /** {@link #spanWith(LocalDate)} of a dated article's epoch day. */
    long spanWith(long epochDay) {
        return first == null ? 0 : Math.max(lastDay, epochDay) - Math.min(firstDay, epochDay);
    }

    /** The words of this story's word vector: a story that has none of an article's scores 0 on words with it. */
    Set<String> terms() {
        return termSum.keySet();
    }

    /** The actors this story's originals name: a story that names none of an article's scores 0 on actors with it. */
    Set<String> actors() {
        return actorArticles.keySet();
    }

    /** The statements this story's articles carry. */
    Set<Long> statements() {
        return statements;
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
