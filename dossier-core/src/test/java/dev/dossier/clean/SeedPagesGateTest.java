package dev.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.SharedData;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.RawDocument;
import dev.dossier.pipeline.Cleaned;
import dev.dossier.pipeline.Cleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quality gate on the real seed pages: for each page, the articles it must yield (titles,
 * outlets) and strings that must and must not survive cleaning.
 */
class SeedPagesGateTest {

    private static final Instant FETCHED = Instant.parse("2026-02-10T12:00:00Z");
    private static final List<String> FURNITURE = List.of(
            "Sign up to", "A digest of the morning's main headlines", "after newsletter promotion", "Try Our AI Features",
            "Explore what Daily8 AI", "No comments yet", "Hashtags", "Related Articles", "Get in touch with our news team",
            "For more stories like this", "MORE:", "0:49", "4:02", "5:57", "I would like to be emailed",
            "breaking news emails", "contributed to this report", "(Alexander Zemlianichenko/Pool via Reuters)", "(AP)",
            "Peter Nicholls/Pool via REUTERS", "(File Photo/Supreme Leader's website)");

    private final Cleaner cleaner = Cleaners.standard(CleanOptions.defaults());

    private List<CleanArticle> clean(String seed) throws IOException {
        Path file = SharedData.require("seeds").resolve(seed);
        Cleaned cleaned = cleaner.clean(new RawDocument(Origin.ofFile(seed), Format.TEXT, Files.readAllBytes(file), null, FETCHED, Metadata.EMPTY));
        assertThat(cleaned).isInstanceOf(Cleaned.Articles.class);
        List<CleanArticle> articles = ((Cleaned.Articles) cleaned).articles();
        assertThat(articles).allSatisfy(a -> assertThat(a.text()).doesNotContain(FURNITURE));
        return articles;
    }

    @Test
    void aggregatorPageYieldsItsStoryAndThreeRelatedArticles() throws IOException {
        List<CleanArticle> articles = clean("000_83d07605061ef0cb.txt");

        assertThat(articles).extracting(CleanArticle::title).containsExactly(
                "Russia says it must be part of international talks on Ukraine's security",
                "Ukraine war briefing: Zelenskyy reveals huge Flamingo cruise missile as no peace in sight",
                "It's been a confusing week - and Trump's been made to look weak",
                "Trump administration reviewing 55,000,000 foreigners with visas for deportations");
        assertThat(articles).extracting(CleanArticle::outlet).containsExactly(null, "The Guardian", "Sky News", "Metro");
        assertThat(articles.get(0).text())
                .contains("'To discuss security guarantees seriously without Russia is a road to nowhere,' Lavrov said")
                .endsWith("keep the war effort going.");
        assertThat(articles.get(2).text()).contains("to Ukraine. The details were sketchy");
        assertThat(articles.get(3).text()).endsWith("the State Department said.");
        assertThat(articles.get(1).published().at()).isEqualTo(FETCHED.minusSeconds(180));
    }

    @Test
    void pageOfConcatenatedStoriesYieldsFourArticlesDatedByTheirCaptions() throws IOException {
        List<CleanArticle> articles = clean("001_9925604a6caf0170.txt");

        assertThat(articles).extracting(CleanArticle::title).containsExactly(
                "Russia\u2019s Chief Diplomat Says No Putin-Zelenskyy Meeting Is Planned, Despite Trump\u2019s Efforts",
                "France Accuses Iran of \u2018Repression\u2019 in Sentence for Nobel Laureate",
                "Iran's Supreme Leader Urges Iranians to Show 'Resolve' against Foreign Pressure",
                "UK PM's Communications Director Quits");
        assertThat(articles).extracting(a -> a.published() == null ? null : a.published().iso())
                .containsExactly("2025-08-21", "2026-02-09", null, "2026-02-05");
        assertThat(articles.get(0).text()).startsWith("Russia's top diplomat said Friday there are no plans")
                .contains("\"There is no meeting planned\" between the Russian and Ukrainian leaders")
                .doesNotContain("TT\n", "Narges Mohammadi");
        assertThat(articles.get(0).wireCredit()).isNull();
    }

    @Test
    void independentPageKeepsItsStandfirstAndTakesItsWireCreditAsMetadata() throws IOException {
        List<CleanArticle> articles = clean("002_adbb973e40d1db2a.txt");

        assertThat(articles).hasSize(1);
        CleanArticle article = articles.get(0);
        assertThat(article.wireCredit()).isEqualTo("Associated Press and Reuters contributed to this report.");
        assertThat(article.title()).isEqualTo("Vladimir Putin: I won\u2019t allow Starmer\u2019s plan for troops in Ukraine");
        assertThat(article.text())
                .contains("\u201CWe explained today that the appearance of armed forces from \u2026 Nato countries")
                .doesNotContain("\u00E2", "\u29A0")
                .startsWith("In scenes unthinkable six months ago, Moscow and Washington agree")
                .endsWith("cancelled a visit to the kingdom planned for later this week.");
    }

    @Test
    void storyWithRelatedArticlesFromTwoOutletsYieldsFourArticles() throws IOException {
        List<CleanArticle> articles = clean("003_176ad43c816acff4.txt");

        assertThat(articles).extracting(CleanArticle::title).containsExactly(
                "Zelensky in London to meet PM ahead of US-Russia summit",
                "Trump-Putin Alaska summit: US and Russian leaders to hold talks on ending war in Ukraine",
                "Zelenskyy says he discussed security guarantees with Starmer",
                "WhatsApp says Russia is trying to block it");
        assertThat(articles).extracting(CleanArticle::outlet).containsExactly(null, "The National", "Dubai Eye", "Dubai Eye");
        assertThat(articles.get(0).text()).contains("Three-way meeting?", "NATO Secretary-General Mark Rutte declared");
    }

    @Test
    void pageOfBriefsYieldsOneArticlePerBrief() throws IOException {
        List<CleanArticle> articles = clean("004_117a44706a92ffc7.txt");

        assertThat(articles).hasSize(10);
        assertThat(articles).allSatisfy(a -> assertThat(a.text()).startsWith(a.title().replace(" \u2026", "")));
        assertThat(articles.get(9).title()).isEqualTo("Ukrainian President Volodymyr Zelenskyy says that Russian President Vladimir Putin "
                + "wants Ukraine to withdraw from the remaining 30% of the Donetsk region that \u2026");
        assertThat(Arrays.stream(articles.get(2).text().split("\n\n"))).hasSize(1);
    }
}
