package dev.dossier.positions;

import dev.dossier.model.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a text names an issue: every run of words that equals one of its phrases, or of its
 * contrary phrases, once both are folded ({@link Words#fold}), so "foreign armies" matches the
 * phrase "foreign army" and "Kestria's sanctions" the phrase "sanctions".
 *
 * <p>Immutable and thread-safe.
 */
final class IssueMatcher {

    /** A mention: words {@code [from, to)} of the text, by one of the issue's contrary phrases or not. */
    record Mention(int from, int to, boolean contrary) {}

    private final Issue issue;
    /** A phrase's folded words, and whether it names the issue's other side. */
    private record Phrase(List<String> words, boolean contrary) {}

    private final List<Phrase> phrases = new ArrayList<>();

    IssueMatcher(Issue issue) {
        this.issue = issue;
        fold(issue.phrases(), false);
        fold(issue.contrary(), true);
    }

    private void fold(List<String> given, boolean contrary) {
        for (String phrase : given) {
            List<String> words = Words.foldPhrase(phrase);
            if (!words.isEmpty()) {
                phrases.add(new Phrase(words, contrary));
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
            boolean byContrary = false;
            for (Phrase phrase : phrases) { // the issue's own phrases first: of two as long, the earlier wins
                if (phrase.words().size() > longest && matches(words, i, to, phrase.words())) {
                    longest = phrase.words().size();
                    byContrary = phrase.contrary();
                }
            }
            if (longest > 0) {
                found.add(new Mention(i, i + longest, byContrary));
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
