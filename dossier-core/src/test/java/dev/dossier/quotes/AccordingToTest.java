package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quotation that "according to" and its source introduce. */
class AccordingToTest {

    @Test
    void aPhraseThatOnlyDescribesTheSourceIntroducesTheQuotationAfterIt() {
        assertThat(speakers("The mill in Orsk was sold last spring. According to the newspaper, "
                + "\"The new owners will close the harbour in May and the ferries will stop.\"")).containsExactly("the newspaper");
    }
}
