package dev.dossier.clean;

import java.util.regex.Pattern;

/** Whitespace normalisation for paragraph text. */
final class Whitespace {

    private static final Pattern RUNS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

    private Whitespace() {}

    /** Runs of any whitespace become one space; invisible characters go; ends are trimmed. */
    static String normalize(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return RUNS.matcher(visible).replaceAll(" ").strip();
    }
}
