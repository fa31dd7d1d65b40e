package dev.dossier.clean;

import static dev.dossier.clean.CleanerFixtures.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.CleanArticle;
import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.TimePrecision;
import dev.dossier.pipeline.Cleaned;
import dev.dossier.pipeline.Cleaner;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandardCleanerTest {

    private final Cleaner cleaner = Cleaners.standard(CleanOptions.defaults());

    private CleanArticle cleanOne(Cleaned cleaned) {
        assertThat(cleaned).isInstanceOf(Cleaned.Articles.class);
        return ((Cleaned.Articles) cleaned).articles().get(0);
    }

    @Test
    void takesTheFirstLineOfAScrapedDumpAsTitleAndDropsFurnitureAndRepeats() {
        CleanArticle article = cleanOne(cleaner.clean(document("scraped-dump.txt", Format.TEXT)));

        assertThat(article.title()).isEqualTo("Harbour authority says Ostervik ferries will resume on Monday");
        assertThat(article.text())
                .startsWith("The Ostervik harbour authority said on Friday")
                .contains("'We have checked every berth twice,' the harbour master, Liv Aaberg, told reporters.")
                .doesNotContain("Sign up", "0:49", "Hashtags", "MORE:");
        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.text().split("Ostervik harbour authority said", -1)).hasSize(2);
        assertThat(article.published()).isNull();
    }

    @Test
    void everyParagraphPointsAtItsLineInTheRawInput() {
        byte[] raw = CleanerFixtures.resource("scraped-dump.txt");
        String decoded = new String(raw, StandardCharsets.UTF_8);
        CleanArticle article = cleanOne(cleaner.clean(document(raw, Format.TEXT, Metadata.EMPTY)));

        for (int i = 0; i < article.paragraphs().size(); i++) {
            Paragraph paragraph = article.paragraphs().get(i);
            assertThat(paragraph.raw().of(decoded)).isEqualTo(article.paragraphText(i));
        }
    }

    @Test
    void honoursAFrontMatterHeader() {
        CleanArticle article = cleanOne(cleaner.clean(document("front-matter.txt", Format.TEXT)));

        assertThat(article.title()).isEqualTo("Lindmark names new harbour master");
        assertThat(article.outlet()).isEqualTo("Ostervik Gazette");
        assertThat(article.url()).isEqualTo("https://gazette.example/2026/03/02/harbour-master");
        assertThat(article.published().iso()).isEqualTo("2026-03-02T08:15:00Z");
        assertThat(article.published().from()).isEqualTo(PublishedFrom.METADATA);
        assertThat(article.text()).isEqualTo("Liv Aaberg will take up the post in April, the ministry said.");
    }

    @Test
    void extractsTheArticleBodyAndMetadataOfAnHtmlPage() {
        CleanArticle article = cleanOne(cleaner.clean(document("article-page.html", Format.HTML)));

        assertThat(article.title()).isEqualTo("Ferries to resume on Monday");
        assertThat(article.outlet()).isEqualTo("Ostervik Gazette");
        assertThat(article.author()).isEqualTo("Per Lund");
        assertThat(article.url()).isEqualTo("https://gazette.example/news/ferries-resume");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.published().iso()).isEqualTo("2026-03-06T16:20:00Z");
        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.text())
                .contains("harbour master, Liv Aaberg", "rebook without charge")
                .doesNotContain("cookies", "Share on", "Sign up", "Great news", "All rights reserved", "not article text",
                        "Photo: Gazette", "Home");
    }

    @Test
    void htmlParagraphSpansCoverTheirElementsInTheSource() {
        byte[] raw = CleanerFixtures.resource("article-page.html");
        String source = new String(raw, StandardCharsets.UTF_8);
        CleanArticle article = cleanOne(cleaner.clean(document(raw, Format.HTML, Metadata.EMPTY)));

        String first = article.paragraphs().get(0).raw().of(source);
        assertThat(first).startsWith("<p>The Ostervik harbour authority").endsWith("storms.</p>");
    }

    @Test
    void readsTheDateInTheUrlWhenThePageHasNoOtherAtDayPrecision() {
        String html = "<html><head><link rel=canonical href='https://x.example/2026/03/14/bridge'></head>"
                + "<body><p>One hundred and seventy-two prisoners crossed the bridge on Saturday morning.</p></body></html>";
        CleanArticle article = cleanOne(cleaner.clean(document(html.getBytes(StandardCharsets.UTF_8), Format.HTML, Metadata.EMPTY)));

        assertThat(article.published().precision()).isEqualTo(TimePrecision.DAY);
        assertThat(article.published().iso()).isEqualTo("2026-03-14");
        assertThat(article.outlet()).isEqualTo("x.example");
    }

    @Test
    void decodesAWindows1252PageWithItsCurlyQuotes() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Talks</title></head><body>"
                + "<p>\u201CWe will go with open hands,\u201D the minister said \u2013 and the talks began.</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        CleanArticle article = cleanOne(cleaner.clean(document(bytes, Format.HTML, Metadata.EMPTY)));

        assertThat(article.text()).isEqualTo("\u201CWe will go with open hands,\u201D the minister said \u2013 and the talks began.");
    }

    @Test
    void prefersHintsFromTheContainerForTitleAndDate() {
        Published published = Published.parse("2026-03-11T19:42:00Z", PublishedFrom.METADATA).orElseThrow();
        Metadata hints = new Metadata("Ministers meet in Haldeby", "Lindmark Radio", "https://radio.example/a", published, null, null);
        byte[] text = "The ministers met for three hours.\n\nThey will meet again next week.".getBytes(StandardCharsets.UTF_8);
        CleanArticle article = cleanOne(cleaner.clean(document(text, Format.TEXT, hints)));

        assertThat(article.title()).isEqualTo("Ministers meet in Haldeby");
        assertThat(article.outlet()).isEqualTo("Lindmark Radio");
        assertThat(article.published()).isEqualTo(published);
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void givesTheSameIdToTheSameContentAndAnotherIdToAnotherOutlet() {
        CleanArticle first = cleanOne(cleaner.clean(document("scraped-dump.txt", Format.TEXT)));
        CleanArticle again = cleanOne(cleaner.clean(document("scraped-dump.txt", Format.TEXT)));
        Metadata otherOutlet = new Metadata(null, "Another Outlet", null, null, null, null);
        CleanArticle copy = cleanOne(cleaner.clean(document(CleanerFixtures.resource("scraped-dump.txt"), Format.TEXT, otherOutlet)));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(copy.id()).isNotEqualTo(first.id());
        assertThat(first.id()).matches("[0-9a-f]{16}");
    }

    @Test
    void repairsMojibakeInTitleAndParagraphsWhileRawSpansKeepPointingAtTheInput() {
        String page = "Kestriaâs minister wonât sail\n\nâWe explained today,â Voronel said at the CafÃ© du Port.\n";
        CleanArticle article = cleanOne(cleaner.clean(document(page.getBytes(StandardCharsets.UTF_8), Format.TEXT, Metadata.EMPTY)));

        assertThat(article.title()).isEqualTo("Kestria’s minister won’t sail");
        assertThat(article.text()).isEqualTo("“We explained today,” Voronel said at the Café du Port.");
        assertThat(article.paragraphs().get(0).raw().of(page))
                .isEqualTo("âWe explained today,â Voronel said at the CafÃ© du Port.");
    }

    @Test
    void rejectsADocumentWithNothingButFurniture() {
        byte[] text = "Sign up to our newsletter\nHashtags\nComments\n".getBytes(StandardCharsets.UTF_8);
        Cleaned cleaned = cleaner.clean(document(text, Format.TEXT, Metadata.EMPTY));

        assertThat(cleaned).isInstanceOf(Cleaned.Rejected.class);
        assertThat(((Cleaned.Rejected) cleaned).rejection().reason()).contains("no article text");
    }

    @Test
    void theUserGivenPublicationDateWins() {
        Published override = Published.parse("2025-08-22", PublishedFrom.USER).orElseThrow();
        Cleaner withOverride = Cleaners.standard(new CleanOptions(override));
        CleanArticle article = cleanOne(withOverride.clean(document("front-matter.txt", Format.TEXT)));

        assertThat(article.published()).isEqualTo(override);
        assertThat(article.published().iso()).isEqualTo("2025-08-22");
    }
}
