package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Speakers the fourth round of rules reads where earlier rounds left them unknown: a name after its
 * title in a long opening, a quotation a clause and a comma introduce, an inverted cue opening the
 * sentence, a part of a group after its cue.
 */
class SpeakerReadingTest {

    @Test
    void aTitleBeforeTheNameInALongOpeningDoesNotHideTheSpeaker() {
        assertThat(speakers("But in a call with reporters on Friday, Sen. Ola Brandt, a Democrat from Orsk, said, \"A raid is a raid.\""))
                .singleElement().asString().contains("Ola Brandt");
    }

    @Test
    void aClauseClosedByACommaIntroducesTheQuotationAfterIt() {
        assertThat(speakers("During the debate, Ilse Kolber cracked, \"I am a reformer who gets things done.\""))
                .singleElement().asString().contains("Ilse Kolber");
    }

    @Test
    void anInvertedCueOpeningTheSentenceNamesTheSpeakerAfterIt() {
        assertThat(speakers("The museum opened last year. Said Ilse Vantor, who grew up on the street, \"We were all so proud of her.\""))
                .singleElement().asString().contains("Ilse Vantor");
    }

    @Test
    void aDescribedSpeakerAndAnyVerbRightAfterAnOpenQuotationCreditIt() {
        assertThat(speakers("\"The harbour will always be the harbour,\" an angry Kolber retorted. \"Nothing changes that.\""))
                .first().asString().contains("Kolber");
        assertThat(speakers("\"Let me help you, the answer is no,\" the harbour master riffed on the mayor's reply."))
                .containsExactly("the harbour master");
        assertThat(speakers("\"The answer is no.\" The harbour master riffed on the mayor's reply.")).singleElement().isNull();
    }

    @Test
    void proposingAnticipatingAndPonderingReportSpeech() {
        assertThat(speakers("Ilse Kolber proposed that the town build \"a new pier by the spring.\"")).containsExactly("Ilse Kolber");
        assertThat(speakers("Ilse Kolber anticipated that the hardest part would be \"finding the money for it.\""))
                .containsExactly("Ilse Kolber");
    }

    @Test
    void aSurnameTheTaggerReadsAsAWordStillNamesThePersonCalledByItEarlier() {
        String text = "Council president Oskar Small said that the pier was safe.\n\n"
                + "Small, who attended the meeting on Wednesday, said that \u201cthe pier will stand for a hundred years.\u201d";

        assertThat(Attributed.in(text)).last().satisfies(quote -> {
            assertThat(quote.source().of(text)).isEqualTo("Small");
            assertThat(quote.resolvedSource().of(text)).isEqualTo("Oskar Small");
        });
    }

    @Test
    void aParticipleAfterAConcessionGoesOnFromTheConcessionsVerb() {
        assertThat(speakers("Ola Brandt has been criticized for the word, though last week Ivo Tarn used stronger language, "
                + "saying the pier \"must be rebuilt.\"")).containsExactly("Ivo Tarn");
    }

    @Test
    void aCueEndingASeriesOfVerbsSharesTheFirstVerbsSubject() {
        assertThat(speakers("When I asked Ola Brandt if she would ever back Ivo Tarn, she looked into my camera, "
                + "furrowed her brow and said, \"I am going to back YOU!\"")).containsExactly("she");
        assertThat(speakers("A friend of Tarn who still backs Kolber, the former mayor Ola Brandt, lives in Orsk "
                + "and wrote that the campaign was \"a tragedy for the town.\"")).containsExactly("Ola Brandt");
    }

    @Test
    void aPartOfAGroupAfterTheCueIsAnAnonymousSpeaker() {
        assertThat(speakers("\"There will be no path for him,\" said one of those advisers.")).containsExactly("one of those advisers");
    }

    @Test
    void theNounRightAfterAnAskingCueThatFollowsTheQuotationIsTheAsker() {
        assertThat(speakers("\"How tall is that fence?\" asked the boy, who wore a red hat.")).containsExactly("the boy");
    }

    @Test
    void anInfinitiveCueBeforeAColonSharesTheSubjectOfItsVerb() {
        assertThat(speakers("Ilse Kolber thanked the crews.\n\nShe went on to say:\n\n\"Nobody in this town will be left behind.\""))
                .containsExactly("She");
    }

    @Test
    void aParagraphAnnouncingTheFollowingStatementIntroducesTheNextOne() {
        assertThat(speakers("The flood reached the mill on Sunday.\n\nThe Orsk Rowing Club issued the following statement:\n\n"
                + "\"We mourn our friends and we will rebuild the boathouse.\"")).singleElement().asString().contains("Orsk Rowing Club");
        assertThat(speakers("The flood reached the mill on Sunday.\n\nThe Orsk Rowing Club has proof:\n\n"
                + "\"We mourn our friends and we will rebuild the boathouse.\"")).singleElement().isNull();
    }

    @Test
    void aParticipleCueAfterAnAsideTakesTheSubjectBeforeTheAside() {
        assertThat(speakers("Ola Brandt, who said last week that the judge was biased against her, issued a statement on Tuesday saying, "
                + "\"I respect the court and its work.\"")).containsExactly("Ola Brandt");
    }

    @Test
    void aFiniteFramingVerbTakesItsOwnSubject() {
        assertThat(speakers("As the race has turned to bigger states, Kolber has increasingly decried the issue of \"rural neglect\" "
                + "and highlighted her plans.")).containsExactly("Kolber");
    }

    @Test
    void aFramingVerbInsideAReportedClauseLeavesTheQuotationToTheReporter() {
        assertThat(speakers("Ola Maddow said on Sunday that Ivo Brandt refers to the plan as \"a gift for farmers.\""))
                .containsExactly("Ola Maddow");
    }

    @Test
    void aNamesPossessiveDeterminesTheNounThatDescribesTheSpeaker() {
        assertThat(speakers("In court documents, Brandt's lawyer asked for a short sentence, calling his thefts \"a kind of illness.\""))
                .containsExactly("Brandt's lawyer");
        assertThat(speakers("Crowds gathered after Sunday's flood. \"We will rebuild,\" Sunday's storm warned.")).containsExactly((String) null);
    }
}
