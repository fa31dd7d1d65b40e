package dev.dossier.spark;

import dev.dossier.stories.StoryItem;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Weights for clustering by rarity across the job's articles (inverse document frequency), as the
 * single-machine linker weighs by rarity across its store: an actor or a word found in few
 * articles tells more about a story than one found everywhere; within an article, repetition
 * counts by its logarithm.
 *
 * @param articlesWithTerm in how many articles each content word of a title and lede occurs
 * @param articlesNaming how many articles name each actor, by actor key
 * @param articles how many articles there are
 */
record Rarity(Map<String, Integer> articlesWithTerm, Map<String, Integer> articlesNaming, long articles) implements Serializable {

    Rarity {
        articlesWithTerm = Map.copyOf(articlesWithTerm);
        articlesNaming = Map.copyOf(articlesNaming);
    }

    /** What the clusterer knows of a member: weighted words and actors, and its copy link only when its original is at hand. */
    StoryItem item(Member member, boolean originalAtHand) {
        Map<String, Double> terms = new HashMap<>();
        member.terms().forEach((term, count) -> terms.put(term, rarity(articlesWithTerm.getOrDefault(term, 1)) * (1 + Math.log(count))));
        Map<String, Double> actors = new HashMap<>();
        member.actors().forEach((actor, count) -> actors.put(actor, rarity(articlesNaming.getOrDefault(actor, 1)) * (1 + Math.log(count))));
        return new StoryItem(member.id(), member.day(), member.embedding(), terms, actors, member.statements(),
                originalAtHand ? member.copyOf() : null);
    }

    private double rarity(int naming) {
        return Math.log(1 + (double) articles / Math.max(1, naming));
    }
}
