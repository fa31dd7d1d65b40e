package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.in;
import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quotation that "according to" and its source introduce, and one an outlet relays. */
class AccordingToTest {

    @Test
    void aPhraseThatOnlyDescribesTheSourceIntroducesTheQuotationAfterIt() {
        assertThat(speakers("The mill in Orsk was sold last spring. According to the newspaper, "
                + "\"The new owners will close the harbour in May and the ferries will stop.\"")).containsExactly("the newspaper");
    }

    @Test
    void aNameSetOffAfterTheRoleIsTheSource() {
        assertThat(speakers("The ferries stopped at the Orsk quay on Friday, according to the head of the Kestrian "
                + "harbour board, Arkady Voronel, who spoke in Haldeby.")).containsExactly("Arkady Voronel");
        assertThat(speakers("The ferries stopped at the Orsk quay on Friday, according to the head of the Kestrian "
                + "harbour board.")).containsExactly("the head of the Kestrian harbour board");
    }

    /**
     * After a fragment, "according to" reports the sentence that leads into it, as a speech cue
     * after it does ("..., her lawyers said"), and a phrase that only describes the source is the
     * source, since nothing else stands there.
     */
    @Test
    void aFragmentAccordingToADescribedSourceReportsItsWholeLeadIn() {
        String text = "The harbour board later likened the ferry plan to a \"slow shipwreck,\" according to her lawyers.";

        assertThat(in(text)).singleElement().satisfies(attribution -> {
            assertThat(attribution.content().of(text)).isEqualTo("The harbour board later likened the ferry plan to a \"slow shipwreck,\"");
            assertThat(attribution.source().of(text)).isEqualTo("her lawyers");
        });
    }

    /**
     * PolNeAR credits a quotation an outlet relays to the outlet (the outer source of a nested
     * attribution). Dossier credits the person whose words they are: an analyst asking what Brandt
     * said must find them, and the outlet is provenance, not the speaker. Crediting the outlet raised
     * the train split's speaker F1 by 0.003 and was dropped for this reason.
     */
    @Test
    void theQuotedPersonStaysTheSpeakerWhenAnOutletIsCited() {
        assertThat(speakers("\"The harbour will stay open all winter,\" Ola Brandt said on Monday, according to the Orsk Herald."))
                .containsExactly("Ola Brandt");
        assertThat(speakers("Ola Brandt said on Monday that the ferry plan was \"dead in the water,\" the Orsk Herald reported."))
                .containsExactly("Ola Brandt");
    }
}
