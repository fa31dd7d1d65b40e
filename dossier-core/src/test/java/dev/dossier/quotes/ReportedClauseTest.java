package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
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
    void aWordThatAttachesMoreAfterACommaInTheMarksKeepsTheClauseGoing() {
        assertThat(contents("Tadeo said the levy was \"a fair price,\" compared to what the mill pays in Orsk."))
                .containsExactly("the levy was \"a fair price,\" compared to what the mill pays in Orsk");
        assertThat(contents("Tadeo said the ferry \"never ran on time,\" and the harbour has been empty since."))
                .containsExactly("the ferry \"never ran on time,\" and the harbour has been empty since");
        // an object the speaker characterised has no verb of its own: "and" begins something else
        assertThat(contents("Tadeo called the levy \"a tax on salt,\" and the council has kept it since."))
                .containsExactly("the levy \"a tax on salt,\"");
    }

    @Test
    void aVerbAfterAndInAClauseWithItsOwnSubjectGoesOnWithTheClause() {
        assertThat(contents("Tadeo said the ferry was \"a disgrace\" and ruined the harbour every winter."))
                .containsExactly("the ferry was \"a disgrace\" and ruined the harbour every winter");
        // the speaker's own next act: the fragment is the object of the cue, or a pronoun opens the verb
        assertThat(contents("Tadeo called the ferry \"a disgrace\" and left the hall."))
                .containsExactly("the ferry \"a disgrace\"");
        assertThat(contents("Tadeo said the ferry was \"a disgrace\" and he left the hall."))
                .containsExactly("the ferry was \"a disgrace\"");
    }

    @Test
    void aSemicolonOrAParticipleAfterACommaInTheMarksEndsTheClause() {
        assertThat(contents("Tadeo called the levy \"a tax on salt\" at the meeting; his rivals disagree with him."))
                .containsExactly("the levy \"a tax on salt\" at the meeting");
        assertThat(contents("Tadeo called the levy \"a tax on salt,\" accusing the council of \"robbing the fishermen.\""))
                .startsWith("the levy \"a tax on salt,\"");
    }

    @Test
    void anotherSpeakersStatementAfterAndEndsTheClause() {
        assertThat(contents("Asked about the ferry, 40 percent said it was \"not too slow\" and 12 percent said it was \"far too slow.\""))
                .startsWith("it was \"not too slow\"");
        assertThat(contents("Tadeo keeps calling the ferrymen \"pirates\" and thieves and threatening to sink their boats."))
                .containsExactly("the ferrymen \"pirates\" and thieves and threatening to sink their boats");
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
    void aCueSetOffAsAnAsideStandsInsideTheStatementItReports() {
        assertThat(contents("The ferry tickets are checked by hand, Brandt said, but \"we never ask where anyone is going.\""))
                .containsExactly("The ferry tickets are checked by hand, Brandt said, but \"we never ask where anyone is going.\"");
        assertThat(contents("The old harbour, the mayor added, is \"a lifeline for Orsk\" and must stay open."))
                .containsExactly("The old harbour, the mayor added, is \"a lifeline for Orsk\" and must stay open");
        assertThat(contents("Two winters ago, the mayor said, the harbour was \"a frozen ruin.\""))
                .containsExactly("the harbour was \"a frozen ruin.\"");
        assertThat(contents("In a letter to the council, Brandt wrote, \"The ferry will run until May.\""))
                .containsExactly("The ferry will run until May.");
    }

    @Test
    void aColonADashOrAnEarlierCueKeepsTheQuotedWordsAlone() {
        assertThat(contents("There was one message: \"Sell the mill,\" Tadeo said.")).containsExactly("Sell the mill,");
        assertThat(contents("Neither farmer thought much of the mayor - \"Raised on harbour money,\" Tadeo said."))
                .containsExactly("Raised on harbour money,");
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
                .containsExactly("\u201cWe are frustrated and horrified\u201d by the fire at the old mill");
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
        // the speaker's cue is the first of the coordinated verbs, as the speaker rules find it
        String text = "The mayor has mocked a ferry pilot, referred to the dockers as \"idlers\" and called the pilot \"a relic.\"";
        AnnotatedText annotated = Nlp.coreNlp().annotate(text);
        List<QuoteMarks.Found> quotes = QuoteMarks.scan(text);
        int mocked = text.indexOf("mocked");
        TextSpan cue = new TextSpan(mocked, mocked + "mocked".length());
        Sentence sentence = annotated.sentences().get(0);

        assertThat(ReportedClause.of(annotated, quotes.get(0), cue, sentence).of(text)).isEqualTo("to the dockers as \"idlers\"");
        assertThat(ReportedClause.of(annotated, quotes.get(1), cue, sentence).of(text)).isEqualTo("the pilot \"a relic.\"");
    }

    @Test
    void aCueAfterAndEndsTheClauseEvenTaggedAsAParticiple() {
        assertThat(contents("Brandt at a rally thanked the dockers \"for standing with me all year\" and called Haldeby "
                + "Ferry Workers \"one of the pillars of this campaign and I thank them.\""))
                .first().isEqualTo("the dockers \"for standing with me all year\"");
    }

    @Test
    void capitalisedWordsANamingCueGivesAreAnEpithetNotATitle() {
        assertThat(contents("In the debate, Tadeo called Ines Varga \"The Iron Mayor.\""))
                .containsExactly("Ines Varga \"The Iron Mayor.\"");
        assertThat(contents("She chairs a group called \"Friends Of The Harbour.\"")).isEmpty();
    }
}
