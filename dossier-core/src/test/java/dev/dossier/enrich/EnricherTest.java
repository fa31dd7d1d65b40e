package dev.dossier.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dossier.entities.AliasBook;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.EnrichedArticle;
import dev.dossier.model.Origin;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.Quote;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.SaidOn;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.Nlp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    private final Enricher enricher = Enricher.standard(Nlp.coreNlp(), AliasBook.starter());

    private static CleanArticle article(String text, String language, String published) {
        return new CleanArticle("a1", Origin.ofFile("test"), "Test", "Test Outlet", null, null,
                published == null ? null : Published.parse(published, PublishedFrom.METADATA).orElseThrow(), language, text,
                List.of(new Paragraph(new TextSpan(0, text.length()), new TextSpan(0, text.length()))), null, Instant.EPOCH);
    }

    @Test
    void findsActorsAndStatementsAndDatesThemAgainstThePublicationDay() {
        String text = "Kestria's foreign minister, Arkady Voronel, met Lindmark's mediator on Wednesday.\n\n"
                + "\"We came with open hands,\" Voronel told reporters on Wednesday. A senior diplomat said the talks were \"useful\".";
        EnrichedArticle enriched = enricher.enrich(article(text, "en", "2026-03-13T18:00:00Z"));

        assertThat(enriched.skipped()).isNull();
        assertThat(enriched.mentions()).anySatisfy(m -> assertThat(m.actor().name()).isEqualTo("Arkady Voronel"));
        Quote openHands = enriched.quotes().stream().filter(q -> q.text().startsWith("We came")).findFirst().orElseThrow();
        assertThat(openHands.speaker().name()).isEqualTo("Arkady Voronel");
        assertThat(openHands.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(openHands.saidOn()).isEqualTo(new SaidOn(java.time.LocalDate.of(2026, 3, 11), dev.dossier.model.TimePrecision.DAY, SaidOn.FROM_TEXT));
        assertThat(openHands.span().of(text)).isEqualTo(openHands.text());
        assertThat(enriched.quotes()).anySatisfy(q -> {
            assertThat(q.speakerKind()).isEqualTo(SpeakerKind.ANONYMOUS);
            assertThat(q.speaker()).isNull();
        });
    }

    @Test
    void aDateThatOpensTheSentenceOrFollowsTheCueDatesTheStatement() {
        String text = "As recently as March 11, after meeting his counterpart in Haldeby, Mr Voronel said the position had "
                + "'not moved by a millimetre'.\n\n"
                + "\"The door is open,\" Signe Halvorsen said on March 16.\n\n"
                + "In February, Voronel told reporters that observers were out of the question.\n\n"
                + "Halvorsen, who a fortnight ago called the plan 'a fair start', declined to comment.";
        EnrichedArticle enriched = enricher.enrich(article(text, "en", "2026-03-23T09:00:00Z"));

        assertThat(saidOn(enriched, "not moved")).isEqualTo(new SaidOn(java.time.LocalDate.of(2026, 3, 11),
                dev.dossier.model.TimePrecision.DAY, SaidOn.FROM_TEXT));
        assertThat(saidOn(enriched, "The door")).isEqualTo(new SaidOn(java.time.LocalDate.of(2026, 3, 16),
                dev.dossier.model.TimePrecision.DAY, SaidOn.FROM_TEXT));
        assertThat(saidOn(enriched, "observers")).isEqualTo(new SaidOn(java.time.LocalDate.of(2026, 2, 1),
                dev.dossier.model.TimePrecision.MONTH, SaidOn.FROM_TEXT));
        assertThat(saidOn(enriched, "a fair start")).isEqualTo(new SaidOn(java.time.LocalDate.of(2026, 3, 9),
                dev.dossier.model.TimePrecision.DAY, SaidOn.FROM_TEXT));
    }

    @Test
    void aWeekdayAfterTheCueKeepsTheWeekdayRulesEvenBesideADayEstimatedFromTheText() {
        String text = "\"No meeting is planned,\" Voronel said Friday in Haldeby.";
        CleanArticle fromCaption = new CleanArticle("a1", Origin.ofFile("test"), "Test", "Test Outlet", null, null,
                Published.ofDay(java.time.LocalDate.of(2026, 3, 19), PublishedFrom.TEXT), "en", text,
                List.of(new Paragraph(new TextSpan(0, text.length()), new TextSpan(0, text.length()))), null, Instant.EPOCH);
        EnrichedArticle enriched = enricher.enrich(fromCaption);

        // a caption's day is a lower bound for the article's: "Friday" is the Friday after it, not the one before
        assertThat(saidOn(enriched, "No meeting")).isEqualTo(new SaidOn(java.time.LocalDate.of(2026, 3, 20),
                dev.dossier.model.TimePrecision.DAY, SaidOn.FROM_TEXT));
    }

    @Test
    void wordsRecalledFromWeeksBackDoNotDateTheSpeakersNextWords() {
        String text = "Voronel, who a fortnight ago dismissed the plan as 'a trap', told reporters the Citadel would now accept it.\n\n"
                + "\"An observer is not an army,\" Voronel said.";
        EnrichedArticle enriched = enricher.enrich(article(text, "en", "2026-03-23T09:00:00Z"));

        assertThat(saidOn(enriched, "a trap").date()).isEqualTo(java.time.LocalDate.of(2026, 3, 9));
        assertThat(saidOn(enriched, "not an army")).isEqualTo(new SaidOn(java.time.LocalDate.of(2026, 3, 23),
                dev.dossier.model.TimePrecision.DAY, SaidOn.FROM_PUBLISHED));
    }

    @Test
    void aDateInsideTheSentenceOrInWhatWasSaidOrStillToComeDoesNotDateTheStatement() {
        String text = "The talks, which began on March 2, stalled, Voronel said.\n\n"
                + "Halvorsen said the ceasefire had held since March 5.\n\n"
                + "On March 30, the envoys will meet again, Halvorsen said.";
        EnrichedArticle enriched = enricher.enrich(article(text, "en", "2026-03-23T09:00:00Z"));

        assertThat(enriched.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.saidOn()).isEqualTo(new SaidOn(
                java.time.LocalDate.of(2026, 3, 23), dev.dossier.model.TimePrecision.DAY, SaidOn.FROM_PUBLISHED)));
    }

    private static SaidOn saidOn(EnrichedArticle enriched, String words) {
        return enriched.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with '" + words + "' in " + enriched.quotes())).saidOn();
    }

    @Test
    void leavesTheDaySaidUnresolvedWhenThePublicationDateIsUnknown() {
        EnrichedArticle enriched = enricher.enrich(article("\"The date stands,\" Signe Halvorsen said on Friday.", "en", null));

        assertThat(enriched.quotes()).singleElement().satisfies(q -> assertThat(q.saidOn()).isNull());
    }

    @Test
    void aRoleSeveralHeldIsTheHolderTheArticleNames() throws IOException {
        Enricher withBook = Enricher.standard(Nlp.coreNlp(), twoKestrianLeaders());
        String quotation = "\"The mill stays open,\" the Kestrian leader told reporters in Orsk.";

        EnrichedArticle naming = withBook.enrich(article("Tomas Brandt arrived in Orsk on Monday.\n\n" + quotation, "en", null));
        EnrichedArticle namingNoOne = withBook.enrich(article("A delegation arrived in Orsk on Monday.\n\n" + quotation, "en", null));

        assertThat(naming.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Tomas Brandt"));
        assertThat(namingNoOne.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
    }

    @Test
    void aRoleTheArticleNamesSeveralHoldersOfIsTheOneItHasBeenAboutSoFar() throws IOException {
        Enricher withBook = Enricher.standard(Nlp.coreNlp(), twoKestrianLeaders());
        String aboutBrandt = "Tomas Brandt has made little progress on the mill. On Thursday Brandt visited Orsk.\n\n"
                + "The Kestrian leader suggested the mill should long since have been sold, blaming his predecessor, Ilse Varga.";
        String namedOnlyAfter = "The Kestrian leader suggested the mill should long since have been sold.\n\n"
                + "Tomas Brandt and Ilse Varga have both visited Orsk.";

        EnrichedArticle about = withBook.enrich(article(aboutBrandt, "en", null));
        EnrichedArticle after = withBook.enrich(article(namedOnlyAfter, "en", null));

        assertThat(about.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speakerKind()).isEqualTo(SpeakerKind.ROLE);
            assertThat(q.speaker().name()).isEqualTo("Tomas Brandt");
        });
        assertThat(after.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
    }

    /** Two people who held one office, one after the other. */
    private static AliasBook twoKestrianLeaders() throws IOException {
        return AliasBook.read(new ByteArrayInputStream("""
                [
                  {"name": "Ilse Varga", "type": "person",
                   "roles": [{"title": "President of Kestria", "aliases": ["the Kestrian leader"], "from": "2010-01-01", "to": "2020-01-01"}]},
                  {"name": "Tomas Brandt", "type": "person",
                   "roles": [{"title": "President of Kestria", "aliases": ["the Kestrian leader"], "from": "2020-01-01"}]}
                ]
                """.getBytes(StandardCharsets.UTF_8)), "test aliases");
    }

    @Test
    void recordsArticlesInOtherLanguagesAsSkipped() {
        EnrichedArticle enriched = enricher.enrich(article("Les ministres se sont réunis mercredi à Haldeby.", "fr", null));

        assertThat(enriched.skipped()).contains("language 'fr'");
        assertThat(enriched.quotes()).isEmpty();
    }

    @Test
    void survivesUnbalancedMarksTextWithoutPunctuationAndAFiftyThousandWordParagraph() {
        assertThat(enricher.enrich(article("He said \"this never closes and 'neither does this « or that", "en", null)).quotes())
                .noneMatch(q -> q.kind() != QuoteKind.INDIRECT);
        assertThat(enricher.enrich(article("no punctuation at all just words words words said Voronel about the valley", "en", null)))
                .isNotNull();
        String huge = "The minister said the talks in Haldeby would go on and that Kestria was ready to listen ".repeat(3000);

        EnrichedArticle enriched = assertTimeoutPreemptively(HANG_GUARD, () -> enricher.enrich(article(huge, "en", null)));

        assertThat(enriched.quotes()).allSatisfy(q -> assertThat(q.span().fitsWithin(huge.length())).isTrue());
    }
}
