package dev.dossier.positions;

import dev.dossier.model.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a text names an issue: every run of words that equals one of its phrases once both
 * are folded ({@link Words#fold}), so "foreign armies" matches the phrase "foreign army" and
 * "Kestria's sanctions" the phrase "sanctions".
 *
 * <p>Immutable and thread-safe.
 */
final class IssueMatcher {

    /** A mention: words {@code [from, to)} of the text. */
    record Mention(int from, int to) {}

    private final Issue issue;
    private final List<List<String>> phrases = new ArrayList<>();

    IssueMatcher(Issue issue) {
        this.issue = issue;
        for (String phrase : issue.phrases()) {
            List<String> folded = Words.foldPhrase(phrase);
            if (!folded.isEmpty()) {
                phrases.add(folded);
            }
        }
    }

    Issue issue() {
        return issue;
    }

    /** The mentions in words {@code [from, to)}, left to right, the longest phrase winning where two overlap. */
    List<Mention> mentions(Words words, int from, int to) {
        List<Mention> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            int longest = 0;
            for (List<String> phrase : phrases) {
                if (phrase.size() > longest && matches(words, i, to, phrase)) {
                    longest = phrase.size();
                }
            }
            if (longest > 0) {
                found.add(new Mention(i, i + longest));
                i += longest;
            } else {
                i++;
            }
        }
        return found;
    }

    boolean mentioned(Words words) {
        return !mentions(words, 0, words.size()).isEmpty();
    }

    private static boolean matches(Words words, int at, int to, List<String> phrase) {
        if (at + phrase.size() > to) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.folded(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
