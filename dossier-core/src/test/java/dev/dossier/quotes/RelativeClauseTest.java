package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A relative clause inside a sentence does not lend its relative word to the cue that follows it. */
class RelativeClauseTest {

    @Test
    void aCueJoinedByButAfterARelativeClauseSharesTheMainClausesSubject() {
        assertThat(speakers("Ivo Pirelli thanked the workers who stayed in Orsk but said, \"The old mill must close.\""))
                .containsExactly("Ivo Pirelli");
    }

    @Test
    void aCueAfterACommaAndARelativeAsideStillTakesTheRelativeWord() {
        assertThat(speakers("(Ola Brandt, who founded the Orsk weekly, once said, \"Every harbour town needs a paper.\")"))
                .containsExactly("who");
    }

    @Test
    void aRelativePronounThatAnAsideFollowsIsTheSubjectOfTheCueAfterTheAside() {
        assertThat(speakers("The plan was backed by Ivo Kolber, the harbour master, who, after a long night of talks, "
                + "said that the ferries were \"the town's lifeline.\"")).containsExactly("who");
    }
}
