package dev.dossier.stories;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What story clustering knows of one article.
 *
 * @param articleId the article
 * @param day the day it was published, or null when unknown (then time plays no part)
 * @param embedding the unit embedding of its title and lede
 * @param terms the content words of its title and lede, each weighted by how telling it is (TF-IDF)
 * @param actors its actors, each weighted by how telling it is (rarer actors weigh more)
 * @param statements the statements it carries (the same words carried by several outlets are one statement)
 * @param copyOf the article it is a near-duplicate of, or null; a copy joins that article's story
 */
public record StoryItem(String articleId, LocalDate day, float[] embedding, Map<String, Double> terms, Map<String, Double> actors, Set<Long> statements, String copyOf) {

    public StoryItem {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(embedding, "embedding");
        // in a fixed order, so that the sums of closeness add up the same way in every run
        terms = Collections.unmodifiableMap(new TreeMap<>(terms));
        actors = Collections.unmodifiableMap(new TreeMap<>(actors));
        statements = Set.copyOf(statements);
        requireWeights("term", terms);
        requireWeights("actor", actors);
    }

    private static void requireWeights(String what, Map<String, Double> weights) {
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            if (!(weight.getValue() >= 0) || weight.getValue().isInfinite()) {
                throw new IllegalArgumentException(what + " weight must be a non-negative number: " + weight);
            }
        }
    }
}
