package dev.dossier.clean;

import java.io.ByteArrayOutputStream;

/**
 * The byte-level half of mojibake repair: once the wrongly decoded text has been turned back into
 * the bytes it came from, these methods undo the damage done to the bytes themselves and read
 * them as UTF-8. Stateless; every method returns a new array and leaves its argument alone.
 */
final class Utf8Bytes {

    private static final int SPACE = 0x20;
    private static final int NO_BREAK = 0xA0;
    private static final int LOST = 0x1A;
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
    /** After "Ã " these begin words that à is written together with in Portuguese and French. */
    private static final String[] A_GRAVE_PREFIXED = {"quele", "quela", "quilo", "s "};

    private Utf8Bytes() {}

    /**
     * Puts back the 0xA0 bytes that some program turned into plain spaces because windows-1252
     * reads 0xA0 as a no-break space. Only where the result is a likely character: after C2 (the
     * no-break space itself), C3 (à), C5 (Š), CE (Π), D0 (Р) and D9 (٠); inside three-byte
     * sequences of punctuation, symbols, Indic and South-East Asian scripts and CJK punctuation
     * (leads E0-E3), and inside four-byte sequences that start with F0 (emoji). Continuation
     * bytes 0x85 and 0xA0 next to the space are excluded: "… " and a doubled no-break space are
     * more likely as written than as damaged. For E2 the space may only follow the bytes 80-9F,
     * so that the lossy remnant "â¦ " (an ellipsis and a space) is not read as U+29A0.
     *
     * <p>"Ã " followed by a word is the French or Portuguese word à, whose second byte became the
     * space that also separated it from the next word; the space is then kept after the à. Not
     * before "quele", "quela", "quilo" or "s ", which à forms one word with (àquele, às).
     */
    static byte[] restoreNoBreakSpaces(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 8);
        for (int i = 0; i < bytes.length; i++) {
            out.write(bytes[i]);
            if (at(bytes, i) == 0xC3 && at(bytes, i + 1) == SPACE && isAGraveWord(bytes, i + 2)) {
                out.write(NO_BREAK);
            }
        }
        byte[] result = out.toByteArray();
        int i = 0;
        while (i < result.length) {
            int lead = at(result, i);
            int spaceAt = -1;
            int length = 1;
            if ((lead == 0xC2 || lead == 0xC3 || lead == 0xC5 || lead == 0xCE || lead == 0xD0 || lead == 0xD9)
                    && at(result, i + 1) == SPACE) {
                spaceAt = i + 1;
                length = 2;
            } else if ((lead == 0xE2 || lead == 0xE3) && at(result, i + 1) == SPACE
                    && isPlainContinuation(at(result, i + 2))) {
                spaceAt = i + 1;
                length = 3;
            } else if (lead >= 0xE0 && lead <= 0xE3 && isPlainContinuation(at(result, i + 1))
                    && (lead != 0xE2 || at(result, i + 1) <= 0x9F) && at(result, i + 2) == SPACE) {
                spaceAt = i + 2;
                length = 3;
            } else if (lead == 0xF0) {
                spaceAt = singleSpaceAmongContinuations(result, i + 1);
                length = spaceAt < 0 ? 1 : 4;
            }
            if (spaceAt >= 0) {
                result[spaceAt] = (byte) NO_BREAK;
            }
            i += length;
        }
        return result;
    }

    private static boolean isAGraveWord(byte[] bytes, int from) {
        if (at(bytes, from) == SPACE) {
            return false;
        }
        for (String prefix : A_GRAVE_PREFIXED) {
            if (startsWith(bytes, from, prefix)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the only space among the three bytes from {@code from}, if the others continue. */
    private static int singleSpaceAmongContinuations(byte[] bytes, int from) {
        int space = -1;
        for (int k = from; k < from + 3; k++) {
            int b = at(bytes, k);
            if (b == SPACE && space < 0) {
                space = k;
            } else if (!isContinuation(b)) {
                return -1;
            }
        }
        return space;
    }

    /**
     * Replaces each UTF-8 sequence that lost some of its bytes by the UTF-8 of U+FFFD, so that the
     * rest can still be decoded. A lost byte shows as 0x1A (what a sloppy {@link CodePage} makes
     * of U+FFFD) or, once per sequence, as '?' (what many encoders write instead). A 0x1A that
     * belongs to no sequence becomes U+FFFD again.
     */
    static byte[] markLostSequences(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 8);
        int i = 0;
        while (i < bytes.length) {
            int length = lostSequenceLength(bytes, i);
            if (length > 0) {
                out.write(REPLACEMENT, 0, REPLACEMENT.length);
                i += length;
            } else if (at(bytes, i) == LOST) {
                out.write(REPLACEMENT, 0, REPLACEMENT.length);
                i++;
            } else {
                out.write(bytes[i]);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static int lostSequenceLength(byte[] bytes, int i) {
        int lead = at(bytes, i);
        if (lead >= 0xC2 && lead <= 0xDF) {
            int next = at(bytes, i + 1);
            return next == LOST || (next == '?' && lead <= 0xC3) ? 2 : 0;
        }
        if (lead == 0xED && isCesuPairWithLoss(bytes, i)) {
            return 6;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return continuesWithLoss(bytes, i + 1, 2) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return continuesWithLoss(bytes, i + 1, 3) ? 4 : 0;
        }
        return 0;
    }

    /** A CESU-8 surrogate pair (see {@link #decode}) in which a byte was lost. */
    private static boolean isCesuPairWithLoss(byte[] bytes, int i) {
        int high = at(bytes, i + 1);
        int low = at(bytes, i + 4);
        if (high < 0xA0 || high > 0xAF || at(bytes, i + 3) != 0xED || low < 0xB0 || low > 0xBF) {
            return false;
        }
        int first = at(bytes, i + 2);
        int second = at(bytes, i + 5);
        return (isContinuation(first) || isLost(first)) && (isContinuation(second) || isLost(second))
                && (isLost(first) || isLost(second));
    }

    private static boolean isLost(int b) {
        return b == LOST || b == '?';
    }

    /**
     * Whether the {@code count} bytes from {@code from} are continuation bytes of which at least
     * one was lost, and at most one became '?'.
     */
    private static boolean continuesWithLoss(byte[] bytes, int from, int count) {
        int lost = 0;
        int questionMarks = 0;
        for (int k = from; k < from + count; k++) {
            int b = at(bytes, k);
            if (b == LOST) {
                lost++;
            } else if (b == '?') {
                questionMarks++;
            } else if (!isContinuation(b)) {
                return false;
            }
        }
        return questionMarks <= 1 && lost + questionMarks > 0;
    }

    /**
     * Decodes UTF-8, also accepting two variants that real programs write: CESU-8, where a
     * character beyond U+FFFF is written as the two UTF-16 surrogates encoded separately
     * (ED A0-AF xx ED B0-BF xx), and Java's "modified UTF-8", where U+0000 is C0 80.
     *
     * @return the text, or null when the bytes are not (such) UTF-8
     */
    static String decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int lead = at(bytes, i);
            if (lead < 0x80) {
                out.append((char) lead);
                i++;
            } else if (lead == 0xC0 && at(bytes, i + 1) == 0x80) {
                out.append('\0');
                i += 2;
            } else if (lead >= 0xC2 && lead <= 0xDF && isContinuation(at(bytes, i + 1))) {
                out.append((char) ((lead & 0x1F) << 6 | at(bytes, i + 1) & 0x3F));
                i += 2;
            } else if (lead == 0xED && at(bytes, i + 1) >= 0xA0) {
                int high = surrogate(bytes, i, 0xA0, 0xAF);
                int low = surrogate(bytes, i + 3, 0xB0, 0xBF);
                if (high < 0 || low < 0) {
                    return null;
                }
                out.append((char) high).append((char) low);
                i += 6;
            } else if (lead >= 0xE0 && lead <= 0xEF && isContinuation(at(bytes, i + 1))
                    && isContinuation(at(bytes, i + 2)) && (lead != 0xE0 || at(bytes, i + 1) >= 0xA0)) {
                out.append((char) ((lead & 0x0F) << 12 | (at(bytes, i + 1) & 0x3F) << 6 | at(bytes, i + 2) & 0x3F));
                i += 3;
            } else if (lead >= 0xF0 && lead <= 0xF4 && isContinuation(at(bytes, i + 1))
                    && isContinuation(at(bytes, i + 2)) && isContinuation(at(bytes, i + 3))
                    && (lead != 0xF0 || at(bytes, i + 1) >= 0x90) && (lead != 0xF4 || at(bytes, i + 1) <= 0x8F)) {
                int codePoint = (lead & 0x07) << 18 | (at(bytes, i + 1) & 0x3F) << 12
                        | (at(bytes, i + 2) & 0x3F) << 6 | at(bytes, i + 3) & 0x3F;
                out.appendCodePoint(codePoint);
                i += 4;
            } else {
                return null;
            }
        }
        return out.toString();
    }

    /** The UTF-16 surrogate encoded by the three bytes at {@code i}, or -1. */
    private static int surrogate(byte[] bytes, int i, int secondMin, int secondMax) {
        int second = at(bytes, i + 1);
        if (at(bytes, i) != 0xED || second < secondMin || second > secondMax || !isContinuation(at(bytes, i + 2))) {
            return -1;
        }
        return 0xD000 | (second & 0x3F) << 6 | at(bytes, i + 2) & 0x3F;
    }

    private static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /** A continuation byte other than 0x85 (windows-1252's ellipsis) and 0xA0 (no-break space). */
    private static boolean isPlainContinuation(int b) {
        return isContinuation(b) && b != 0x85 && b != NO_BREAK;
    }

    private static boolean startsWith(byte[] bytes, int from, String ascii) {
        if (from + ascii.length() > bytes.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (bytes[from + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The byte at {@code i} as 0-255, or -1 past the end. */
    private static int at(byte[] bytes, int i) {
        return i < bytes.length ? bytes[i] & 0xFF : -1;
    }
}
