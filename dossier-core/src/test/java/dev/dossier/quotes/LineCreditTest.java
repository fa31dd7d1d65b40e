package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Credits by a colon without a verb: a transcript line that opens with a person's name, and "From X:"
 * naming the source of the excerpt after it; and the clause a colon closes against a cue before it.
 */
class LineCreditTest {

    @Test
    void aNameWithItsPartyInBracketsCreditsTheQuotationAfterTheColon() {
        assertThat(speakers("Orsk harbour hearing.\n\nRep. Ola Brandt (D-Orsk): \"Who told you the mill would close?\"\n\n"
                + "Former harbour master Ivo Pirelli: \"Nobody told me, I read it in the Orsk weekly.\""))
                .containsExactly("Ola Brandt", "Ivo Pirelli");
    }

    @Test
    void aNameAfterAPrepositionIsTheTopicNotTheSpeaker() {
        assertThat(speakers("Orsk harbour hearing.\n\nThe council on Ivo Pirelli: \"He kept the harbour open for forty years.\""))
                .containsExactly((String) null);
    }

    @Test
    void fromAndASourceBeforeAColonCreditTheExcerptToThatSource() {
        assertThat(speakers("The board looked at the harbour again. From the report: \"The old quay cannot carry modern ships.\""))
                .containsExactly("the report");
        assertThat(speakers("Ola Brandt backs the plan. From Brandt's blog post: \"The harbour is the town's future.\""))
                .containsExactly("Brandt");
    }

    @Test
    void theClauseAColonClosesSpeaksWhenAnEarlierCueHasAThatClauseOfItsOwn() {
        String text = "When Ivo Pirelli suggested that the council would sue the port, Ola Brandt fired back: "
                + "\u201cIf they sue us in Tarnville, they will lose.\u201d";

        assertThat(speakers(text)).containsExactly("Ola Brandt");
        assertThat(Attributed.in(text)).singleElement().satisfies(a -> assertThat(a.content().of(text)).startsWith("If they sue"));
    }

    @Test
    void aClauseThatOnlyStatesBeforeTheColonLeavesTheQuotationToTheEarlierCue() {
        assertThat(speakers("Ola Brandt said that, seen from the harbour, a deal might be possible: "
                + "\u201cThe ferries and the mill want the same quay.\u201d"))
                .containsExactly("Ola Brandt");
    }
}
