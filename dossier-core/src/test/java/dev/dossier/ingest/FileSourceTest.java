package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Format;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.pipeline.DocumentSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final IngestOptions OPTIONS = IngestOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final Path EXAMPLES = Path.of("..", "examples", "corpus");

    @TempDir
    Path dir;

    /** Collects what a source produced. */
    static final class Collected implements DocumentSource.Sink {
        final List<RawDocument> documents = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();

        @Override
        public void accept(RawDocument document) {
            documents.add(document);
        }

        @Override
        public void rejected(Rejection rejection) {
            rejections.add(rejection);
        }

        List<String> reasons() {
            return rejections.stream().map(Rejection::reason).toList();
        }
    }

    private Collected read(IngestOptions options, String... inputs) {
        Collected collected = new Collected();
        FileSource.of(List.of(inputs), options, InputStream::nullInputStream).readInto(collected);
        return collected;
    }

    private Collected read(String... inputs) {
        return read(OPTIONS, inputs);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void readsDirectoriesRecursivelyInNameOrderSkippingHiddenEntries() throws IOException {
        write("b.txt", "Second\nBody of the second.");
        write("a/z.txt", "First\nBody of the first.");
        write(".hidden.txt", "Hidden\nNever read.");
        write("a/.git/config", "not news");

        Collected collected = read(dir.toString());

        assertThat(collected.documents).extracting(d -> d.origin().source())
                .containsExactly(dir.resolve("a/z.txt").toString(), dir.resolve("b.txt").toString());
        assertThat(collected.documents).allSatisfy(d -> {
            assertThat(d.format()).isEqualTo(Format.TEXT);
            assertThat(d.fetchedAt()).isEqualTo(NOW);
        });
        assertThat(collected.rejections).isEmpty();
    }

    @Test
    void sniffsTheFormatFromContentNotFromTheName() throws IOException {
        write("page.txt", "<!DOCTYPE html><html><body><p>Hello</p></body></html>");
        write("feed.html", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>Item</title><description>Some text of the item.</description></item></channel></rss>");

        Collected collected = read(dir.toString());

        assertThat(collected.documents).extracting(RawDocument::format).containsExactly(Format.HTML, Format.HTML);
        assertThat(collected.documents.get(0).origin().record()).isEqualTo("item 1");
    }

    @Test
    void rejectsMissingEmptyAndBinaryInputsWithOneLineReasonsAndGoesOn() throws IOException {
        write("empty.txt", "");
        Path png = dir.resolve("image.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Path good = write("good.txt", "Title\nBody.");

        Collected collected = read(dir.resolve("missing.txt").toString(), dir.resolve("empty.txt").toString(), png.toString(), good.toString());

        assertThat(collected.reasons()).containsExactly(
                "no such file or directory", "empty file", "binary content (PNG image), not a news document");
        assertThat(collected.documents).hasSize(1);
    }

    @Test
    void rejectsABrokenLinkAsUnreadable() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));

        assertThat(read(link.toString()).reasons()).containsExactly("cannot read: broken symbolic link");
    }

    @Test
    void rejectsADocumentOverTheSizeLimitWithoutReadingItAll() throws IOException {
        write("big.txt", "Title\n" + "word ".repeat(1000));

        Collected collected = read(OPTIONS.withMaxDocumentBytes(2048), dir.resolve("big.txt").toString());

        assertThat(collected.reasons()).containsExactly("document is over the 2.0 KB limit for one document");
    }

    @Test
    void readsGzippedDocumentsAndRejectsTruncatedOnes() throws IOException {
        byte[] gz = gzip("Title\n" + "A paragraph of text. ".repeat(2000));
        Files.write(dir.resolve("whole.txt.gz"), gz);
        Files.write(dir.resolve("truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));

        Collected collected = read(dir.toString());

        assertThat(collected.documents).hasSize(1);
        assertThat(new String(collected.documents.get(0).content(), StandardCharsets.UTF_8)).startsWith("Title\nA paragraph");
        assertThat(collected.reasons()).singleElement().asString().startsWith("cannot read: truncated input");
    }

    @Test
    void readsJsonLinesRecordByRecordAndRejectsBadLinesAlone() throws IOException {
        write("items.jsonl", String.join("\n",
                "{\"url\":\"https://a.example/1\",\"title\":\"One\",\"text\":\"First text.\",\"published\":\"2026-03-01T10:00:00Z\",\"outlet\":\"A\"}",
                "{not json",
                "{\"title\":\"No body\"}",
                "",
                "{\"title\":\"Two\",\"html\":\"<p>Second text.</p>\",\"outlet\":\"B\"}"));

        Collected collected = read(dir.resolve("items.jsonl").toString());

        assertThat(collected.documents).extracting(RawDocument::format).containsExactly(Format.TEXT, Format.HTML);
        RawDocument first = collected.documents.get(0);
        assertThat(first.hints().title()).isEqualTo("One");
        assertThat(first.hints().outlet()).isEqualTo("A");
        assertThat(first.hints().published().iso()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(first.origin().record()).isEqualTo("line 1");
        assertThat(first.origin().url()).isEqualTo("https://a.example/1");
        assertThat(collected.rejections).extracting(r -> r.origin().record()).containsExactly("line 2", "line 3");
        assertThat(collected.reasons().get(1)).isEqualTo("no \"text\" or \"html\" field");
    }

    @Test
    void readsStandardInput() {
        Collected collected = new Collected();
        FileSource.of(List.of("-"), OPTIONS,
                () -> new ByteArrayInputStream("Piped\nA piped article.".getBytes(StandardCharsets.UTF_8))).readInto(collected);

        assertThat(collected.documents).singleElement().satisfies(d -> assertThat(d.origin().source()).isEqualTo("-"));
    }

    @Test
    void readsEveryHtmlResponseOfTheExampleWarcWithItsCrawlDateAndSkipsTheImage() {
        Collected collected = read(EXAMPLES.resolve("warc").toString());

        assertThat(collected.rejections).isEmpty();
        assertThat(collected.documents).hasSize(4).allSatisfy(d -> {
            assertThat(d.format()).isEqualTo(Format.HTML);
            assertThat(d.origin().record()).startsWith("offset ");
            assertThat(d.origin().url()).startsWith("https://");
            assertThat(d.fetchedAt()).isNotEqualTo(NOW);
        });
        assertThat(collected.documents).noneMatch(d -> d.origin().url().endsWith(".png"));
    }

    @Test
    void rejectsACorruptWarcRecordAndKeepsTheRecordsBeforeIt() throws IOException {
        byte[] warc = Files.readAllBytes(EXAMPLES.resolve("warc/crawl-2026-03.warc"));
        String text = new String(warc, StandardCharsets.ISO_8859_1);
        int last = text.lastIndexOf("WARC/1.");
        byte[] corrupt = (text.substring(0, last) + "WARC/1.1\r\nContent-Length: banana\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("corrupt.warc"), corrupt);

        Collected collected = read(dir.resolve("corrupt.warc").toString());

        assertThat(collected.documents).hasSize(3);
        assertThat(collected.reasons()).singleElement().asString().startsWith("corrupt WARC record");
    }

    @Test
    void readsEveryItemOfTheExampleFeedsWithDecodedTitles() {
        Collected collected = read(EXAMPLES.resolve("feeds").toString());

        assertThat(collected.rejections).isEmpty();
        assertThat(collected.documents).hasSize(9);
        assertThat(collected.documents).allSatisfy(d -> assertThat(d.hints().title()).doesNotContain("&amp;", "&#"));
        assertThat(collected.documents).allSatisfy(d -> assertThat(d.hints().published()).isNotNull());
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
