package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.model.SpeakerKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subjects a cue shares with, or stands apart from, the rest of its clause: a verb joined to an
 * earlier one ("Quenby smiled and said"), a relative clause set off as an aside ("Tovey, who ...,
 * tweeted"), a name after a time phrase or in apposition, a quantifier standing for people.
 */
class CoordinatedCuesTest {

    private static List<String> speakers(String text) {
        return Attributed.in(text).stream()
                .map(Attribution::resolvedSource).map(s -> s == null ? null : s.of(text)).toList();
    }

    @Test
    void aCueAfterAndSharesTheSubjectOfTheFirstVerb() {
        assertThat(speakers("Asked whom she favoured, Ms. Quenby smiled and said, \"I am waiting for someone new to get in the race.\""))
                .singleElement().asString().contains("Quenby");
    }

    @Test
    void aChainOfVerbsLeadsBackToTheSubject() {
        assertThat(speakers("Halvorsen gestured as if to calm the room, then leaned in and boomed: \"We will win this fight in June.\""))
                .containsExactly("Halvorsen");
    }

    @Test
    void aRelativeClauseBetweenCommasIsAnAsideNotTheSubject() {
        assertThat(speakers("Graham Tovey, who says the county should hire more wardens, tweeted that the plan \"will not stop a single poacher.\""))
                .containsExactly("Graham Tovey");
    }

    @Test
    void aNameAfterATimePhraseAndBeforeALongAppositionIsTheSubject() {
        assertThat(speakers("Just last week, Martin Keller, editor at large of The Valley Courier, a weekly read in every farmhouse "
                + "across the northern counties, wrote, \"We should think of the harvest first.\"")).containsExactly("Martin Keller");
    }

    @Test
    void aPlaceInALongOpeningPhraseIsNoSpeaker() {
        assertThat(speakers("At a rally in Tarnville, Ohio, on Saturday, some of the farmers shouted: \"Go home!\""))
                .doesNotContain("Ohio");
    }

    @Test
    void aQuantifierAloneBeforeTheCueSpeaksForThePeopleMentioned() {
        List<Attribution> found = Attributed.in(
                "Supporters waved signs above their heads. Some chanted \"Four more years!\"");
        assertThat(found).singleElement().satisfies(a -> assertThat(a.speakerKind()).isEqualTo(SpeakerKind.ANONYMOUS));
    }

    @Test
    void aNameInAppositionAfterADescriptionAfterTheCueIsTheSpeaker() {
        assertThat(speakers("Then came the loudest cheer of the night: \"It is about time we had a farmer running this county,\" "
                + "exhorted her warm-up act, actor Jonas Pirelli.")).containsExactly("Jonas Pirelli");
    }

    @Test
    void aCueClosingTheParagraphBeforeIntroducesTheQuotationOpeningTheNext() {
        assertThat(speakers("Minister Ilse Varga answered the critics on Monday:\n\n\"The questions asked today show why nobody trusts this committee.\""))
                .containsExactly("Ilse Varga");
        assertThat(speakers("The Valley Courier has the proof:\n\n\"Should the county sell the old mill to a stranger?\""))
                .containsExactly((String) null);
    }

    @Test
    void theNamesAfterTheDashOfAHeadlineAreTheSpeakers() {
        assertThat(speakers("HARVEST FESTIVAL DRAWS RECORD CROWD - Martin Keller and Jonas Pirelli: \u201cMore than ten thousand people came.\u201d"))
                .singleElement().asString().containsAnyOf("Keller", "Pirelli");
    }

    @Test
    void theSubjectOfAnAsClauseBeforeTheQuotationIsItsSpeaker() {
        String text = "As the columnist Louella Brandt had written a year earlier, \u201cNobody can run this valley without the mill.\u201d";
        List<Attribution> found = Attributed.in(text);
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.resolvedSource().of(text)).isEqualTo("Louella Brandt");
            assertThat(a.cue().of(text)).isEqualTo("written");
        });
    }

    @Test
    void aFramingVerbAfterARelativePronounHasThePronounAfterItAsSubject() {
        String text = "Ilse Varga spoke after Martin Keller praised the old mill, which he called \u201cthe heart of the valley.\u201d";
        List<Attribution> found = Attributed.in(text);
        assertThat(found).singleElement().satisfies(a -> assertThat(a.source().of(text)).isEqualTo("he"));
    }

    @Test
    void aDashSetsOffTheSubjectFromAnAsideBeforeIt() {
        assertThat(speakers("Asked about the problems Martin Keller has faced \u2014 especially where the mill is concerned \u2014 "
                + "Ilse Varga responded with a phrase of her own: \u201cNobody moans to me about the mill.\u201d"))
                .containsExactly("Ilse Varga");
    }

    @Test
    void aCueJoinedToAVerbAfterARelativeAsideSharesTheSubjectBeforeTheAside() {
        assertThat(speakers("Ola Brandt, who was touring the harbour in Orsk, did not name Ivo Kolber but told the crowd "
                + "that the town needed \"a mayor who listens.\"")).containsExactly("Ola Brandt");
    }
}
