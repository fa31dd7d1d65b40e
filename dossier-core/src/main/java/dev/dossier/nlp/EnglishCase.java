package dev.dossier.nlp;

import java.util.Locale;

/**
 * Keeps CoreNLP's English models working under every default locale. CoreNLP lowercases and
 * uppercases words with the JVM's default locale when it computes its features, and in a Turkish or
 * Azerbaijani locale "In" lowercases to "ın" and "India" to "ındıa": words its models never saw,
 * so that the tagger reads "In Korvask, ..." as a person's name and misses "INDIA" as a place. The
 * default locale is process-wide and CoreNLP reads it at every call, so the only remedy is to set it
 * to {@link Locale#ROOT} before the models run. Dossier's own code names its locale at every call
 * (forbidden-apis enforces it), so nothing else changes.
 */
public final class EnglishCase {

    private EnglishCase() {}

    /**
     * Sets the default locale to {@link Locale#ROOT} when the current one maps the case of ASCII
     * letters differently, saying so through the platform logger (standard error unless configured); does nothing otherwise.
     */
    public static synchronized void ensure() {
        Locale current = Locale.getDefault();
        if (mapsAsciiLikeEnglish(current)) {
            return;
        }
        Locale.setDefault(Locale.ROOT);
        System.getLogger(EnglishCase.class.getName()).log(System.Logger.Level.WARNING, "the default locale " + current.toLanguageTag()
                + " changes the case of I and i, which breaks CoreNLP's English models; this process now runs with the root locale");
    }

    /** Whether lowercasing and uppercasing ASCII letters in {@code locale} gives what it gives in English. */
    static boolean mapsAsciiLikeEnglish(Locale locale) {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String lower = letters.toLowerCase(Locale.ROOT);
        return letters.toLowerCase(locale).equals(lower) && lower.toUpperCase(locale).equals(letters);
    }
}
