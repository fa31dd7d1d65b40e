package dev.dossier.entities;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds one name word (or a surname with its particles) to a comparison key, so that the
 * spellings news outlets use for the same name meet.
 *
 * <p>Design notes. The rules below are applied, in order and repeatedly until none changes the
 * word, to the lowercase (Locale.ROOT), diacritic-free letters of the word; everything that is not
 * a letter (hyphens, apostrophes, spaces between particles) is dropped first. Repeating to a fixed
 * point makes the fold idempotent by construction. Each rule exists because Latin spellings of the
 * same Cyrillic (or Arabic) spelling differ in exactly that way:
 *
 * <ol>
 *   <li>{@code ck -> k}, then {@code c -> k} unless before e, i, y, h or z (the soft or digraph
 *       c): Victor / Viktor, Marco / Marko. "Chen", "Francis", "Czech" keep their c.
 *   <li>{@code ph -> f}: Stephan / Stefan, Joseph / Josef.
 *   <li>{@code w -> v}: Dastowa / Dastova, Wolodymyr / Volodymyr (German and Polish spellings).
 *   <li>{@code ks -> x}: Aleksei / Alexei, Ksenia / Xenia.
 *   <li>word-initial {@code ye -> e}: Yevgeny / Evgeny, Yelena / Elena, Yermak / Ermak.
 *   <li>{@code iya -> ya}, then {@code ia, ja -> ya} and {@code iu, ju -> yu}: Nataliya / Natalia /
 *       Natalya, Ilia / Ilya, Janek / Yanek, Iurii / Yuri / Juri.
 *   <li>{@code ii -> i}: Iurii / Yuri, Dmitrii / Dmitri.
 *   <li>doubled consonants collapse: Voronell / Voronel, Mohammed / Mohamed, Assad / Asad.
 *       Doubled vowels stay (Lee / Le, Reed / Red are different names).
 *   <li>the Slavic endings {@code -iy, -yy, -yi, -ij, -ii, -y} become {@code -i}: Zelenskyy /
 *       Zelenskiy / Zelensky / Zelenski, Sergey / Sergei, Arkadiy / Arkady / Arkadi, Dmitriy /
 *       Dmitry, Syrskyi / Syrsky.
 * </ol>
 *
 * <p>Deliberately not folded: a trailing {@code -a} or {@code -e}, which marks gender (Alexandra
 * is not Alexander, Zelenska is not Zelensky, Dastova is not Dastov); {@code kh / h}, which
 * English-language outlets keep apart consistently and whose folding would merge different names
 * (Khan / Han, Khalil / Halil); {@code h / g} (Hunter / Gunter) and word-initial {@code je / e}
 * (Jed / Ed). Given names whose Latin forms differ beyond these rules, but which spell the same
 * native name, are listed in {@link #GIVEN_NAME_FORMS}.
 *
 * <p>Thread-safe: stateless.
 */
final class NameFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");
    private static final Pattern HARD_C = Pattern.compile("c(?![eiyhz])");
    private static final Pattern INITIAL_YE = Pattern.compile("^ye");
    private static final Pattern I_YA = Pattern.compile("iya");
    private static final Pattern Y_BEFORE_A = Pattern.compile("[ij]a");
    private static final Pattern Y_BEFORE_U = Pattern.compile("[ij]u");
    private static final Pattern DOUBLE_CONSONANT = Pattern.compile("([b-df-hj-np-tv-z])\\1+");
    private static final Pattern SLAVIC_ENDING = Pattern.compile("(?:iy|yy|yi|ij|ii|y)$");

    /** Letters that Unicode decomposition leaves whole: mapped by hand before the ASCII filter. */
    private static final Map<Character, String> SPECIAL_LETTERS = Map.ofEntries(
            Map.entry('ø', "o"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ß', "ss"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"));

    /**
     * Given names that spell one native name (the same Cyrillic or Arabic letters) but differ by
     * more than the rules above; the first form of each group is the canonical one. Different
     * native names stay apart even when they are "the same name" in another language: Volodymyr
     * (Володимир) is not Vladimir (Владимир), Oleksandr is not Aleksandr, Serhiy is not Sergei.
     * Bohdan / Bogdan are one entry because both transliterate Богдан.
     */
    private static final List<List<String>> GIVEN_NAME_FORMS = List.of(
            List.of("Alexander", "Aleksandr", "Alexandr", "Aleksander"),
            List.of("Alexei", "Aleksei", "Alexey", "Aleksey", "Alexej", "Aleksej"),
            List.of("Andrei", "Andrey", "Andrej"),
            List.of("Arkady", "Arkadiy", "Arkadi", "Arkadij"),
            List.of("Bogdan", "Bohdan"),
            List.of("Dmitry", "Dmitri", "Dmitriy", "Dmitrij"),
            List.of("Mikhail", "Michail"),
            List.of("Mohammed", "Muhammad", "Mohammad", "Mohamed", "Muhammed", "Mohamad"),
            List.of("Natalia", "Natalya", "Nataliya", "Nataliia"),
            List.of("Sergei", "Sergey", "Serguei", "Sergej"),
            List.of("Yevgeny", "Evgeny", "Yevgeniy", "Evgeniy", "Jewgeni", "Evgenii"),
            List.of("Yulia", "Yuliya", "Iuliia", "Julija"),
            List.of("Yuri", "Yury", "Yuriy", "Iurii", "Juri", "Jurij"));

    private static final Map<String, String> CANONICAL_GIVEN = canonicalGivenNames();

    private NameFolding() {}

    /**
     * The lowercase letters a-z of {@code text}: case folded with Locale.ROOT, diacritics and every
     * non-letter removed ("Erdoğan" becomes "erdogan", "al-Assad" becomes "alassad").
     */
    static String letters(String text) {
        return NOT_LETTER.matcher(ascii(text)).replaceAll("");
    }

    /**
     * {@code text} in lowercase (Locale.ROOT) with diacritics removed and the letters that do not
     * decompose spelt out ("Łódź" becomes "lodz", "Øresund" becomes "oresund"); other characters stay.
     */
    static String ascii(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder mapped = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String special = SPECIAL_LETTERS.get(c);
            mapped.append(special != null ? special : String.valueOf(c));
        }
        return MARKS.matcher(Normalizer.normalize(mapped, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The comparison key of a surname or of one name word; idempotent; empty when it has no letters. */
    static String fold(String word) {
        String current = letters(word);
        String previous;
        do {
            previous = current;
            current = foldOnce(current);
        } while (!current.equals(previous));
        return current;
    }

    /** The key of a given name: {@link #fold} then, for the listed variant forms, the canonical form's key. */
    static String foldGiven(String word) {
        String key = fold(word);
        return CANONICAL_GIVEN.getOrDefault(key, key);
    }

    private static String foldOnce(String s) {
        String out = s.replace("ck", "k");
        out = HARD_C.matcher(out).replaceAll("k");
        out = out.replace("ph", "f").replace('w', 'v').replace("ks", "x");
        out = INITIAL_YE.matcher(out).replaceFirst("e");
        out = I_YA.matcher(out).replaceAll("ya");
        out = Y_BEFORE_A.matcher(out).replaceAll("ya");
        out = Y_BEFORE_U.matcher(out).replaceAll("yu");
        out = out.replace("ii", "i");
        out = DOUBLE_CONSONANT.matcher(out).replaceAll("$1");
        return SLAVIC_ENDING.matcher(out).replaceFirst("i");
    }

    private static Map<String, String> canonicalGivenNames() {
        Map<String, String> canonical = new HashMap<>();
        for (List<String> group : GIVEN_NAME_FORMS) {
            String first = fold(group.get(0));
            for (String form : group) {
                String key = fold(form);
                String clash = canonical.putIfAbsent(key, first);
                if (clash != null && !clash.equals(first)) {
                    throw new IllegalStateException("given-name form " + form + " folds into two groups");
                }
            }
        }
        return Map.copyOf(canonical);
    }
}
