package dev.dossier.clean;

import java.util.Objects;

/**
 * Undoes mojibake: text that was encoded as UTF-8 and decoded with a single-byte code page
 * ("cafÃ©" for "café", "â€™" for "’"), once or several times, whole or in parts, with or
 * without some bytes lost on the way. Stateless and thread-safe.
 *
 * <p>Design notes. Repair is a loop of small steps until nothing changes (the idea of Python's
 * ftfy, Robyn Speer, Apache-2.0; this is our own implementation):
 *
 * <ol>
 *   <li>{@link LossyPunctuation}: remnants of punctuation whose bytes were stripped ("wonât",
 *       "said.â", "â¦"), which no decoding can bring back.
 *   <li>If the text looks broken ({@link MojibakeHeuristic}), encode all of it with each
 *       {@link CodePage} in turn and read the bytes as UTF-8 ({@link Utf8Bytes}), after putting
 *       back no-break spaces that became spaces and marking sequences that lost bytes. The first
 *       page that gives valid UTF-8 wins.
 *   <li>Otherwise repair each run that looks like UTF-8 in disguise ({@link Utf8Runs}) on its
 *       own, if that run looks broken by itself: text mixed from a correct and a broken source.
 *   <li>Otherwise read the C1 controls that are left (U+0080-U+009F) as windows-1252, as
 *       browsers do: U+0085 becomes "…".
 * </ol>
 *
 * <p>Text that does not look broken is returned as it is; ASCII text is returned after one scan.
 * HTML entities are not decoded here: that is the HTML parser's job.
 *
 * <p>Complexity: each step is linear in the length of the text, and the number of steps is
 * bounded ({@link #MAX_STEPS}), so repair is O(n).
 */
final class Mojibake {

    /** Enough for three layers of mojibake with a lossy layer on top; real text needs fewer. */
    private static final int MAX_STEPS = 12;

    private Mojibake() {}

    /** The text with mojibake undone; {@code text} itself when there is none. */
    static String repair(String text) {
        Objects.requireNonNull(text, "text");
        if (isAscii(text)) {
            return text;
        }
        String current = text;
        for (int step = 0; step < MAX_STEPS; step++) {
            String next = LossyPunctuation.restore(current);
            next = step(next);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /** Repairs the decoding only, without the guesses of {@link LossyPunctuation}. */
    private static String repairDecoding(String text) {
        String current = text;
        for (int step = 0; step < MAX_STEPS; step++) {
            String next = step(current);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /** One step of decoding repair; {@code text} itself when none applies. */
    private static String step(String text) {
        if (isAscii(text) || !MojibakeHeuristic.looksBroken(text)) {
            return text;
        }
        for (CodePage page : CodePage.CANDIDATES) {
            byte[] bytes = page.encode(text);
            if (bytes == null) {
                continue;
            }
            if (page.spacesMayBeNoBreak()) {
                bytes = Utf8Bytes.restoreNoBreakSpaces(bytes);
            }
            if (page.sloppy()) {
                bytes = Utf8Bytes.markLostSequences(bytes);
            }
            String decoded = Utf8Bytes.decode(bytes);
            if (decoded != null) {
                return decoded;
            }
        }
        String runsRepaired = repairRuns(text);
        return runsRepaired.equals(text) ? readC1AsWindows1252(text) : runsRepaired;
    }

    /** Repairs each run of disguised UTF-8 that looks broken on its own (and is not all the text). */
    private static String repairRuns(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            int end = Utf8Runs.runEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            String run = text.substring(i, end);
            if (run.length() < text.length() && MojibakeHeuristic.looksBroken(run)) {
                String repaired = repairDecoding(run);
                if (!repaired.equals(run)) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copied, i).append(repaired);
                    copied = end;
                }
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String readC1AsWindows1252(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(CodePage.WINDOWS_1252.decode(c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
