package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.nlp.Nlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation its cue splits mid-sentence is one direct quotation in two halves. */
class SplitQuotesTest {

    private static List<Attribution> attribute(String text) {
        return Attributor.rules().attribute(Nlp.coreNlp().annotate(text));
    }

    @Test
    void theHalfAfterTheCueIsDirectWithTheSameSpeakerAndCue() {
        String text = "\u201cWhat kept the mill going,\u201d Ilse Varga said, \u201cis the fact that nobody in Tarnville gave up.\u201d";
        List<Attribution> found = attribute(text);

        assertThat(found).hasSize(2).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(a.resolvedSource().of(text)).isEqualTo("Ilse Varga");
            assertThat(a.cue().of(text)).isEqualTo("said");
        });
        assertThat(found.get(1).content().of(text)).isEqualTo("is the fact that nobody in Tarnville gave up.");
    }

    @Test
    void aQuotationAfterAFullStopIsNotASecondHalf() {
        String text = "\u201cThe mill stays open,\u201d Ilse Varga said. Her deputy disagreed, \u201cnot for long.\u201d";
        List<Attribution> found = attribute(text);

        assertThat(found).extracting(Attribution::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.PARTIAL);
    }

    @Test
    void aSpeakerDescribedAtLengthBetweenTheHalvesStillSplitsOneQuotation() {
        String text = "\u201cThis used to be a quiet harbour,\u201d said Ilse Varga, director of maritime studies at the Orsk Institute "
                + "for Coastal Trade in Tarnville, \u201cbut it is increasingly a crowded one.\u201d";
        List<Attribution> found = attribute(text);

        assertThat(found).hasSize(2).allSatisfy(a -> assertThat(a.kind()).isEqualTo(QuoteKind.DIRECT));
        assertThat(found.get(1).content().of(text)).isEqualTo("but it is increasingly a crowded one.");
    }

    @Test
    void aSecondHalfAfterAnotherVerbIsNotTheFirstHalfsContinuation() {
        String text = "\u201cThe harbour could easily lose its ferries,\u201d the analyst Ilse Varga wrote this week in Tarnville, "
                + "adding that if the council cuts its budget again, \u201cthe mill would close at best.\u201d";
        List<Attribution> found = attribute(text);

        assertThat(found).extracting(Attribution::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.PARTIAL);
    }

    @Test
    void aQuotationAfterASecondCueIsAStatementOfItsOwn() {
        String text = "\u201cThe mill stays open,\u201d Ilse Varga said, adding, \u201cWe will hire twenty welders in Tarnville.\u201d";
        List<Attribution> found = attribute(text);

        assertThat(found).hasSize(2);
        assertThat(found.get(1).cue().of(text)).isEqualTo("adding");
    }

    @Test
    void aCueAfterAClosedQuotationThatIntroducesTheNextOneIsTheNextOnes() {
        String text = "Ilse Varga said, \u201cThe mill stays open all winter.\u201d Her deputy added, \u201cWe will hire twenty welders.\u201d";
        List<Attribution> found = attribute(text);

        assertThat(found).hasSize(2);
        assertThat(found.get(0).cue().of(text)).isEqualTo("said");
        assertThat(found.get(1).cue().of(text)).isEqualTo("added");
    }

    @Test
    void aQuotationWithItsOwnCueAfterItIsNotASecondHalf() {
        String text = "\u201cHis temper is short,\u201d she said, but despite the mood in Tarnville, \u201cI think he will sign it,\u201d "
                + "said Ilse Varga.";
        List<Attribution> found = attribute(text);

        assertThat(found).hasSize(2);
        assertThat(found.get(1).cue().start()).isGreaterThan(found.get(1).content().end());
        assertThat(found.get(1).resolvedSource().of(text)).isEqualTo("Ilse Varga");
    }

    @Test
    void aConjunctionAfterTheCueStillJoinsASecondHalfInLowerCase() {
        String text = "\u201cYou know, I like Tesh,\u201d Ilse Varga said, but \u201cwhen it comes to the harbour, Tesh has a "
                + "history of siding with the shipowners.\u201d";
        List<Attribution> found = attribute(text);

        assertThat(found).hasSize(2).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(a.resolvedSource().of(text)).isEqualTo("Ilse Varga");
        });
        assertThat(found.get(1).content().of(text)).startsWith("when it comes");
    }

    @Test
    void aParticipleAsideAboutTheSpeakerDoesNotTakeTheSecondHalf() {
        String text = "\u201cEvery time you say that,\u201d Ilse Varga said, referring to the council\u2019s excuse, "
                + "\u201cyou give ammunition to the people who want to close the mill.\u201d";
        List<Attribution> found = attribute(text);

        assertThat(found).hasSize(2).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(a.cue().of(text)).isEqualTo("said");
        });
        assertThat(found.get(1).content().of(text)).startsWith("you give");
    }

    @Test
    void aSecondCueWithItsOwnWordsBeforeACapitalIsStillAStatementOfItsOwn() {
        String text = "\u201cThe mill stays open,\u201d Ilse Varga said, adding later in Tarnville, \u201cWe will hire twenty welders.\u201d";
        List<Attribution> found = attribute(text);

        assertThat(found).hasSize(2);
        assertThat(found.get(1).cue().of(text)).isEqualTo("adding");
    }
}
