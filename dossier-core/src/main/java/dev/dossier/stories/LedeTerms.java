package dev.dossier.stories;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The content words of a title and lede with their counts: what a story's reports have in common
 * word for word (the place struck, the thing exchanged), which sentence embeddings blur when
 * every report of a long saga is about the same countries and people.
 *
 * <p>Words are lower-cased runs of letters and digits of at least three characters, less a short
 * list of English function words; numbers are kept (casualty counts and dates are telling).
 * Stateless and thread-safe.
 */
public final class LedeTerms {

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "but", "not", "his", "her",
            "its", "their", "they", "them", "this", "these", "those", "from", "been", "which", "who", "whom", "what",
            "when", "where", "will", "would", "could", "should", "can", "may", "might", "said", "says", "say", "also",
            "after", "before", "than", "then", "into", "over", "about", "there", "here", "our", "out", "one", "all",
            "any", "more", "most", "other", "some", "such", "only", "you", "your", "she", "him", "told", "did",
            "does", "being", "because", "while", "just", "very", "new", "two", "first", "last", "week", "year", "day",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday");

    private LedeTerms() {
    }

    /** Each content word of the text with how often it occurs, in alphabetical order. */
    public static Map<String, Integer> of(String text) {
        Map<String, Integer> terms = new TreeMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (word.length() >= 3 && !FUNCTION_WORDS.contains(word)) {
                terms.merge(word, 1, Integer::sum);
            }
        }
        return terms;
    }
}
