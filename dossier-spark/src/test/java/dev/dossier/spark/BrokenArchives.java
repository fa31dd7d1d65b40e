package dev.dossier.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Archives with corrupt records, made for the tests: three short fictional news pages as WARC
 * response records, with garbage or a broken record between them, and JSON Lines with a malformed
 * line. Every page is about a different harbour town, so none joins another's story.
 */
final class BrokenArchives {

    /** The titles of the three pages, in archive order. */
    static final List<String> TITLES = List.of(
            "Stavne harbour reopens its old ferry pier after two winters of repairs",
            "Korvask library returns a lost map collection to its reading room",
            "Eastgate bakers hold their first market since the river flooded");

    private static final List<String> BODIES = List.of(
            "The old ferry pier in Stavne harbour reopened on Tuesday after two winters of repairs, the port authority said. "
                    + "Workers replaced the timber deck, rebuilt the stone footings and painted the iron railings in the harbour's blue. "
                    + "\"The pier is older than the town hall, and now it will outlive it,\" said harbour master Lisbet Aune. "
                    + "The first ferry to the outer islands left at seven in the morning with forty passengers and a van of post.",
            "A collection of hand-drawn river maps lost for thirty years has returned to the reading room of the Korvask city library. "
                    + "The maps were found in a sealed crate in the basement of a closed school, librarians said on Wednesday. "
                    + "\"Every map shows the river a little differently, because the river kept moving,\" said archivist Mila Dorn. "
                    + "The library will show twelve of the maps to the public from next month, with the rest to follow in the autumn.",
            "Bakers in Eastgate held their first market on Saturday since the spring flood closed the riverside square. "
                    + "Twenty stalls sold rye loaves, honey cakes and pastries filled with plums from the orchards north of the town. "
                    + "\"People came back before the bread was even cool,\" said baker Tomas Hollin, who has sold bread there for decades. "
                    + "The town council said the square would host the market every Saturday until the end of the year.");

    private BrokenArchives() {}

    /** A gzipped WARC: page 1, garbage bytes, page 2, then page 3 cut off halfway (a truncated download). */
    static byte[] gzippedWarcWithGarbageAndTruncation() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(gzip(record(0)));
        out.writeBytes("this is not a gzip member, it is garbage between two records".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(gzip(record(1)));
        byte[] last = gzip(record(2));
        out.writeBytes(Arrays.copyOf(last, last.length / 2));
        return out.toByteArray();
    }

    /** An uncompressed WARC: page 1, a record whose Content-Length is not a number, then page 2. */
    static byte[] plainWarcWithCorruptRecord() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(record(0));
        out.writeBytes("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\nno record here\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(record(1));
        return out.toByteArray();
    }

    /** JSON Lines: page 1, a line cut off in the middle of an object, page 3. */
    static byte[] jsonLinesWithMalformedLine() {
        String lines = jsonLine(0) + "\n{\"url\": \"https://harbour.example.lm/broken\", \"title\": \"Half a line\n" + jsonLine(2) + "\n";
        return lines.getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonLine(int page) {
        return String.format(Locale.ROOT, "{\"url\": \"https://harbour.example.lm/jsonl/%d\", \"title\": \"%s\", \"outlet\": \"Harbour Gazette\", "
                + "\"published\": \"2026-03-%02dT09:00:00Z\", \"text\": \"%s\"}", page, TITLES.get(page), 20 + page,
                BODIES.get(page).replace("\"", "\\\""));
    }

    private static byte[] record(int page) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + TITLES.get(page) + "</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">"
                + String.format(Locale.ROOT, "<meta property=\"article:published_time\" content=\"2026-03-%02dT09:00:00Z\">", 20 + page)
                + "</head><body><article><h1>" + TITLES.get(page) + "</h1><p>"
                + BODIES.get(page).replace(". ", ".</p><p>") + "</p></article></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] block = concat(http.getBytes(StandardCharsets.US_ASCII), body);
        String header = "WARC/1.1\r\nWARC-Type: response\r\n"
                + String.format(Locale.ROOT, "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000%d>\r\n", page)
                + String.format(Locale.ROOT, "WARC-Date: 2026-03-%02dT12:00:00Z\r\n", 20 + page)
                + "WARC-Target-URI: https://harbour.example.lm/warc/" + page + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(concat(header.getBytes(StandardCharsets.US_ASCII), block), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
