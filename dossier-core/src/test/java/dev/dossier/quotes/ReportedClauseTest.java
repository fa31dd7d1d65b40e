package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.nlp.Nlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the clause a quoted fragment belongs to ends. */
class ReportedClauseTest {

    private static List<String> contents(String text) {
        return Attributor.rules().attribute(Nlp.coreNlp().annotate(text)).stream()
                .map(Attribution::content).map(c -> c.of(text)).toList();
    }

    @Test
    void aParticipleAfterTheQuotationStartsAnotherAct() {
        assertThat(contents("Tadeo insisted that the county is \"broke\" - claiming that the mill had been sold twice."))
                .containsExactly("that the county is \"broke\"");
    }

    @Test
    void aQuotationClosingOnACommaEndsTheClause() {
        assertThat(contents("Tadeo has called the pact \"a disaster for farmers,\" and Varga, who sits on the board, agrees."))
                .containsExactly("the pact \"a disaster for farmers,\"");
        assertThat(contents("Tadeo said the county is \"broke,\" adding that the mill had been sold twice."))
                .containsExactly("the county is \"broke,\"");
    }

    @Test
    void aCommaBeforeAnotherQuotationKeepsTheFragmentsTogether() {
        assertThat(contents("Tadeo called the plan \"reckless,\" \"costly\" and \"late\" at the meeting."))
                .containsExactly("the plan \"reckless,\" \"costly\" and \"late\" at the meeting");
    }

    @Test
    void wordsBeforeAQuotationWhoseCueFollowsOpenTheStatement() {
        assertThat(contents("The old mill was sold \"for a song, to a stranger,\" Tadeo said."))
                .containsExactly("The old mill was sold \"for a song, to a stranger,\"");
    }

    @Test
    void aColonOrAnEarlierCueKeepsTheQuotedWordsAlone() {
        assertThat(contents("There was one message: \"Sell the mill,\" Tadeo said.")).containsExactly("Sell the mill,");
        assertThat(contents("Fans of the mill (\"We want it back,\" wrote Ivo Brandt) gathered on Sunday."))
                .containsExactly("We want it back,");
    }

    @Test
    void aFewWordsInMarksWithNoSpeakerAndNoCueAreAMentionNotAStatement() {
        assertThat(contents("\u201cMoonrise Falls\u201d sold out within an hour at the Tarnville playhouse.")).isEmpty();
        assertThat(contents("\u201cNot again!\u201d The crowd groaned as the lights went out.")).containsExactly("Not again!");
    }

    @Test
    void wordsAfterAQuotationThatStopsMidClauseFinishTheStatementUpToItsCue() {
        assertThat(contents("\u201cWe are frustrated and horrified\u201d by the fire at the old mill, Ilse Varga said."))
                .containsExactly("We are frustrated and horrified\u201d by the fire at the old mill");
        assertThat(contents("\u201cWe are frustrated,\u201d Ilse Varga said.")).containsExactly("We are frustrated,");
    }

    @Test
    void theClauseStartsAtAThatAfterALongObject() {
        assertThat(contents("Tadeo told a crowded meeting of farmers in Orsk, near the border, on Monday that the mill was \"a lost cause.\""))
                .containsExactly("that the mill was \"a lost cause.\"");
    }

    @Test
    void aClauseThatBeganWithoutItsThatDoesNotStartAtALaterOne() {
        assertThat(contents("Ola Brandt says he wishes the mill had stayed open longer, but that the workers \u201cdid everything they could.\u201d"))
                .containsExactly("he wishes the mill had stayed open longer, but that the workers \u201cdid everything they could.\u201d");
    }

    @Test
    void aCueInsideTheThatClauseOfAnEarlierVerbOfSpeechReportsTheWholeClause() {
        assertThat(contents("Ola Brandt said on Monday that the council had passed what she called \u201ca farce.\u201d"))
                .containsExactly("that the council had passed what she called \u201ca farce.\u201d");
    }

    @Test
    void eachOfCoordinatedCuesReportsItsOwnClause() {
        assertThat(contents("The candidate has mocked a disabled ferry pilot, referred to undocumented welders from Orsk as "
                + "\"idlers\" and recently pointed to a tall man in the crowd at one of his rallies and called him \"my harbour friend.\""))
                .containsExactly("to undocumented welders from Orsk as \"idlers\"", "him \"my harbour friend.\"");
    }

    @Test
    void aCueAfterAndEndsTheClauseEvenTaggedAsAParticiple() {
        assertThat(contents("Sanders during a Sunday thanked its members \"for their support in my campaign\" and called "
                + "National Welders United \"one of the sponsors of my campaign and I appreciate that.\""))
                .first().isEqualTo("its members \"for their support in my campaign\"");
    }

    @Test
    void capitalisedWordsANamingCueGivesAreAnEpithetNotATitle() {
        assertThat(contents("In the debate, Tadeo called Ines Varga \"The Iron Mayor.\""))
                .containsExactly("Ines Varga \"The Iron Mayor.\"");
        assertThat(contents("She chairs a group called \"Friends Of The Harbour.\"")).isEmpty();
    }
}
