package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cue-less quotation after a sentence, in its paragraph, whose subject is a person: that person speaks. */
class SettingSentenceTest {

    @Test
    void thePersonTheSentenceBeforeIsAboutSpeaksTheQuotationAfterIt() {
        assertThat(speakers("The hearing in Orsk went on into the night. Ola Brandt then turned to the harbour board. "
                + "\"Why was the old quay never repaired?\"")).containsExactly("Ola Brandt");
    }

    @Test
    void aSentenceAboutAThingSetsUpNoSpeaker() {
        assertThat(speakers("The hearing in Orsk went on into the night. The old quay was never repaired. "
                + "\"Why was it left to rot?\"")).containsExactly((String) null);
    }
}
