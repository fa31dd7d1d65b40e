package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteDelimitedTest {

    @Test
    void contentsBetweenOrBesideQuoteMarksAreDelimited() {
        String text = "“We will win,” she said. He called it ‘a trap’.";

        assertThat(QuoteDelimited.test(text, span(text, "“We will win,”"))).isTrue();
        assertThat(QuoteDelimited.test(text, span(text, "We will win"))).isTrue();
        assertThat(QuoteDelimited.test(text, span(text, "a trap"))).isTrue();
    }

    @Test
    void anApostropheInsideAWordIsNoQuoteMark() {
        String text = "That’s according to the polls. Clinton's lead may be shrinking.";

        assertThat(QuoteDelimited.test(text, span(text, "That"))).isFalse();
        assertThat(QuoteDelimited.test(text, span(text, "Clinton"))).isFalse();
    }

    @Test
    void aClosingSingleQuoteAfterAWordStillCloses() {
        String text = "She called it 'a trap' on Monday.";

        assertThat(QuoteDelimited.test(text, span(text, "a trap"))).isTrue();
    }

    @Test
    void noBreakSpacesAfterTheClosingMarkAreTrimmedLikeSpaces() {
        String text = "He asked them to act “whiter.”\u00a0\u00a0Watch it here.";

        assertThat(QuoteDelimited.test(text, span(text, "them to act “whiter.”\u00a0"))).isTrue();
    }

    private static Spans span(String text, String words) {
        return Spans.of(Phrase.in(text, words));
    }
}
