package dev.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.CleanArticle;
import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.RawDocument;
import dev.dossier.pipeline.Cleaned;
import dev.dossier.pipeline.Cleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scraped text pages of the example corpus, each a shape real pages take. */
class ScrapedPagesTest {

    private static final Path TEXT = Path.of("..", "examples", "corpus", "text");
    private static final Instant FETCHED = Instant.parse("2026-03-09T18:00:00Z");

    private final Cleaner cleaner = Cleaners.standard(CleanOptions.defaults());

    private List<CleanArticle> clean(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(TEXT.resolve(file));
        Cleaned cleaned = cleaner.clean(new RawDocument(Origin.ofFile(file), Format.TEXT, bytes, null, FETCHED, Metadata.EMPTY));
        assertThat(cleaned).isInstanceOf(Cleaned.Articles.class);
        return ((Cleaned.Articles) cleaned).articles();
    }

    @Test
    void splitsAnAggregatorPageIntoItsStoryAndTheRelatedArticlesWithTheirOutletsAndAges() throws IOException {
        List<CleanArticle> articles = clean("newsloom-kestria-guarantors.txt");

        assertThat(articles).extracting(CleanArticle::title).containsExactly(
                "Kestria says it must be among guarantors of any Orsk settlement",
                "Lindmark's defence chief says observers could deploy within three weeks",
                "Brask: Valdoria will not trade \"a single metre\" of the Orsk valley",
                "Kestria starts throttling messaging app Parley as regulator demands user data");
        assertThat(articles.subList(1, 4)).extracting(CleanArticle::outlet)
                .containsExactly("Lindpress", "Valdorian Broadcasting", "The Daily Lantern");
        assertThat(articles.get(1).published().at()).isEqualTo(FETCHED.minusSeconds(14 * 60));
        assertThat(articles.get(1).published().from()).isEqualTo(PublishedFrom.RELATIVE);
        assertThat(articles.get(0).text()).doesNotContain("Sign up to", "emailed to you", "after newsletter promotion",
                "Hashtags", "Try Our AI Features", "No comments yet", "Related Articles", "Lindpress");
        assertThat(articles).extracting(a -> a.origin().record()).containsExactly("story 1", "story 2", "story 3", "story 4");
        assertThat(articles).extracting(CleanArticle::id).doesNotHaveDuplicates();
    }

    @Test
    void splitsAPageOfConcatenatedStoriesAndDropsTheirCaptionsAndMarkers() throws IOException {
        List<CleanArticle> articles = clean("eastgateherald-world-page-2026-03-16.txt");

        assertThat(articles).hasSize(4);
        assertThat(articles.get(0).title()).isEqualTo("Lindmark Sets March 27 for Haldeby Summit Between Dastova and Ruslavin");
        assertThat(articles.get(1).title()).isEqualTo("Sarvanian Court Jails Blogger Edvin Kahl for Six Years");
        assertThat(articles).allSatisfy(a -> assertThat(a.text())
                .doesNotContain("(Lars Emmerich/Lindpress)", "(EH photo)")
                .doesNotStartWith("EH"));
        assertThat(articles.get(1).published().iso()).isEqualTo("2026-03-14");
        assertThat(articles.get(1).published().from()).isEqualTo(PublishedFrom.TEXT);
    }

    @Test
    void splitsAPageOfBriefsTitlingEachByItsFirstSentence() throws IOException {
        List<CleanArticle> articles = clean("cws-world-briefs-2026-03-14.txt");

        assertThat(articles).hasSize(6);
        assertThat(articles).allSatisfy(a -> assertThat(a.text()).startsWith(a.title().replace(" …", "")));
        assertThat(articles.get(0).title()).startsWith("Valdoria and Kestria exchanged 172 prisoners at the Malka bridge");
    }

    @Test
    void turnsAStorysHeadLinesIntoMetadata() throws IOException {
        CleanArticle article = clean("valdorianbroadcasting-tesmir-strike.txt").get(0);

        assertThat(article.outlet()).isEqualTo("Valdorian Broadcasting");
        assertThat(article.author()).isEqualTo("Petra Novell");
        assertThat(article.published().iso()).isEqualTo("2026-03-18");
        assertThat(article.text()).startsWith("Nine people were killed").doesNotContain("Share on social media", "© 2026");
    }

    @Test
    void keepsTheWireCreditAsMetadataNotText() throws IOException {
        CleanArticle article = clean("meridianpost-kestria-accepts-monitors.txt").get(0);

        assertThat(article.wireCredit()).isEqualTo("Continental Wire Service and Lindpress contributed to this report.");
        assertThat(article.text()).doesNotContain("contributed to this report");
        assertThat(article.author()).isEqualTo("Helena Sorvik");
    }

    @Test
    void dropsArticleToolsLinkListsAndCopyrightLines() throws IOException {
        CleanArticle article = clean("kestriatoday-orlan-denies-tesmir.txt").get(0);

        assertThat(article.outlet()).isEqualTo("Kestria Today");
        assertThat(article.text()).doesNotContain("Reading time", "Font size", "Read also", "Prisoner exchange at Malka bridge:",
                "Tags:", "Share:", "©");
    }

    @Test
    void firstSentencesDoNotEndAtInitialsOrTitles() {
        assertThat(StorySplitter.firstSentence("The second Oval Office meeting in six months between U.S. President Donald Trump "
                + "and the Valdorian president went smoothly. Leaders joined later."))
                .endsWith("went smoothly.");
        assertThat(StorySplitter.firstSentence("Lindmark's chief of defence, Gen. Erik Halvorsen, said observers could deploy soon. "
                + "He gave no date.")).endsWith("deploy soon.");
    }
}
