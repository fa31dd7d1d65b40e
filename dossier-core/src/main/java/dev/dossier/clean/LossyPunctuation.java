package dev.dossier.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Restores punctuation from what lossy mojibake left of it. Stateless and thread-safe.
 *
 * <p>Design notes. General punctuation is encoded in UTF-8 as E2 80 xx: ’ is E2 80 99, “ is E2 80
 * 9C, ” is E2 80 9D, – is E2 80 93, … is E2 80 A6. Read as Latin-1, that is "â" followed by C1
 * controls, which many scrapers then strip; read as windows-1252, the undefined byte 9D is
 * dropped. What is left is a bare "â" (U+00E2), "â¦", "â€" and the like, which no UTF-8 decoding
 * can undo because the bytes are gone. Which punctuation it was has to be guessed from context.
 *
 * <p>A genuine â is common in French, Portuguese, Romanian, Vietnamese, Welsh and Turkish
 * (château, pâte, învățământ, Tâm, hâlâ), so each rule below is one of two strengths. A
 * <em>strong</em> rule matches a shape that no word in those languages has and is always applied.
 * A <em>weak</em> rule is only applied when the same text holds other evidence of mojibake: a
 * strong remnant, or a juxtaposition {@link MojibakeHeuristic} recognises, because in text that
 * went through such a mix-up a genuine â would itself have become "Ã¢".
 *
 * <p>Only an "â" that cannot begin a UTF-8 sequence is considered: one followed by a character
 * that a code page reads from a continuation byte (or by a space and then one, the space standing
 * for a lost 0xA0) is left to the decoding repair in {@link Mojibake}.
 */
final class LossyPunctuation {

    private static final char A_CIRCUMFLEX = 'â';
    private static final char SWALLOWED_ELLIPSIS = '\u29A0';
    private static final String RIGHT_SINGLE = "\u2019";
    private static final String LEFT_DOUBLE = "\u201C";
    private static final String RIGHT_DOUBLE = "\u201D";
    /** English contractions and the possessive; "’t" and "’m" are checked apart (see below). */
    private static final Set<String> CONTRACTION_ENDINGS = Set.of("s", "d", "ll", "re", "ve");
    private static final int LONGEST_WORD = 40;

    private LossyPunctuation() {}

