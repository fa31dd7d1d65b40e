package dev.dossier.quotes;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The word forms of verbs given by their base: a cue lexicon that lists "promise" also knows
 * "promises", "promised" and "promising", so that no form a writer happens to use is missing.
 * A base is written as it is spelt, followed by marks for what spelling alone cannot tell:
 * <ul>
 *   <li>{@code "admit*"}: the last consonant doubles ("admitted", "admitting");
 *   <li>{@code "say/said"}: an irregular past, which replaces the regular one
 *       ({@code "write/wrote/written"} gives both past forms).
 * </ul>
 * Stateless.
 */
final class VerbForms {

    private VerbForms() {}

    /** Every form of every base in {@code bases}, in lower case. */
    static Set<String> of(String... bases) {
        Set<String> forms = new HashSet<>();
        for (String base : bases) {
            forms.addAll(ofOne(base));
        }
        return Set.copyOf(forms);
    }

    private static Set<String> ofOne(String entry) {
        String[] parts = entry.split("/");
        boolean doubles = parts[0].endsWith("*");
        String base = doubles ? parts[0].substring(0, parts[0].length() - 1) : parts[0];
        Set<String> forms = new HashSet<>();
        forms.add(base);
        forms.add(thirdPerson(base));
        String stem = doubles ? base + base.charAt(base.length() - 1) : base;
        forms.add(participle(stem));
        if (parts.length > 1) {
            forms.addAll(Arrays.asList(parts).subList(1, parts.length));
        } else {
            forms.add(past(stem));
        }
        return forms;
    }

    /** "promises", "replies", "stresses", "echoes", "says". */
    private static String thirdPerson(String base) {
        if (base.endsWith("y") && !vowel(base.charAt(base.length() - 2))) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
                || base.endsWith("z") || base.endsWith("o")) {
            return base + "es";
        }
        return base + "s";
    }

    /** "promised", "replied", "echoed", "admitted" (from the doubled stem). */
    private static String past(String stem) {
        if (stem.endsWith("e")) {
            return stem + "d";
        }
        if (stem.endsWith("y") && !vowel(stem.charAt(stem.length() - 2))) {
            return stem.substring(0, stem.length() - 1) + "ied";
        }
        return stem + "ed";
    }

    /** "promising", "replying", "agreeing", "admitting" (from the doubled stem). */
    private static String participle(String stem) {
        if (stem.endsWith("e") && !stem.endsWith("ee")) {
            return stem.substring(0, stem.length() - 1) + "ing";
        }
        return stem + "ing";
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
