package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Speakers of quotations whose statement is a whole reported clause: the speaker is the subject of
 * the cue that reports the clause, not of a cue inside it.
 */
class ReportingSpeakerTest {

    @Test
    void aCueInsideTheReportedClauseDoesNotNameTheSpeaker() {
        assertThat(speakers("Ola Brandt said on Monday that she believed the old harbour in Orsk was \"a ruin beyond repair.\""))
                .containsExactly("Ola Brandt");
    }

    @Test
    void aCueInTheClauseASpeechVerbReportsWithoutThatIsPartOfWhatItsSubjectSays() {
        assertThat(speakers("Ola Brandt said Ivo Pirelli was right to urge the council in Orsk \"to keep the old mill open.\""))
                .containsExactly("Ola Brandt");
    }

    @Test
    void aCueAfterASubordinatingWordKeepsItsOwnSubject() {
        assertThat(speakers("\"We will rebuild the harbour,\" Ola Brandt said as a heckler in the crowd yelled: \"Never!\""))
                .containsExactly("Ola Brandt", "a heckler");
    }

    @Test
    void aCueInTheClauseAParticipleReportsIsPartOfWhatTheParticiplesSubjectSays() {
        assertThat(speakers("\"We will rebuild it,\" Ola Brandt said at a campaign rally in the harbour town of Orsk, adding that she believed the harbour was "
                + "\"the town's whole future.\"")).containsExactly("Ola Brandt", "Ola Brandt");
    }
}
