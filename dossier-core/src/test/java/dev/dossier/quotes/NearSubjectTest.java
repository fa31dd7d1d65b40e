package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Speakers the fifth round of rules reads from the subject nearest the cue, where earlier rounds took
 * a name standing further back in the sentence.
 */
class NearSubjectTest {

    @Test
    void aPronounOpeningTheCuesClauseIsItsSubjectNotANameInAnEarlierClause() {
        assertThat(speakers("When Ilse Kolber opened the mill in Orsk, she famously called the old owners \"thieves\" and \"cowards\"."))
                .containsExactly("she");
        assertThat(speakers("Ola Brandt toured the harbour in Orsk, where she also promised to fight \"every single closure.\""))
                .containsExactly("she");
    }

    @Test
    void aCueJoinedToAnEarlierSpeechCueSharesItsSubjectNotThatOfTheClauseItReports() {
        assertThat(speakers("She said her attacks on Ivo Kolber have helped her campaign in Orsk and said that he was \"a relic of the past.\""))
                .containsExactly("She");
    }

    @Test
    void aPronounBeforeAnAuxiliaryIsTheSubjectAndItsCueReportsTheClauseAJoinedCueFollows() {
        assertThat(speakers("While the owner of the Orsk mill did not disclose the price, she did say she found Ivo Kolber \"very charming\" "
                + "and called his offer \"a fair one.\"")).containsExactly("she", "she");
    }

    @Test
    void aRelativePronounBeforeAnAuxiliaryAndTheCueIsTheSubject() {
        assertThat(speakers("Ivo Kolber praised the mayor of Orsk, Ola Brandt, who has repeatedly called the harbour plan \"a disgrace.\""))
                .containsExactly("who");
    }

    @Test
    void aParticipleCueHangsFromTheMainClauseNotFromAClauseThatOpensWithThat() {
        assertThat(speakers("Kolber bristled at the suggestion that he was to blame for the closures in Orsk, saying, "
                + "\"The advice I give the council is my own.\"")).containsExactly("Kolber");
    }

    @Test
    void thePronounAfterARelativeWordIsTheSubjectOfAFramingCue() {
        assertThat(speakers("The mayor praised Ivo Kolber, whom she described as \"the best harbour master Orsk ever had.\""))
                .containsExactly("she");
    }

    @Test
    void aPronounAfterAPhraseOfTimeOrPlaceIsTheSubjectOfTheCue() {
        assertThat(speakers("At the council meeting in Orsk this week she said she did not believe the sale was \"a fair deal.\""))
                .containsExactly("she");
        assertThat(speakers("In 2009 he said of the harbour board: \"Nobody there has ever seen a ship.\""))
                .containsExactly("he");
    }
}
