package dev.dossier.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;

/**
 * A single-byte code page seen from the side of mojibake: which character each byte became when a
 * program wrongly read UTF-8 with this code page, and the way back from those characters to the
 * bytes. Immutable and thread-safe.
 *
 * <p>A <em>sloppy</em> page is a Windows code page extended the way browsers and many programs
 * read it: a byte the code page leaves undefined becomes the Latin-1 character of the same number
 * (0x81 becomes U+0081), so no byte is lost. In a sloppy page the byte 0x1A stands for U+FFFD, the
 * replacement character, so text in which a decoder already gave up on some bytes can still be
 * turned back into bytes; {@link Utf8Bytes#markLostSequences} then knows where bytes went missing.
 */
final class CodePage {

    static final CodePage LATIN_1 = new CodePage("ISO-8859-1", false, true);
    static final CodePage WINDOWS_1252 = new CodePage("windows-1252", true, true);
    static final CodePage WINDOWS_1251 = new CodePage("windows-1251", true, true);
    static final CodePage WINDOWS_1250 = new CodePage("windows-1250", true, true);
    static final CodePage WINDOWS_1253 = new CodePage("windows-1253", true, true);
    static final CodePage WINDOWS_1254 = new CodePage("windows-1254", true, true);
    static final CodePage WINDOWS_1257 = new CodePage("windows-1257", true, true);
    static final CodePage ISO_8859_2 = new CodePage("ISO-8859-2", false, true);
    /** MacRoman's en dash is byte 0xD0, so a space after it must not be read as a lost 0xA0. */
    static final CodePage MAC_ROMAN = new CodePage("x-MacRoman", false, false);
    static final CodePage CP437 = new CodePage("IBM437", false, true);

    /**
     * The pages to try, most common mix-up first: the first one that turns the text back into
     * valid UTF-8 wins, so the order decides between readings that are both possible.
     */
    static final List<CodePage> CANDIDATES = List.of(LATIN_1, WINDOWS_1252, WINDOWS_1251, WINDOWS_1250,
            WINDOWS_1253, WINDOWS_1254, WINDOWS_1257, ISO_8859_2, MAC_ROMAN, CP437);

    /** The pages whose mix-ups with UTF-8 leave traces inside otherwise correct text. */
    static final List<CodePage> WINDOWS_FAMILY = List.of(LATIN_1, WINDOWS_1252, WINDOWS_1251, WINDOWS_1250,
            WINDOWS_1253, WINDOWS_1254, WINDOWS_1257);

    private static final char LOST = '\uFFFD';
    private static final int LOST_BYTE = 0x1A;

    private final String name;
    private final boolean sloppy;
    private final boolean spacesMayBeNoBreak;
    private final char[] byByte = new char[256];
    /** The characters of {@link #byByte} sorted, with their bytes alongside, for binary search. */
    private final char[] sortedChars;
    private final byte[] bytesOfSorted;

    private CodePage(String javaName, boolean sloppy, boolean spacesMayBeNoBreak) {
        this.name = javaName;
        this.sloppy = sloppy;
        this.spacesMayBeNoBreak = spacesMayBeNoBreak;
        Charset charset = Charset.forName(javaName);
        for (int b = 0; b < 256; b++) {
            byByte[b] = decodeOne(charset, b);
        }
        if (sloppy) {
            byByte[LOST_BYTE] = LOST;
        }
        Integer[] order = new Integer[256];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Character.compare(byByte[a], byByte[b]));
        sortedChars = new char[256];
        bytesOfSorted = new byte[256];
        for (int i = 0; i < 256; i++) {
            sortedChars[i] = byByte[order[i]];
            bytesOfSorted[i] = (byte) (int) order[i];
        }
    }

    /** The character of one byte, or for a byte the code page leaves undefined the Latin-1 one. */
    private static char decodeOne(Charset charset, int b) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String decoded = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
            return decoded.length() == 1 ? decoded.charAt(0) : (char) b;
        } catch (CharacterCodingException undefined) {
            return (char) b;
        }
    }

    /** Whether lost characters (U+FFFD) can be encoded, as byte 0x1A. */
    boolean sloppy() {
        return sloppy;
    }

    /** Whether a space in the encoded bytes may stand for a lost 0xA0 (see {@link Utf8Bytes}). */
    boolean spacesMayBeNoBreak() {
        return spacesMayBeNoBreak;
    }

    /** The character this page gives byte {@code b} (0-255). */
    char decode(int b) {
        return byByte[b];
    }

    /** The byte (0-255) this page reads as {@code c}, or -1 when no byte is read as {@code c}. */
    int byteOf(char c) {
        if (c < 0x80 && byByte[c] == c) {
            return c;
        }
        int at = Arrays.binarySearch(sortedChars, c);
        return at < 0 ? -1 : bytesOfSorted[at] & 0xFF;
    }

    /** The bytes this page would have read as {@code text}, or null when some character has none. */
    byte[] encode(CharSequence text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            int b = byteOf(text.charAt(i));
            if (b < 0) {
                return null;
            }
            bytes[i] = (byte) b;
        }
        return bytes;
    }

    @Override
    public String toString() {
        return sloppy ? "sloppy " + name : name;
    }
}
