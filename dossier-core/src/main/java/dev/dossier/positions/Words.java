package dev.dossier.positions;

import dev.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text with their spans, each also in a folded form that issue phrases are matched
 * on: lower case, curly apostrophes straightened, a possessive 's dropped and a plural made
 * singular ("armies" and "army", "Kestria's" and "kestria", "guarantees" and "guarantee").
 *
 * <p>Immutable and thread-safe.
 */
final class Words {

    /** A word: letters or digits, with inner apostrophes or hyphens ("don't", "Putin-Zelensky"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+(?:['’\\-–][\\p{L}\\p{Nd}]+)*");

    /** One word: its text as written, its folded form, and where it is. */
    record Word(String text, String folded, TextSpan span) {}

    private final List<Word> words;

    private Words(List<Word> words) {
        this.words = words;
    }

    static Words of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(matcher.group(), fold(matcher.group()), new TextSpan(matcher.start(), matcher.end())));
        }
        return new Words(words);
    }

    int size() {
        return words.size();
    }

    Word get(int index) {
        return words.get(index);
    }

    String folded(int index) {
        return words.get(index).folded();
    }

    /** Whether the words from {@code at} on are, folded, {@code phrase} ("think", "tank"). */
    boolean isPhrase(int at, String... phrase) {
        if (at < 0 || at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!words.get(at + k).folded().equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first word that starts at or after {@code offset}, or {@link #size()}. */
    int firstFrom(int offset) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (words.get(middle).span().start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A word in the form phrases are compared in. */
    static String fold(String word) {
        String folded = unquoted(word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('–', '-'));
        if (folded.endsWith("'s")) {
            folded = folded.substring(0, folded.length() - 2);
        } else if (folded.endsWith("'")) {
            folded = folded.substring(0, folded.length() - 1);
        }
        return singular(folded);
    }

    /**
     * A word without the "â" that lossy mojibake leaves of a curly quote mark glued to it ("âuntil", "peopleâ"):
     * a leading one before, or a trailing one after, a plain ASCII letter.
     */
    private static String unquoted(String word) {
        String plain = word;
        if (plain.length() > 2 && plain.charAt(0) == 'â' && plain.charAt(1) >= 'a' && plain.charAt(1) <= 'z') {
            plain = plain.substring(1);
        }
        int last = plain.length() - 1;
        if (last > 1 && plain.charAt(last) == 'â' && plain.charAt(last - 1) >= 'a' && plain.charAt(last - 1) <= 'z') {
            plain = plain.substring(0, last);
        }
        return plain;
    }

    /**
     * Words as {@link #fold} folds them, for a list compared against {@link #folded} words: "midterms" is kept as
     * "midterm", "goes" as "goe", so that the list may be written in plain English.
     */
    static Set<String> foldAll(String... listed) {
        Set<String> folded = new HashSet<>();
        for (String word : listed) {
            folded.add(fold(word));
        }
        return Set.copyOf(folded);
    }

    /** The folded words of a phrase, as {@link #fold} folds each. */
    static List<String> foldPhrase(String phrase) {
        List<String> folded = new ArrayList<>();
        Matcher matcher = WORD.matcher(phrase);
        while (matcher.find()) {
            folded.add(fold(matcher.group()));
        }
        return folded;
    }

    private static String singular(String word) {
        int length = word.length();
        if (length <= 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies") && length > 4) {
            return word.substring(0, length - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, length - 2);
        }
        return word.substring(0, length - 1);
    }
}
