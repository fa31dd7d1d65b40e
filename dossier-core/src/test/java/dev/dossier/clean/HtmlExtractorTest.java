package dev.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Metadata;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The extraction cascade, one rule at a time, on small pages. */
class HtmlExtractorTest {

    private static final String PROSE = "The harbour authority said on Friday that ferry crossings to the islands, "
            + "suspended for a week of storms, would resume on Monday morning, weather permitting.";

    private static String text(String html) {
        return HtmlExtractor.extract(html, Metadata.EMPTY).blocks().stream()
                .map(block -> Whitespace.normalize(block.text()))
                .collect(Collectors.joining("\n"));
    }

    private static String page(String body) {
        return "<html><head><title>Ferries resume | Gazette</title></head><body>" + body + "</body></html>";
    }

    @Test
    void collectsTextThatSitsInDivsAndBetweenLineBreaks() {
        String text = text(page("<div class='post'>" + PROSE + "<br><br>The ministry confirmed it, too.<br>"
                + "Passengers may rebook.<div>A second block of prose follows here, with commas, clauses, and more.</div>"
                + "A closing line.</div>"));

        assertThat(text.split("\n")).containsExactly(PROSE, "The ministry confirmed it, too. Passengers may rebook.",
                "A second block of prose follows here, with commas, clauses, and more.", "A closing line.");
    }

    @Test
    void keepsHeadingsListsQuotesTablesAndAShortFinalParagraph() {
        String text = text(page("<article><h1>Ferries resume</h1><p>" + PROSE + "</p><h2>What changes</h2>"
                + "<ul><li>Crossings every hour</li><li>Free rebooking</li></ul>"
                + "<blockquote>We have checked every berth twice.</blockquote>"
                + "<table><tr><td>Route</td><td>Ostervik to Holm</td></tr></table><p>Good.</p></article>"));

        assertThat(text).contains("What changes", "Crossings every hour", "Free rebooking",
                "We have checked every berth twice.", "Ostervik to Holm").endsWith("Good.");
    }

    @Test
    void dropsCommentsRelatedLinksAndTheHeadingThatIntroducesThem() {
        String text = text(page("<article><p>" + PROSE + "</p><p>" + PROSE.replace("Friday", "Saturday") + "</p>"
                + "<h3>More on ferries</h3><ul><li><a href='/a'>Storm closes port</a></li>"
                + "<li><a href='/b'>New ferry ordered</a></li></ul></article>"
                + "<section id='comments' class='comment-list'><p>Great news, finally some good sense from the board!</p></section>"));

        assertThat(text).contains("Saturday").doesNotContain("More on ferries", "Storm closes port", "Great news");
    }

    @Test
    void keepsALayoutWrapperWhoseClassNamesASidebar() {
        String text = text(page("<div class='layout has-sidebar'><div class='column'><p>" + PROSE + "</p><p>"
                + PROSE.replace("Monday", "Tuesday") + "</p></div><div class='sidebar-right'><p>Weather widget</p></div></div>"));

        assertThat(text).contains("Tuesday").doesNotContain("Weather widget");
    }

    @Test
    void takesTheFirstMarkedBodyOnAPageThatListsSeveralArticles() {
        String text = text(page("<div class='entry-content'><p>" + PROSE + "</p><p>" + PROSE + "</p></div>"
                + "<div class='entry-content'><p>" + PROSE.replace("harbour", "airport").repeat(3) + "</p></div>"));

        assertThat(text).contains("harbour").doesNotContain("airport");
    }

    @Test
    void addsTheStandfirstThatTheMarkedBodyLeavesOut() {
        String text = text(page("<article><h1>Ferries resume</h1><p class='article__lede'>Crossings restart after a week"
                + " of storms.</p><div class='article-body'><p>" + PROSE + "</p><p>" + PROSE + " Again.</p></div></article>"));

        assertThat(text).startsWith("Crossings restart after a week of storms.");
    }

    @Test
    void readsTheNoscriptCopyOfAScriptRenderedPage() {
        String text = text(page("<div class='app'><noscript><div class='post-body'><p>" + PROSE + "</p><p>" + PROSE
                + "</p></div></noscript></div><noscript><img src='pixel.gif'>Enable JavaScript</noscript>"));

        assertThat(text).contains("harbour authority").doesNotContain("Enable JavaScript");
    }

    @Test
    void theHeadlineLosesTheOutletSuffixThatTheH1DoesNotShow() {
        String html = "<html><head><meta property='og:title' content='Ferries resume on Monday - The Gazette'></head>"
                + "<body><h1>Ferries resume on Monday</h1><p>" + PROSE + "</p></body></html>";

        assertThat(HtmlExtractor.extract(html, Metadata.EMPTY).title()).isEqualTo("Ferries resume on Monday");
    }

    @Test
    void boilerplateLinesGoAndReportingStays() {
        for (String furniture : List.of("Gefällt mir Wird geladen...", "Comments are closed.", "TEMAS RELACIONADOS",
                "You might also like:", "© 2020 CBS Interactive Inc. All Rights Reserved.", "4 Min Read",
                "Donnerstag, 31. Mai 2012", "January 13, 2020 at 08:45 AM", "Kategorie: News", "By Jane Doe",
                "Sie müssen angemeldet sein, um Kommentare zu schreiben.",
                "Lust auf mehr? Melde dich hier für unseren Newsletter an!", "ÄHNLICHE BEITRÄGE")) {
            assertThat(Boilerplate.isBoilerplate(furniture)).as(furniture).isTrue();
        }
        for (String reporting : List.of("By Sunday, the talks had collapsed.", PROSE, "Related talks will follow in May.",
                "The newsletter industry is booming, analysts say.", "Mai 2012 war ein schwieriger Monat.")) {
            assertThat(Boilerplate.isBoilerplate(reporting)).as(reporting).isFalse();
        }
    }

    @Test
    void textIsInNormalisationFormCAndKeepsZeroWidthJoiners() {
        assertThat(Whitespace.normalize("Cafe\u0301 \u200Bmi\u200Cro")).isEqualTo("Caf\u00E9 mi\u200Cro");
    }
}
