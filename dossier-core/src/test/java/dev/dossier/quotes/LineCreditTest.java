package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Credits by a colon without a verb: a transcript line that opens with a person's name, and "From X:"
 * naming the source of the excerpt after it.
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
}