    /** Text with the remnants restored; the text itself when it has none. O(n). */
    static String restore(String text) {
        text = restoreSwallowedEllipsis(text);
        if (text.indexOf(A_CIRCUMFLEX) < 0) {
            return text;
        }
        boolean evidence = hasStrongRemnant(text) || MojibakeHeuristic.looksBroken(text);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            Remnant remnant = text.charAt(i) == A_CIRCUMFLEX ? remnantAt(text, i) : null;
            if (remnant != null && (remnant.always() || evidence)) {
                out.append(remnant.replacement());
                i += remnant.length();
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /**
     * "from ⦠Nato": an ellipsis (E2 80 A6) that lost its middle byte and swallowed the lead byte of
     * the no-break space after it (C2 A0), leaving E2 A6 A0, the angle symbol U+29A0. That symbol
     * has no business in news text after a space, so it is always read back as an ellipsis and a space.
     */
    private static String restoreSwallowedEllipsis(String text) {
        if (text.indexOf(SWALLOWED_ELLIPSIS) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == SWALLOWED_ELLIPSIS && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                out.append('…');
                if (i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasStrongRemnant(String text) {
        for (int i = text.indexOf(A_CIRCUMFLEX); i >= 0; i = text.indexOf(A_CIRCUMFLEX, i + 1)) {
            Remnant remnant = remnantAt(text, i);
            if (remnant != null && remnant.always()) {
                return true;
            }
        }
        return false;
    }

    /** What the "â" at {@code i} is a remnant of, or null when it is not one (or is ambiguous). */
    private static Remnant remnantAt(String text, int i) {
        char previous = charAt(text, i - 1);
        char next = charAt(text, i + 1);
        char afterNext = charAt(text, i + 2);
        // inside a longer garble the decoding repair knows better
        if (Utf8Runs.isContinuation(previous)) {
            return null;
        }
        // Three-character remnants: E2 80 A6, E2 82 AC and E2 80 A2 or E2 84 A2 without their
        // middle byte, and windows-1252 readings that dropped the undefined byte 9D or 8D.
        if (next == '¦' || next == '¬' || next == '¢' || next == '€') {
            // a '?' or U+FFFD after it marks the lost byte, which the decoding repair handles
            if (Utf8Runs.isContinuation(afterNext) || isLostByteMark(afterNext)) {
                return null;
            }
            return switch (next) {
                case '¦' -> Remnant.always("…", 2);
                case '¬' -> Remnant.always("€", 2);
                case '¢' -> Remnant.always(Character.isLetterOrDigit(previous) ? "™" : "•", 2);
                default -> euroRemnant(afterNext);
            };
        }
        if (Utf8Runs.isContinuation(next) || next == ' ' && Utf8Runs.isContinuation(afterNext)) {
            return null;
        }
        boolean wordBefore = Character.isLetter(previous);
        boolean endAfter = next == 0 || Character.isWhitespace(next) || isClosingPunctuation(next);
        boolean startBefore = previous == 0 || Character.isWhitespace(previous) || "([{".indexOf(previous) >= 0;

        // said.â / today,â -> ” : no word ends in punctuation and then â
        if (".,!?;:".indexOf(previous) >= 0 && previous != 0 && endAfter) {
            return Remnant.always(RIGHT_DOUBLE, 1);
        }
        // 1990â2000, won 3â1 -> – : no word has â between digits
        if (Character.isDigit(previous) && Character.isDigit(next)) {
            return Remnant.always("\u2013", 1);
        }
        if (wordBefore) {
            String word = wordEndingAt(text, i - 1);
            boolean plainWord = isPlainLatin(word) && !followsWordInternalCircumflex(text, i - word.length());
            if (Character.isLetter(next)) {
                String ending = wordStartingAt(text, i + 1);
                if (plainWord && isContraction(word, ending.toLowerCase(Locale.ROOT))) {
                    return Remnant.always(RIGHT_SINGLE, 1); // wonât, Starmerâs, weâre, Iâm
                }
                if (Character.isUpperCase(next)) {
                    return Remnant.always(RIGHT_SINGLE, 1); // OâBrien: â never precedes a capital
                }
                return Remnant.withEvidence(RIGHT_SINGLE, 1);
            }
            if (endAfter) {
                // no word of the languages that write â ends in it, except a few such as
                // Turkish hâlâ, which a word with â in it excludes
                return plainWord ? Remnant.always(RIGHT_DOUBLE, 1) : Remnant.withEvidence(RIGHT_DOUBLE, 1);
            }
            return null;
        }
        if (startBefore) {
            if (Character.isUpperCase(next) || Character.isDigit(next)) {
                return Remnant.always(LEFT_DOUBLE, 1); // âWe: â does not begin a word before a capital
            }
            if (Character.isLetter(next)) {
                return Remnant.withEvidence(LEFT_DOUBLE, 1); // âwe, but also French âge
            }
            if (previous != 0 && next != 0 && Character.isWhitespace(previous) && Character.isWhitespace(next)) {
                return Remnant.withEvidence("\u2013", 1); // a spaced dash; Welsh has the word â
            }
        }
        return null;
    }

    /**
     * "â€" is E2 80 read as windows-1252 with the third byte dropped because windows-1252 leaves
     * it undefined: 9D (”), or 8D, the zero-width joiner inside emoji sequences. Before anything
     * but an emoji, plain text or the end it is a fragment of a larger garble.
     */
    private static Remnant euroRemnant(char afterNext) {
        if (afterNext == 'ð' || Character.isSurrogate(afterNext)) {
            return Remnant.always("\u200D", 2);
        }
        return afterNext < 0x80 || Character.isWhitespace(afterNext) ? Remnant.always(RIGHT_DOUBLE, 2) : null;
    }

    /**
     * "’t" follows only "n" (don’t, won’t), "’m" only "I"; the rest follow any word of two or more
     * letters, or "I" (I’d, I’ll, I’ve).
     */
    private static boolean isContraction(String word, String ending) {
        if (ending.equals("t")) {
            return word.length() >= 2 && (word.endsWith("n") || word.endsWith("N"));
        }
        if (ending.equals("m")) {
            return word.equals("I");
        }
        return CONTRACTION_ENDINGS.contains(ending) && (word.length() >= 2 || word.equals("I"));
    }

    /** Letters of Latin-1 only, and no â: Romanian, Vietnamese and Turkish words fall outside. */
    private static boolean isPlainLatin(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= 0x100 || c == A_CIRCUMFLEX) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLostByteMark(char c) {
        return c == '?' || c == '\uFFFD';
    }

    private static boolean isClosingPunctuation(char c) {
        return ".,;:!?)]}".indexOf(c) >= 0;
    }

    /**
     * The letters up to {@code last}, back to the previous "â" at most (which may be an opening
     * remnant, as in "âexcellentâ") and to {@link #LONGEST_WORD} letters, which keeps the pass O(n).
     */
    private static String wordEndingAt(String text, int last) {
        int start = last;
        while (start > 0 && last - start < LONGEST_WORD && Character.isLetter(text.charAt(start - 1))
                && text.charAt(start - 1) != A_CIRCUMFLEX) {
            start--;
        }
        return text.substring(start, last + 1);
    }

    /** Whether the word at {@code start} follows an "â" inside a word, as the "l" of hâlâ does. */
    private static boolean followsWordInternalCircumflex(String text, int start) {
        return charAt(text, start - 1) == A_CIRCUMFLEX && Character.isLetter(charAt(text, start - 2));
    }

    private static String wordStartingAt(String text, int first) {
        int end = first;
        while (end < text.length() && end - first < LONGEST_WORD && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(first, end);
    }

    /** The character at {@code i}, or 0 outside the text. */
    private static char charAt(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : 0;
    }

    /**
     * A replacement for {@code length} characters from an "â"; {@code always} for a strong rule,
     * otherwise only applied given other evidence of mojibake.
     */
    private record Remnant(String replacement, int length, boolean always) {

        static Remnant always(String replacement, int length) {
            return new Remnant(replacement, length, true);
        }

        static Remnant withEvidence(String replacement, int length) {
            return new Remnant(replacement, length, false);
        }
    }
}
