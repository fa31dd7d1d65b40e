package dev.dossier.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Decides whether text looks like it contains mojibake. Stateless and thread-safe.
 *
 * <p>Design notes. Only a few hundred characters ever come out of reading UTF-8 with one of the
 * code pages in {@link CodePage}: accented Latin capitals and small letters, Greek and Cyrillic
 * letters, the symbols and punctuation of the code pages' upper halves, box drawing from CP437 and
 * the C1 controls. Each gets a few class bits; real writing and mojibake differ in which classes
 * sit next to each other ("a small accented letter before a capital accented letter", "a currency
 * sign before a small accented letter", "a letter and then a diaeresis"). The text looks broken
 * as soon as one such juxtaposition occurs. The classes and the juxtapositions follow the
 * published analysis behind ftfy (Robyn Speer, Apache-2.0), re-expressed as data here; its test
 * cases are our oracle (see MojibakeFtfyCasesTest).
 *
 * <p>Complexity: one pass over the text with a fixed set of short patterns, O(n); a character
 * that can begin no pattern (most letters of most scripts) costs one table lookup.
 */
final class MojibakeHeuristic {

    // Character classes (bits). A character may have several.
    /** Frequent in correct text too: no-break space, soft hyphen, dashes, ellipsis, apostrophe. */
    private static final int COMMON = 1;
    /** The C1 controls, U+0080-U+009F: no longer written on purpose. */
    private static final int C1 = 1 << 1;
    /** Characters that almost only occur in mojibake: ¦ ¤ ¨ ¬ ¯ ¸ ƒ ˆ ˇ ˘ ˛ ˜ † ‡ ‰ ⌐ ◊ � ª º. */
    private static final int BAD = 1 << 2;
    private static final int LAW = 1 << 3;
    private static final int CURRENCY = 1 << 4;
    private static final int OPENING = 1 << 5;
    private static final int CLOSING = 1 << 6;
    private static final int NUMERIC = 1 << 7;
    /** Letters and signs used to draw faces, which may sit in odd company on purpose. */
    private static final int FACE = 1 << 8;
    private static final int UPPER_ACCENTED = 1 << 9;
    private static final int LOWER_ACCENTED = 1 << 10;
    private static final int UPPER_OTHER = 1 << 11;
    private static final int LOWER_OTHER = 1 << 12;
    private static final int BOX = 1 << 13;

    private static final int ACCENTED = UPPER_ACCENTED | LOWER_ACCENTED;
    /** The classes that take part in mojibake juxtapositions. */
    private static final int SUSPECT = BAD | ACCENTED | BOX | OPENING | CLOSING | CURRENCY | NUMERIC | LAW;

    private static final int[] LOW_CLASSES = new int[0x500];
    private static final Map<Character, Integer> HIGH_CLASSES = new HashMap<>();

    static {
        range(0x80, 0x9F, C1);
        chars("\u00A0\u00AD\u00B7\u00B4\u2013\u2014\u2015\u2026\u2019", COMMON);
        chars("¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰⌐◊\uFFFDªº", BAD);
        chars("¶§", LAW);
        chars("¢£¥₧€", CURRENCY);
        chars("¡«¿©΄΅‘‚“„•‹\uF8FF", OPENING);
        chars("®»˝”›™", CLOSING);
        chars("²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№", NUMERIC);
        range('Ò', 'Ö', FACE);
        range('Ù', 'Ü', FACE);
        range('ò', 'ö', FACE);
        range('ø', 'ü', FACE);
        chars("ŐŌŪŲ°", FACE);
        range('À', 'Ñ', UPPER_ACCENTED);
        chars("ØÜÝĂĀĄĆČĎĐĘĚĒĖĞĢİĪĶĹĽŁĻŃŇŅŒŘŚŞŠŢŤŮŰŸŹŻŽҐ", UPPER_ACCENTED);
        range('à', 'ñ', LOWER_ACCENTED);
        chars("ßăąāćčďđęěēėğģįīķĺľłļœŕśşšťüźżžґﬁﬂ", LOWER_ACCENTED);
        range('Α', 'Ω', UPPER_OTHER);
        range('Ё', 'Я', UPPER_OTHER);
        chars("ÞΆΈΉΊΌΎΏΪΫ", UPPER_OTHER);
        range('α', 'ω', LOWER_OTHER);
        range('а', 'џ', LOWER_OTHER);
        chars("άέήίΰ", LOWER_OTHER);
        chars("│┌┐┘├┤┬┼▀▄█▌▐░▒▓", BOX);
        range('═', '╬', BOX);
    }

    /** The juxtapositions; see the class notes. Each reads left to right over adjacent characters. */
    private static final List<Juxtaposition> PATTERNS = List.of(
            // characters nobody writes, or writes next to such company
            Juxtaposition.of(cls(C1)),
            Juxtaposition.of(cls(SUSPECT), cls(BAD)),
            Juxtaposition.of(cls(BAD), cls(SUSPECT)),
            Juxtaposition.of(asciiLetter(), cls(LOWER_OTHER | UPPER_OTHER), cls(BAD)),
            // an accented capital after a small letter or a symbol, an accented small letter
            // after a symbol, a currency sign after a small letter or closing punctuation
            Juxtaposition.of(cls(LOWER_ACCENTED | LOWER_OTHER | BOX | CLOSING | CURRENCY | NUMERIC),
                    cls(UPPER_ACCENTED)),
            Juxtaposition.of(cls(BOX | CLOSING | CURRENCY | NUMERIC), cls(LOWER_ACCENTED)),
            Juxtaposition.of(cls(LOWER_ACCENTED | BOX | CLOSING), cls(CURRENCY)),
            Juxtaposition.of(whitespace(), cls(UPPER_ACCENTED), cls(CURRENCY)),
            Juxtaposition.of(cls(UPPER_ACCENTED | BOX), cls(NUMERIC | LAW)),
            // punctuation that opens after something that ends, or in the middle of a word
            Juxtaposition.of(cls(ACCENTED | BOX | CURRENCY | CLOSING), cls(OPENING), cls(NUMERIC)),
            Juxtaposition.of(cls(ACCENTED | CURRENCY | NUMERIC | BOX | LAW), cls(CLOSING), cls(OPENING)),
            Juxtaposition.of(cls(CURRENCY | NUMERIC | BOX), cls(OPENING)),
            Juxtaposition.of(asciiLower(), cls(UPPER_ACCENTED), cls(OPENING | CURRENCY)),
            Juxtaposition.of(cls(ACCENTED), cls(OPENING | CLOSING), wordChar()),
            // Latin Extended-A (C4 xx, C5 xx) read as windows-1252: ą ę ě ř ś inside a word, the
            // letters whose second byte windows-1252 reads as a letter (Č Ě Ğ ğ Ś Ş ş), and ą and
            // Š at the start of a word
            Juxtaposition.of(asciiLower(), oneOf("ÄÅ"), or(oneOf("…"), cls(CLOSING))),
            Juxtaposition.of(oneOf("ÄÅ"), oneOf("ŠšŒœŽžŸ")),
            Juxtaposition.of(oneOf("ÄÅ"), oneOf("…"), asciiLower()),
            Juxtaposition.of(oneOf("Å"), oneOf("\u00A0"), asciiLower()),
            // box drawing (CP437) next to letters and punctuation rather than to more boxes
            Juxtaposition.of(cls(BOX), cls(FACE | CLOSING)),
            Juxtaposition.of(cls(ACCENTED | CURRENCY | NUMERIC | OPENING | CLOSING | LAW), cls(BOX)),
            // œ is written inside words; alone or before anything else it is windows-1252's 0x9C
            Juxtaposition.of(oneOf("Œœ"), (c, k) -> !isAsciiLetter(c)),
            Juxtaposition.of(cls(UPPER_ACCENTED), oneOf("°")),
            // the leads of two-byte UTF-8 most often misread, before their usual continuations
            Juxtaposition.of(oneOf("ÂÃÎÐ"), or(oneOf("€œŠš¢£Ÿž\u00A0\u00AD®©°·»–—´"), cls(OPENING | CLOSING))),
            Juxtaposition.of(oneOf("×"), oneOf("²³")),
            // Arabic read as windows-1252 is made of the leads Ø and Ù and common punctuation
            Juxtaposition.of(oneOf("ØÙ"), arabicContinuation(), oneOf("ØÙ"), arabicContinuation()),
            // Greek and Cyrillic read as windows-1252: two-byte sequences with leads Î Ï Ð Ñ in a row
            Juxtaposition.of(oneOf("ÎÏÐÑ"), windows1252Continuation(), oneOf("ÎÏÐÑ")),
            // the start of three-byte sequences of South Asian scripts
            Juxtaposition.of(oneOf("à"), oneOf("²µ¹¼½¾")),
            // a whole three-byte sequence (CJK, Indic, symbols) read as windows-1252: the lead, then
            // two characters of the upper half's first quarter, at least one of them a symbol
            Juxtaposition.of(oneOf("àáâãäåæçèéêëìíîï"), or(upperHalfSymbol(), cls(CLOSING)),
                    windows1252Continuation()),
            Juxtaposition.of(oneOf("àáâãäåæçèéêëìíîï"), windows1252Continuation(), upperHalfSymbol()),
            // MacRoman
            Juxtaposition.of(oneOf("√"), oneOf("±∂†≠®™´≤≥¥µø")),
            Juxtaposition.of(oneOf("≈"), oneOf("°¢")),
            Juxtaposition.of(oneOf("‚"), oneOf("Ä"), oneOf("ìîïòôúùû†°¢π")),
            Juxtaposition.of(oneOf("‚"), oneOf("âó"), oneOf("àä°ê")),
            // windows-1251: general punctuation, Latin-1 or Cyrillic in three-letter runs, and
            // windows-1251 on top of windows-1252 ("ГўВЂВ" and a Latin letter or space after one)
            Juxtaposition.of(oneOf("в"), oneOf("Ђ")),
            Juxtaposition.of(oneOf("ВГРС"), or(cls(C1 | BAD | OPENING | CLOSING | CURRENCY), oneOf("°µ")),
                    oneOf("ВГРС")),
            Juxtaposition.of(oneOf("Г"), oneOf("ў"), oneOf("В"), oneOf("Ђ"), oneOf("В"), (c, k) -> true,
                    (c, k) -> isAsciiLetter(c) || c == ' '),
            // à and á, and the no-break space itself, read as windows-1252
            Juxtaposition.of(oneOf("Ã"), oneOf("\u00A0¡")),
            Juxtaposition.of(asciiLower(), oneOf("ÃÂ"), oneOf(" ")),
            Juxtaposition.of(asciiLower(), whitespace(), oneOf("ÃÂ"), oneOf(" ")),
            // Â before the very character it was the first byte of
            Juxtaposition.of(or(oneOf(".,?!"), asciiLower(), cls(CLOSING)), oneOf("Â"),
                    or(oneOf(" "), cls(OPENING | CLOSING))),
            // windows-1253: general punctuation, and Latin-1 or Greek in three-letter runs
            Juxtaposition.of(oneOf("β"), oneOf("€"), oneOf("™\u00A0Ά\u00AD®°")),
            Juxtaposition.of(oneOf("ΒΓΞΟ"), or(cls(C1 | BAD | OPENING | CLOSING | CURRENCY), oneOf("°")),
                    oneOf("ΒΓΞΟ")),
            // windows-1257: general punctuation
            Juxtaposition.of(oneOf("ā"), oneOf("€")));

    /**
     * Only at the start of the text: a lone à or no-break space read as windows-1252. (The
     * repair also asks about runs cut out of a text, whose start is no word boundary, so other
     * patterns that need one ask for a space instead.)
     */
    private static final List<Juxtaposition> AT_START = List.of(Juxtaposition.of(oneOf("ÃÂ"), oneOf(" ")));

    /**
     * For each character that can begin a pattern, the patterns it can begin (bit k for
     * {@code PATTERNS.get(k)}): most characters of most scripts begin none, so the scan skips
     * them at the cost of one lookup. Characters below U+0500 by index, the others by search.
     */
    private static final long[] STARTS_LOW = new long[0x500];
    private static final char[] HIGH_STARTERS;
    private static final long[] HIGH_STARTS;

    static {
        if (PATTERNS.size() > Long.SIZE) {
            throw new IllegalStateException("more patterns than bits in a long: " + PATTERNS.size());
        }
        for (char c = 0; c < STARTS_LOW.length; c++) {
            STARTS_LOW[c] = startsOf(c);
        }
        // Above U+0500 a pattern can only begin at a character with class bits or at a space:
        // every first slot tests class bits, ASCII letters, spaces, or characters with classes.
        TreeSet<Character> candidates = new TreeSet<>(HIGH_CLASSES.keySet());
        for (int c = STARTS_LOW.length; c <= Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                candidates.add((char) c);
            }
        }
        StringBuilder starters = new StringBuilder();
        List<Long> starts = new ArrayList<>();
        for (char c : candidates) {
            long mask = startsOf(c);
            if (mask != 0) {
                starters.append(c);
                starts.add(mask);
            }
        }
        HIGH_STARTERS = starters.toString().toCharArray();
        HIGH_STARTS = starts.stream().mapToLong(Long::longValue).toArray();
    }

    private MojibakeHeuristic() {}

    /** Whether {@code text} contains at least one juxtaposition that is typical of mojibake. */
    static boolean looksBroken(String text) {
        int n = text.length();
        for (Juxtaposition pattern : AT_START) {
            if (pattern.matchesAt(text, 0)) {
                return true;
            }
        }
        int nextNonAscii = -1;
        for (int i = 0; i < n; i++) {
            if (nextNonAscii < i) {
                nextNonAscii = i;
                while (nextNonAscii < n && text.charAt(nextNonAscii) < 0x80) {
                    nextNonAscii++;
                }
            }
            // every pattern has a non-ASCII character in its first three places
            if (nextNonAscii > i + 2) {
                continue;
            }
            for (long candidates = startsAt(text.charAt(i)); candidates != 0; candidates &= candidates - 1) {
                if (PATTERNS.get(Long.numberOfTrailingZeros(candidates)).matchesAt(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long startsOf(char c) {
        long mask = 0;
        for (int k = 0; k < PATTERNS.size(); k++) {
            if (PATTERNS.get(k).slots()[0].test(c, classOf(c))) {
                mask |= 1L << k;
            }
        }
        return mask;
    }

    private static long startsAt(char c) {
        if (c < STARTS_LOW.length) {
            return STARTS_LOW[c];
        }
        int at = Arrays.binarySearch(HIGH_STARTERS, c);
        return at < 0 ? 0 : HIGH_STARTS[at];
    }

    /** The class bits of {@code c}; 0 for ASCII and for characters that take no part in mojibake. */
    private static int classOf(char c) {
        if (c < LOW_CLASSES.length) {
            return LOW_CLASSES[c];
        }
        Integer classes = HIGH_CLASSES.get(c);
        return classes == null ? 0 : classes;
    }

    private static void range(int first, int last, int bits) {
        for (int c = first; c <= last; c++) {
            add((char) c, bits);
        }
    }

    private static void chars(String chars, int bits) {
        for (int i = 0; i < chars.length(); i++) {
            add(chars.charAt(i), bits);
        }
    }

    private static void add(char c, int bits) {
        if (c < LOW_CLASSES.length) {
            LOW_CLASSES[c] |= bits;
        } else {
            HIGH_CLASSES.merge(c, bits, (a, b) -> a | b);
        }
    }

    /** One position of a pattern: a test of a character and its class bits. */
    @FunctionalInterface
    private interface Slot {
        boolean test(char c, int classes);
    }

    private record Juxtaposition(Slot[] slots) {

        static Juxtaposition of(Slot... slots) {
            return new Juxtaposition(slots);
        }

        boolean matchesAt(String text, int at) {
            if (at + slots.length > text.length()) {
                return false;
            }
            for (int k = 0; k < slots.length; k++) {
                char c = text.charAt(at + k);
                if (!slots[k].test(c, classOf(c))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Slot cls(int bits) {
        return (c, k) -> (k & bits) != 0;
    }

    private static Slot oneOf(String chars) {
        return (c, k) -> chars.indexOf(c) >= 0;
    }

    private static Slot or(Slot... alternatives) {
        return (c, k) -> {
            for (Slot alternative : alternatives) {
                if (alternative.test(c, k)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Slot asciiLetter() {
        return (c, k) -> isAsciiLetter(c);
    }

    private static Slot asciiLower() {
        return (c, k) -> c >= 'a' && c <= 'z';
    }

    private static Slot whitespace() {
        return (c, k) -> Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static Slot wordChar() {
        return (c, k) -> Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * A character windows-1252 reads from 80-BF that no one writes straight after a letter;
     * quotation marks are left out, since a word may well end in "…”" (Brontë…”).
     */
    private static Slot upperHalfSymbol() {
        return cls(C1 | BAD | NUMERIC | CURRENCY | LAW);
    }

    /** A character windows-1252 reads from a continuation byte, 80-BF. */
    private static Slot windows1252Continuation() {
        return (c, k) -> {
            int b = CodePage.WINDOWS_1252.byteOf(c);
            return b >= 0x80 && b <= 0xBF;
        };
    }

    private static Slot arabicContinuation() {
        return or(cls(COMMON | CURRENCY | BAD | NUMERIC | OPENING), oneOf("ŸŠ®°µ»"));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
