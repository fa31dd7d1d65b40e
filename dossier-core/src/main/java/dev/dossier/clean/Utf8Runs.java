package dev.dossier.clean;

import java.util.BitSet;

/**
 * Finds runs of characters that look like UTF-8 read with a single-byte code page, inside text
 * that is otherwise correct, so that they can be repaired on their own. Stateless and
 * thread-safe.
 *
 * <p>A run is one or more UTF-8 sequences in disguise: a character that some code page of the
 * {@link CodePage#WINDOWS_FAMILY} reads from a lead byte (C2-DF, E0-EF, or F0/F3, the only
 * four-byte leads of assigned characters in common use) followed by as many characters read from
 * continuation bytes (80-BF) as that lead needs. A space may stand for a continuation byte, since
 * 0xA0 is often turned into a space. The character sets are derived from the code pages rather
 * than listed. A run may not start right after a continuation character other than a space, a
 * dash, a quotation mark, a bullet or an ellipsis: repairing a few characters inside a long
 * garble only makes it worse.
 */
final class Utf8Runs {

    private static final BitSet LEADS_OF_TWO = new BitSet(0x10000);
    private static final BitSet LEADS_OF_THREE = new BitSet(0x10000);
    private static final BitSet LEADS_OF_FOUR = new BitSet(0x10000);
    private static final BitSet CONTINUATIONS = new BitSet(0x10000);
    private static final BitSet STRICT_CONTINUATIONS = new BitSet(0x10000);

    static {
        for (CodePage page : CodePage.WINDOWS_FAMILY) {
            for (int b = 0xC2; b <= 0xDF; b++) {
                LEADS_OF_TWO.set(page.decode(b));
            }
            for (int b = 0xE0; b <= 0xEF; b++) {
                LEADS_OF_THREE.set(page.decode(b));
            }
            LEADS_OF_FOUR.set(page.decode(0xF0));
            LEADS_OF_FOUR.set(page.decode(0xF3));
            for (int b = 0x80; b <= 0xBF; b++) {
                CONTINUATIONS.set(page.decode(b));
            }
        }
        STRICT_CONTINUATIONS.or(CONTINUATIONS);
        for (char loose : "–—―‘’‚“”„•…".toCharArray()) {
            STRICT_CONTINUATIONS.clear(loose);
        }
        CONTINUATIONS.set(' ');
    }

    private Utf8Runs() {}

    /**
     * The end (exclusive) of the run that starts at {@code start}, or -1 when none starts there.
     */
    static int runEnd(String text, int start) {
        if (start > 0 && STRICT_CONTINUATIONS.get(text.charAt(start - 1))) {
            return -1;
        }
        int end = start;
        while (end < text.length()) {
            int length = sequenceLength(text, end);
            if (length == 0) {
                break;
            }
            end += length;
        }
        return end > start ? end : -1;
    }

    /** Whether {@code c} could have been read from a continuation byte (80-BF). */
    static boolean isContinuation(char c) {
        return c != ' ' && CONTINUATIONS.get(c);
    }

    private static int sequenceLength(String text, int at) {
        char lead = text.charAt(at);
        int continuations;
        if (LEADS_OF_TWO.get(lead)) {
            continuations = 1;
        } else if (LEADS_OF_THREE.get(lead)) {
            continuations = 2;
        } else if (LEADS_OF_FOUR.get(lead)) {
            continuations = 3;
        } else {
            return 0;
        }
        if (at + continuations >= text.length()) {
            return 0;
        }
        for (int k = 1; k <= continuations; k++) {
            if (!CONTINUATIONS.get(text.charAt(at + k))) {
                return 0;
            }
        }
        return continuations + 1;
    }
}
