package dev.dossier.positions;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the sentences of a short text begin: after a full stop, question or exclamation mark
 * (and any closing quote or bracket) followed by a space. Good enough for the few sentences of a
 * statement and its frame; abbreviations ("Gen. Halvorsen") may split a sentence, which only
 * narrows what is read.
 *
 * <p>Immutable and thread-safe.
 */
final class Sentences {

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
