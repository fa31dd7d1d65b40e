package dev.dossier.clean;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.dossier.model.Format;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's bytes into characters. Order of evidence: a byte-order mark; valid UTF-8
 * (which is what most mis-declared pages really are); the charset the container or the document
 * declares; ICU's statistical detection. Never fails: undecodable bytes become U+FFFD.
 */
final class Decoder {

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]+)");
    private static final int DECLARATION_WINDOW = 4096;

    private Decoder() {}

    static String decode(byte[] bytes, String declaredCharset, Format format) {
        if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (hasPrefix(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (hasPrefix(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        String strictUtf8 = strictUtf8(bytes);
        if (strictUtf8 != null) {
            return strictUtf8;
        }
        Charset declared = charset(declaredCharset);
        if (declared == null && format != Format.TEXT) {
            declared = charset(declaredInDocument(bytes));
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, windows1252For(declared));
        }
        return new String(bytes, detect(bytes));
    }

    /** What the page says of itself in its first few kilobytes: a meta tag or an XML declaration. */
    private static String declaredInDocument(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > 65536 ? Arrays.copyOf(bytes, 65536) : bytes);
        CharsetMatch match = detector.detect();
        Charset detected = match == null ? null : charset(match.getName());
        return detected == null ? Charset.forName("windows-1252") : windows1252For(detected);
    }

    /**
     * Browsers read ISO-8859-1 and US-ASCII as windows-1252 (the WHATWG encoding standard), which
     * maps the bytes 0x80-0x9F to curly quotes and dashes instead of control characters.
     */
    private static Charset windows1252For(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.equals("iso-8859-1") || name.equals("us-ascii") ? Charset.forName("windows-1252") : charset;
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    private static boolean hasPrefix(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
