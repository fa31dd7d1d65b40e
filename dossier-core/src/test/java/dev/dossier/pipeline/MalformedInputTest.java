package dev.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dossier.clean.CleanOptions;
import dev.dossier.clean.Cleaners;
import dev.dossier.ingest.FileSource;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken inputs through the ingest and clean stages together: each becomes a rejection with a
 * reason or a best-effort article, never an exception, a hang or unbounded memory. The timeouts
 * guard against hangs (catastrophic regular expressions, endless loops); they are not speed tests.
 */
class MalformedInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** What the two stages made of some inputs. */
    record Outcome(List<CleanArticle> articles, List<Rejection> rejections) {}

    private Outcome ingest(Path... inputs) {
        Cleaner cleaner = Cleaners.standard(CleanOptions.defaults());
        List<CleanArticle> articles = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<String> names = Arrays.stream(inputs).map(Path::toString).toList();
        FileSource.of(names, IngestOptions.defaults(), InputStream::nullInputStream).readInto(new DocumentSource.Sink() {
            @Override
            public void accept(RawDocument document) {
                Cleaned cleaned = cleaner.clean(document);
                if (cleaned instanceof Cleaned.Articles found) {
                    articles.addAll(found.articles());
                } else {
                    rejections.add(((Cleaned.Rejected) cleaned).rejection());
                }
            }

            @Override
            public void rejected(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        return new Outcome(articles, rejections);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void truncatedHtmlGivesABestEffortArticle() throws Exception {
        Path page = write("cut.html", "<html><head><title>Talks resume</title></head><body><article>"
                + "<p>The ministers met for three hours in Haldeby on Wednesday and agreed to meet again.</p>"
                + "<p>Both sides said the talks had been useful, and a second round is planned for next we");

        Outcome outcome = ingest(page);

        assertThat(outcome.rejections()).isEmpty();
        assertThat(outcome.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Talks resume");
            assertThat(a.text()).endsWith("a second round is planned for next we");
        });
    }

    @Test
    void malformedFeedXmlIsRejectedWithItsReason() throws Exception {
        Path feed = write("bad.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>A</title><description>Text");

        assertThat(ingest(feed).rejections()).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("not a readable RSS or Atom feed"));
    }

    @Test
    void aFeedWithAnEntityBombIsRefusedNotExpanded() throws Exception {
        StringBuilder entities = new StringBuilder("<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">");
        for (char c = 'b'; c <= 'k'; c++) {
            char previous = (char) (c - 1);
            entities.append("<!ENTITY ").append(c).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
        }
        Path feed = write("bomb.xml", "<?xml version=\"1.0\"?>" + entities + "]><rss version=\"2.0\"><channel><title>&k;</title>"
                + "<item><title>&k;</title><description>&k;</description></item></channel></rss>");

        Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> ingest(feed));

        assertThat(outcome.articles()).isEmpty();
        assertThat(outcome.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("not a readable RSS or Atom feed"));
    }

    @Test
    void aTruncatedWarcKeepsTheRecordsBeforeTheCut() throws Exception {
        byte[] warc = Files.readAllBytes(Path.of("..", "examples", "corpus", "warc", "crawl-2026-03.warc"));
        Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(warc, warc.length - 2000));

        Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> ingest(cut));

        assertThat(outcome.articles()).hasSizeBetween(3, 4);
        assertThat(outcome.rejections()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void randomBytesAreRejectedAsBinary() throws Exception {
        byte[] junk = new byte[100_000];
        new Random(7).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.txt"), junk);

        assertThat(ingest(file).rejections()).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("binary content"));
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflowTheStack() throws Exception {
        Path page = write("deep.html", "<html><body>" + "<div>".repeat(100_000)
                + "<p>A paragraph at the bottom of a very deep page, long enough to count as text.</p>" + "</div>".repeat(100_000));

        Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> ingest(page));

        assertThat(outcome.articles()).singleElement().satisfies(a -> assertThat(a.text()).contains("A paragraph at the bottom"));
    }

    @Test
    void aTwentyMegabyteLineOfTextIsCleanedWithoutHanging() throws Exception {
        StringBuilder line = new StringBuilder("A very long report\n");
        String sentence = "The ministers (who met in Haldeby on Wednesday) said the talks would go on. ";
        while (line.length() < 20_000_000) {
            line.append(sentence);
        }
        Path file = write("long.txt", line.toString());

        Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> ingest(file));

        assertThat(outcome.articles()).singleElement().satisfies(a -> assertThat(a.text().length()).isGreaterThan(19_000_000));
    }

    @Test
    void aPageOfOnlyMarkupIsRejectedForHavingNoText() throws Exception {
        Path page = write("empty.html", "<html><head><title></title><script>var a = 1;</script></head><body><nav><a href=/>Home</a></nav></body></html>");

        assertThat(ingest(page).rejections()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("no article text left after cleaning"));
    }
}
