package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cue after a quotation and the words that follow that cue. */
class WordsAfterCueTest {

    @Test
    void aLowerCaseWordAfterAQuestionMarkGoesOnWithTheSentenceToItsCue() {
        assertThat(speakers("\"Will the ferry to Orsk ever run again?\" the harbour board's chairwoman, Ola Brandt, wrote on Friday."))
                .singleElement().asString().contains("Ola Brandt");
    }

    @Test
    void aDayAfterTheCueDatesTheStatementAndIsNotItsSpeaker() {
        assertThat(speakers("\"The mill will reopen in spring,\" the owner's spokesman, a former ferry captain, said Sunday."))
                .doesNotContain("Sunday");
    }

    @Test
    void aLoneQuantifierRightAfterTheQuotationsCueIsAnAnonymousSpeaker() {
        assertThat(speakers("\"The ferry to Orsk was always late,\" one commuter wrote. \"Better walk to Tarnville than wait for it,\" tweeted another."))
                .containsExactly("one commuter", "another");
    }

    @Test
    void readRightAfterAQuotationItLeavesOpenIsADocumentsCue() {
        assertThat(speakers("The council wrote to the ferry company on Monday. \"We will not pay for another empty boat to Orsk,\" "
                + "the letter read.")).containsExactly("the letter");
        assertThat(speakers("On the ferry to Orsk she read \"The Mill on the Floss\" twice.")).doesNotContain("she");
    }
}
