package dev.dossier.stories;

/**
 * The thresholds of story clustering, in one place. Similarities are cosines of unit embeddings
 * (all-MiniLM-L6-v2: two reports of the same event score about 0.6 to 1.0, two stories of the same
 * region 0.4 to 0.6, unrelated news below 0.4).
 *
 * @param join the least score for an article to join a story; below it, the article starts a new story
 * @param nearestWeight how far the embedding part of the score leans from the cosine with the story's centre
 *     towards the cosine with its nearest article (0: centre only; 1: nearest only)
 * @param termWeight how much the cosine of an article's TF-IDF word vector with the story's adds to the score
 * @param actorWeight how much a full overlap of telling actors adds to the score
 * @param statementBonus what sharing a statement (the same quoted words) adds to the score
 * @param windowDays the most days between an article and a story's first-to-last range for it to join
 * @param dayPenalty what each day outside the story's range takes off the score
 * @param maxSpanDays the longest a story may run, first day to last: a saga covered every day becomes
 *     a chain of related stories, not one story that never ends
 * @param merge the least similarity of two stories' centres for them to merge
 * @param split the most similarity of a story's two halves' centres for it to split
 * @param splitCheck the size at which a story is first checked for a split (then at each doubling)
 */
public record ClusterSettings(double join, double nearestWeight, double termWeight, double actorWeight, double statementBonus,
        int windowDays, double dayPenalty, int maxSpanDays, double merge, double split, int splitCheck) {

    public ClusterSettings {
        requireUnit("join", join);
        if (!(nearestWeight >= 0 && nearestWeight <= 1)) {
            throw new IllegalArgumentException("nearest weight must be between 0 and 1: " + nearestWeight);
        }
        requireUnit("merge", merge);
        requireUnit("split", split);
        if (termWeight < 0 || actorWeight < 0 || statementBonus < 0 || dayPenalty < 0) {
            throw new IllegalArgumentException("weights and penalties must not be negative");
        }
        if (windowDays < 0) {
            throw new IllegalArgumentException("window must not be negative: " + windowDays);
        }
        if (maxSpanDays < windowDays) {
            throw new IllegalArgumentException("a story must be allowed to span at least its window: " + maxSpanDays + " < " + windowDays);
        }
        if (splitCheck < 4) {
            throw new IllegalArgumentException("a story needs at least 4 articles to be split in two: " + splitCheck);
        }
    }

    /** The settings measured best on the development sets (see dossier-bench's ClusteringEvaluator). */
    public static ClusterSettings defaults() {
        return new ClusterSettings(0.75, 0.30, 0.60, 0.25, 0.10, 3, 0.03, 14, 0.80, 0.65, 8);
    }

    /** These settings with another join threshold. */
    public ClusterSettings withJoin(double threshold) {
        return new ClusterSettings(threshold, nearestWeight, termWeight, actorWeight, statementBonus, windowDays, dayPenalty, maxSpanDays,
                merge, split, splitCheck);
    }

    /** These settings with other weights for words, actors and shared statements (zeros: embeddings alone). */
    public ClusterSettings withWeights(double terms, double actors, double statements) {
        return new ClusterSettings(join, nearestWeight, terms, actors, statements, windowDays, dayPenalty, maxSpanDays,
                merge, split, splitCheck);
    }

    /** These settings with another time window, day penalty and longest span. */
    public ClusterSettings withTime(int window, double penalty, int maxSpan) {
        return new ClusterSettings(join, nearestWeight, termWeight, actorWeight, statementBonus, window, penalty, maxSpan,
                merge, split, splitCheck);
    }

    private static void requireUnit(String name, double value) {
        if (!(value >= -1 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a cosine between -1 and 1: " + value);
        }
    }
}
