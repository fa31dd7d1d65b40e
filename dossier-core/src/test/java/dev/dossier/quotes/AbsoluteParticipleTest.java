package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "with X calling it '...'": the noun phrase between "with" and a participle cue is its speaker. */
class AbsoluteParticipleTest {

    @Test
    void theNameAfterWithIsTheSpeakerOfTheParticiple() {
        assertThat(speakers("Councillors who backed the harbour plan were irritated, with Sen. Ola Brandt calling it a \"Chinese menu.\""))
                .containsExactly("Ola Brandt");
    }

    @Test
    void anAdverbMayStandBetweenTheNameAfterWithAndTheParticiple() {
        assertThat(speakers("Brandt and Kolber both want the harbour closed, with Kolber recently promising to \"shut it for good.\""))
                .containsExactly("Kolber");
    }

    @Test
    void theNounPhraseAfterWithMayHoldPrepositions() {
        assertThat(speakers("And Ivo Kolber turned on the mayor, with the campaign of the former harbour master from Orsk saying "
                + "she was \"not a real friend of the ferries.\"")).containsExactly("the campaign of the former harbour master from Orsk");
    }
}
