package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The speaker named after an inverted cue: it ends where a relative clause about them begins, and a
 * title with "of" in it does not hide the name after it.
 */
class InvertedSpeakerTest {

    @Test
    void aRelativeClauseAfterTheSpeakerIsNotPartOfTheSpeaker() {
        assertThat(speakers("\"Given how badly the harbour has been run, we need a change,\" said a Democratic strategist "
                + "who spoke on the condition of anonymity.")).containsExactly("a Democratic strategist");
    }

    @Test
    void aTitleWithOfBeforeTheNameDoesNotHideTheName() {
        assertThat(speakers("\"Thanks, Orsk, for welcoming these families,\" said master of ceremonies Ivo Pirelli, "
                + "an engineer who moved to Orsk decades ago.")).containsExactly("Ivo Pirelli");
    }
}
