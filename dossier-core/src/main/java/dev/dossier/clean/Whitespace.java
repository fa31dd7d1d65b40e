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
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return Normalizer.normalize(RUNS.matcher(visible).replaceAll(" ").strip(), Normalizer.Form.NFC);
    }
}
