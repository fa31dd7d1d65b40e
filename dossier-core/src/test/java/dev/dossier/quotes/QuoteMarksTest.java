package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> contents(String text) {
        return QuoteMarks.scan(text).stream().map(found -> found.content().of(text)).toList();
    }

    @Test
    void findsEveryStyleOfQuotationMark() {
        assertThat(contents("He said \"plain double\" and “curly double” and «guillemets» and „low-high“.")).containsExactly(
                "plain double", "curly double", "guillemets", "low-high");
        assertThat(contents("'To talk without Kestria is to talk to a mirror,' Voronel said.")).containsExactly(
                "To talk without Kestria is to talk to a mirror,");
        assertThat(contents("She called it ‘a trap’ and ‘an occupation’.")).containsExactly("a trap", "an occupation");
    }

    @Test
    void anOpeningMarkTypedAfterAWordClosesTheQuotation() {
        assertThat(contents("He called the farmers “stubborn“ and left. “The road is a disgrace,” Tadeo said."))
                .containsExactly("stubborn", "The road is a disgrace,");
    }

    @Test
    void theMarksOfAMarkupTagsAttributesAreNotQuotations() {
        assertThat(contents("<post id=\"4417\" author=\"@orsk_mill\" date=\"2016-03-02\">\n“The mill stays open,” Tadeo wrote.\n</post>"))
                .containsExactly("The mill stays open,");
        assertThat(contents("Turnout rose by < 5 \"points\" in Orsk.")).containsExactly("points");
    }

    @Test
    void aDoubledMarkSpacedOffItsWordsStillCloses() {
        assertThat(contents("''We never liked the label 'harbour rats,' '' Brandt said. ''We paid our way.''"))
                .containsExactly("We never liked the label 'harbour rats,'", "We paid our way.");
        assertThat(contents("''The ferry runs at dawn, '' said Ola Varga, who sails it."))
                .containsExactly("The ferry runs at dawn,");
    }

    @Test
    void apostrophesAndPossessivesAreNotMarks() {
        assertThat(contents("Kestria's minister won't go; the leaders' meeting is off.")).isEmpty();
        assertThat(contents("'The leaders' meeting is off,' he said.")).containsExactly("The leaders' meeting is off,");
    }

    @Test
    void anOpeningSingleMarkInsideAWordIsAnApostrophe() {
        assertThat(contents("The Harbour Review‘s founding “river conservatism,” once “a quiet creed.” “It is gone,” he mocks."))
                .containsExactly("river conservatism,", "a quiet creed.", "It is gone,");
    }

    @Test
    void anElidingApostropheThatNeverClosesHidesNoQuotationAfterIt() {
        assertThat(contents("Fans chanted \"Give 'em a ferry!\" Later Varga said: \"We heard them.\" 'Twas ever thus, said Brandt, \"and it 'll last.\""))
                .containsExactly("Give 'em a ferry!", "We heard them.", "and it 'll last.");
        assertThat(contents("They came 'cause the mill paid. \"It paid well,\" Brandt said.\n\n\"Not now,\" Varga said."))
                .containsExactly("It paid well,", "Not now,");
        // a single quotation that the next paragraph goes on with is not an elision
        assertThat(contents("'The ferry will run.\n\n'Every day,' Varga said.")).containsExactly("The ferry will run.\n\n'Every day,");
    }

    @Test
    void aMarkForAYearsElidedCenturyOpensNoQuotation() {
        assertThat(contents("He grew up there in the 1970s and '80s. ''It was a mill town,'' Brandt said.\n\n''It still is.''"))
                .containsExactly("It was a mill town,", "It still is.");
        assertThat(contents("Brandt said in ‘08 that the mill would close. “It did not,” he said."))
                .containsExactly("It did not,");
        assertThat(contents("'20 more days,' he said.")).containsExactly("20 more days,");
    }

    @Test
    void aClosingMarkOpensALinesQuotationAfterAnInvisibleDirectionMark() {
        assertThat(contents("Readers answered.\n\n\u202a”The mill must stay,” wrote Ola Brandt."))
                .containsExactly("The mill must stay,");
    }

    @Test
    void keepsAQuoteEmbeddedInAQuoteInsideTheOuterOne() {
        assertThat(contents("'If he refuses, the Citadel will keep 'working on' the idea,' Ferrante added."))
                .containsExactly("If he refuses, the Citadel will keep 'working on' the idea,");
        assertThat(contents("“He told me: ‘We will come’, and he came,” she said.")).containsExactly("He told me: ‘We will come’, and he came,");
    }

    @Test
    void joinsAQuotationRunningOverParagraphs() {
        String text = "“The first part goes here.\n\n“And the second part ends here,” Halvorsen said.";
        List<QuoteMarks.Found> found = QuoteMarks.scan(text);

        assertThat(found).singleElement().satisfies(quote -> {
            assertThat(quote.multiParagraph()).isTrue();
            assertThat(quote.content().of(text)).startsWith("The first part").endsWith("ends here,");
        });
    }

    @Test
    void dropsAMarkLeftOpenAtTheEndOfAParagraph() {
        assertThat(contents("He said “this never closes.\n\nA new paragraph with “a real quote” in it.")).containsExactly("a real quote");
    }

    @Test
    void aQuotationOpeningASentenceEndsAtItsParagraphsEndWhenItsClosingMarkIsMissing() {
        String text = "\u201cThe port stays open,\u201d said Baran. \u201cWe will not close it. Not this winter.\n\n"
                + "He went on, \u201cThe ferries run.\u201d Later: \u201cAnd so do the trains.";

        assertThat(contents(text)).containsExactly("The port stays open,", "We will not close it. Not this winter.",
                "The ferries run.", "And so do the trains.");
    }

    @Test
    void aMarkLeftOpenWhereNoSentenceEndsStaysDropped() {
        assertThat(contents("Baran said: \u201cThe port stays open and\n\nthe ferries run")).isEmpty();
    }

    @Test
    void twoApostrophesMakeOneMarkWithTheQuotationInsideBoth() {
        String text = "The envoy agreed: ''We have a date and a table.'' Then he left.";
        assertThat(QuoteMarks.scan(text)).singleElement().satisfies(quote -> {
            assertThat(quote.content().of(text)).isEqualTo("We have a date and a table.");
            assertThat(quote.whole().of(text)).isEqualTo("''We have a date and a table.''");
        });
    }

    @Test
    void twoApostrophesReopenAQuotationInTheNextParagraph() {
        String text = "''The first part goes here.\n\n''And the second part ends here,'' Halvorsen said.";
        assertThat(QuoteMarks.scan(text)).singleElement().satisfies(quote -> {
            assertThat(quote.multiParagraph()).isTrue();
            assertThat(quote.content().of(text)).startsWith("The first part").endsWith("ends here,");
        });
    }

    @Test
    void aStraightMarkAfterASpaceClosesWhenNoWordFollows() {
        assertThat(contents("\"Voronel has to do the 'Haldeby shuffle' \" - and win the vote."))
                .containsExactly("Voronel has to do the 'Haldeby shuffle'");
    }
}
