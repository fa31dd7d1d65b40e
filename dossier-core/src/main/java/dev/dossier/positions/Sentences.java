package dev.dossier.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the sentences of a short text begin: after a full stop, question or exclamation mark
 * (and any closing quote or bracket) followed by a space. Good enough for the few sentences of a
 * statement and its frame. A full stop after a title ("Gen. Halvorsen", "Sen. Ted Cruz"), after
 * an initial ("Paul D. Ryan", "Roe v. Wade"), or before a word in lower case ends no sentence:
 * a split there would part a cue from the issue it is about.
 *
 * <p>Immutable and thread-safe.
 */
final class Sentences {

    /** Titles and abbreviations that a full stop follows in mid-sentence ("Mr.", "Sen.", "Gov."), lower case. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
            "prof", "rev", "hon", "st", "jr", "sr", "vs", "messrs", "amb", "pres", "supt", "lieut", "cmdr", "ft", "mt", "no");

    private final int[] starts;

    private Sentences(int[] starts) {
        this.starts = starts;
    }

    static Sentences of(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                if (c == '.' && (abbreviation(text, i) || lowerCaseFollows(text, i + 1))) {
                    continue;
                }
                int next = i + 1;
                while (next < text.length() && isCloser(text.charAt(next))) {
                    next++;
                }
                if (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    starts.add(next + 1);
                    i = next;
                }
            }
        }
        return new Sentences(starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Whether the full stop at {@code dot} ends a title ("Sen.") or an initial ("D.", "v.") written as a word of its
     * own; "No." only before a digit ("No. 2"), since "the answer is no." ends a sentence.
     */
    private static boolean abbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        if (from == dot || (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '('
                && text.charAt(from - 1) != '-')) {
            return false;
        }
        String word = text.substring(from, dot).toLowerCase(Locale.ROOT);
        if (word.equals("no")) {
            int next = dot + 1;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            return Character.isUpperCase(text.charAt(from)) && next < text.length() && Character.isDigit(text.charAt(next));
        }
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    /** Whether the next word after the full stop starts in lower case ("the Khan family. and ..." is one sentence). */
    private static boolean lowerCaseFollows(String text, int from) {
        int next = from;
        while (next < text.length() && (Character.isWhitespace(text.charAt(next)))) {
            next++;
        }
        return next > from && next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    /** Which sentence the character at {@code offset} is in, counting from 0. */
    int indexOf(int offset) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    boolean same(int offset, int other) {
        return indexOf(offset) == indexOf(other);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
    }
}
