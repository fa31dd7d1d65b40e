package dev.dossier.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Whitespace and Unicode normalisation for paragraph text. */
final class Whitespace {

    private static final Pattern RUNS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");
    /**
     * Zero-width spaces, word joiners, byte-order marks and soft hyphens. Zero-width (non-)joiners
     * stay: Persian and the Indic scripts spell with them.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD]");

    private Whitespace() {}

    /**
     * Runs of any whitespace become one space; invisible characters go; ends are trimmed; the text
     * is put in Unicode normalisation form C, so that the same word is the same string whichever
     * way the page composed its accents and vowel signs.
     */
    static String normalize(String text) {
        if (isNormal(text)) {
            return text;
        }
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return Normalizer.normalize(RUNS.matcher(visible).replaceAll(" ").strip(), Normalizer.Form.NFC);
    }

    /**
     * Whether {@link #normalize} would change nothing: no invisible character, no whitespace but
     * single spaces, none at either end, and composed. Most paragraphs are, and cleaning asks again
     * for each paragraph after every repair; answering from one pass over the characters saves
     * building three copies of the text each time.
     */
    static boolean isNormal(String text) {
        int last = text.length() - 1;
        if (last >= 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(last)))) {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ';
            if (space ? i < last && text.charAt(i + 1) == ' ' : isRunOrInvisible(c)) {
                return false;
            }
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** A character of {@link #RUNS} or {@link #INVISIBLE} other than the space. */
    private static boolean isRunOrInvisible(char c) {
        return c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c >= '\u2000' && c <= '\u200B'
                || c == '\u3000' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
