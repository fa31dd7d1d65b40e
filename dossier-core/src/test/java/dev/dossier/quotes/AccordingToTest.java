package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quotation that "according to" and its source introduce, or that an outlet reported second hand. */
class AccordingToTest {

    @Test
    void aPhraseThatOnlyDescribesTheSourceIntroducesTheQuotationAfterIt() {
        assertThat(speakers("The mill in Orsk was sold last spring. According to the newspaper, "
                + "\"The new owners will close the harbour in May and the ferries will stop.\"")).containsExactly("the newspaper");
    }

    @Test
    void aSourceAQuotedCueIsAccordingToIsTheSpeaker() {
        assertThat(speakers("\"The harbour will stay open all winter,\" Ola Brandt said on Monday, according to the Orsk Herald."))
                .containsExactly("Orsk Herald");
        assertThat(speakers("According to a transcript of the meeting, Ivo Kolber said the ferry plan was \"dead in the water.\""))
                .containsExactly("a transcript");
    }

    @Test
    void theSecondHalfOfTheQuotationKeepsTheOuterSource() {
        assertThat(speakers("\"We will not sell the mill,\" Ola Brandt told the council, according to the Orsk Herald. "
                + "\"It belongs to the town.\"")).containsExactly("Orsk Herald", "Orsk Herald");
    }

    @Test
    void anOutletThatReportedTheQuotedCueAtTheSentencesEndIsTheSpeaker() {
        assertThat(speakers("Ola Brandt said on Monday that the ferry plan was \"dead in the water,\" the Orsk Herald reported."))
                .containsExactly("Orsk Herald");
    }

    @Test
    void anOutletCreditDatedAfterItsVerbStillNamesTheSpeaker() {
        assertThat(speakers("During the inquiry, Ola Brandt admitted that the deal could be termed \"a favour for friends,\" "
                + "the Orsk Herald reported in 1994.")).containsExactly("Orsk Herald");
    }
}
