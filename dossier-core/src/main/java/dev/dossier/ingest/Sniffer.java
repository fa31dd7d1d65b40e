package dev.dossier.ingest;

import dev.dossier.model.Format;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells an input's format from its first bytes, never from its name: scraped dumps arrive as
 * {@code .txt} holding HTML, feeds as {@code .html}, archives with no extension at all.
 */
final class Sniffer {

    /** How many leading bytes the sniffer looks at. */
    static final int HEAD_BYTES = 8192;

    private Sniffer() {}

    /** The outcome: a format, or the kind of binary content found. */
    record Sniffed(Format format, String binaryKind, boolean gzip) {
        static Sniffed of(Format format) {
            return new Sniffed(format, null, false);
        }

        static Sniffed binary(String kind) {
            return new Sniffed(null, kind, false);
        }

        boolean isBinary() {
            return binaryKind != null;
        }
    }

    static boolean isGzip(byte[] head, int length) {
        return length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** Sniffs decompressed content (the caller unwraps gzip first). */
    static Sniffed sniff(byte[] head, int length) {
        Optional<String> magic = binaryMagic(head, length);
        if (magic.isPresent()) {
            return Sniffed.binary(magic.get());
        }
        if (startsWith(head, length, "WARC/")) {
            return Sniffed.of(Format.WARC);
        }
        if (looksBinary(head, length)) {
            return Sniffed.binary("binary data");
        }
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        String start = text.stripLeading().replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "");
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<")) {
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return Sniffed.of(Format.FEED);
            }
            return Sniffed.of(Format.HTML);
        }
        if (lower.startsWith("{") && firstLineIsJsonObject(start)) {
            return Sniffed.of(Format.JSONL);
        }
        if (lower.contains("<html") || lower.contains("<body") || lower.contains("<!doctype html")) {
            return Sniffed.of(Format.HTML);
        }
        return Sniffed.of(Format.TEXT);
    }

    private static boolean firstLineIsJsonObject(String start) {
        int newline = start.indexOf('\n');
        String line = (newline < 0 ? start : start.substring(0, newline)).strip();
        return line.endsWith("}") || newline < 0;
    }

    private static Optional<String> binaryMagic(byte[] b, int n) {
        if (startsWithBytes(b, n, 0x89, 'P', 'N', 'G')) {
            return Optional.of("PNG image");
        }
        if (startsWithBytes(b, n, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG image");
        }
        if (startsWith(b, n, "GIF8")) {
            return Optional.of("GIF image");
        }
        if (startsWith(b, n, "RIFF") && n >= 12 && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return Optional.of("WebP image");
        }
        if (startsWith(b, n, "%PDF")) {
            return Optional.of("PDF document");
        }
        if (startsWithBytes(b, n, 'P', 'K', 3, 4)) {
            return Optional.of("ZIP archive");
        }
        if (startsWithBytes(b, n, 0x7F, 'E', 'L', 'F')) {
            return Optional.of("executable");
        }
        if (startsWithBytes(b, n, 'B', 'Z', 'h') || startsWithBytes(b, n, 0xFD, '7', 'z', 'X', 'Z')) {
            return Optional.of("compressed archive");
        }
        return Optional.empty();
    }

    /**
     * Text has (almost) no control characters besides tab, newline, carriage return and form feed;
     * UTF-16 text is recognised by its byte-order mark and is not binary.
     */
    private static boolean looksBinary(byte[] b, int n) {
        if (startsWithBytes(b, n, 0xFE, 0xFF) || startsWithBytes(b, n, 0xFF, 0xFE)) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static boolean startsWith(byte[] b, int n, String prefix) {
        if (n < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithBytes(byte[] b, int n, int... prefix) {
        if (n < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
