package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.nlp.Nlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations typed back to back, quotations at a paragraph's or sentence's edge. */
class AdjacentQuotesTest {

    private static List<Attribution> direct(String text) {
        return Attributor.rules().attribute(Nlp.coreNlp().annotate(text)).stream()
                .filter(a -> a.kind() != QuoteKind.INDIRECT).toList();
    }

    @Test
    void quotationsWithOnlyASpaceBetweenThemAreOneStatement() {
        String text = "Ilse Varga told reporters about the plan. \u201cThe mill stays open.\u201d \u201cWe will not sell it to anyone.\u201d";
        List<Attribution> found = direct(text);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().of(text)).startsWith("The mill stays open.").endsWith("sell it to anyone.");
        assertThat(found.get(0).resolvedSource().of(text)).isEqualTo("Ilse Varga");
    }

    @Test
    void aQuotationOnTheNextLineStartsAfresh() {
        String text = "Ilse Varga told reporters about the plan. \u201cThe mill stays open.\u201d\n\u201cWe will not sell it to anyone.\u201d";

        assertThat(direct(text)).hasSize(2);
    }

    @Test
    void aCueInTheNextParagraphIsNotTheQuotationsOwn() {
        // the tagger leaves a closing mark after two sentences in the next paragraph's sentence
        String text = "Ilse Varga spoke last.\n\"The mill stays open,\" she said. \"We will not sell it. Nobody sells a mill that"
                + " has no buyer.\"\nTadeo Brandt said that the vote comes in May.";
        List<Attribution> found = direct(text);

        assertThat(found).hasSize(2);
        assertThat(found.get(1).content().of(text)).startsWith("We will not sell it.");
        assertThat(found.get(1).resolvedSource().of(text)).isEqualTo("Ilse Varga");
    }

    @Test
    void aShortQuotationOpeningAParagraphIsDirect() {
        String text = "Brandt spoke last.\n\"We will not sell it. He knows what he is doing.\"\n\"There it is. There it is,\""
                + " Varga said to laughs.";
        List<Attribution> found = direct(text);

        assertThat(found).last().satisfies(a -> {
            assertThat(a.content().of(text)).isEqualTo("There it is. There it is,");
            assertThat(a.kind()).isEqualTo(QuoteKind.DIRECT);
        });
    }

    @Test
    void aReportedClauseStopsBeforeTheNextQuotationsOpeningMark() {
        String text = "''Prices are up,'' said Tomas Ekberg, who noted that the price of farms had ''collapsed'' to half their value."
                + " ''Things are moving again.''";
        List<Attribution> found = direct(text);

        assertThat(found).filteredOn(a -> a.kind() == QuoteKind.PARTIAL).singleElement()
                .satisfies(a -> assertThat(a.content().of(text)).endsWith("half their value"));
    }

    @Test
    void aCueSetOffInTheNextSentenceIsNotTheQuotationsOwn() {
        String text = "\"We are a quiet town,\" said Ola Brandt, a retired miller. \"Nobody here knew him.\" Perhaps, she said,"
                + " the town \"has grown too fast.\"";
        List<Attribution> found = direct(text);

        assertThat(found).hasSize(3);
        assertThat(found.get(1).content().of(text)).isEqualTo("Nobody here knew him.");
        assertThat(found.get(1).cue()).isNull();
        assertThat(found.get(1).resolvedSource().of(text)).isEqualTo("Ola Brandt");
        assertThat(found.get(2).content().of(text)).endsWith("the town \"has grown too fast.\"");
    }
}
