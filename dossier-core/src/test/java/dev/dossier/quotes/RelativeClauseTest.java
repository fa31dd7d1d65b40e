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

    @Test
    void theNounARelativeClauseWithItsOwnVerbDescribesIsTheSubject() {
        assertThat(speakers("A harbour official who spoke on condition of anonymity to discuss the plans said Wednesday, "
                + "\"Certainly there are talks between the port and the ferry line.\"")).containsExactly("A harbour official");
        assertThat(speakers("While Brandt has condemned the levy, the skippers who wrote to her on Thursday say they are "
                + "\"tired of waiting for the harbour.\"")).containsExactly("the skippers");
    }

    @Test
    void aRelativeClauseEndingAtACommaLeavesTheSubjectAfterIt() {
        assertThat(speakers("As for the skippers who claim to find the levy fair, Ola Brandt said, \"They pay less than anyone.\""))
                .containsExactly("Ola Brandt");
    }
}
