package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cue after a quotation that ends its sentence belongs to the next quotation when it introduces one. */
class NextQuotationCueTest {

    @Test
    void aCueThatIntroducesTheNextQuotationLeavesTheIntroducedOneToItsOwnCue() {
        assertThat(speakers("Ola Brandt said, \"The harbour in Orsk will stay open for another decade.\" "
                + "She added, \"We have found the money for the repairs.\""))
                .containsExactly("Ola Brandt", "She");
    }

    @Test
    void aParticleMayStandBetweenTheNextQuotationsCueAndItsComma() {
        assertThat(speakers("Ivo Pirelli replies to Ola Brandt with, \"Why now, after all these years in Orsk?\" "
                + "Brandt then writes back, \"Because the harbour is finally ready.\""))
                .containsExactly("Ivo Pirelli", "Brandt");
    }
}
