package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Subjects set off by an aside or an apposition before the cue, read by the fifth round of rules. */
class SubjectPhraseTest {

    @Test
    void aPhraseThatOnlyDescribesTheSpeakerBeforeARelativeAsideIsTheSubject() {
        assertThat(speakers("One villager, who like others asked not to be named, said the mill in Orsk was \"a ghost of itself.\""))
                .containsExactly("One villager");
    }

    @Test
    void aNameTheTaggerMissedBeforeItsRoleInAppositionIsTheSubject() {
        assertThat(speakers("Tarn, the senator from Orsk, said the harbour's problems are so grave that \"we must start again.\""))
                .containsExactly("Tarn");
    }

    @Test
    void aNameInTheFourthCommaSeparatedPartOfALongSubjectIsTheSpeaker() {
        assertThat(speakers("On Wednesday, however, the director of the Orsk Harbour Board, Jonas Pirelli, said that the ferries "
                + "had made \"a small profit at last.\"")).singleElement().asString().contains("Jonas Pirelli");
    }

    @Test
    void aNameBeforeACommaAndAnArticleIsTheSpeakerItsDescriptionFollows() {
        // a name the NER model does not tag as a person
        assertThat(speakers("Tuck Lesser, a baker in Orsk, who runs a shop there, recalled that in 2009, "
                + "\"I sold my car and my boat to pay the rent.\"")).containsExactly("Tuck Lesser");
    }

    @Test
    void aPhraseThatOnlyDescribesItsSpeakerBeforeAFramingCueOpeningTheSentenceIsTheSpeaker() {
        assertThat(speakers("One radio report described Kolber sitting \"alone and silent at the end of the harbour table.\""))
                .containsExactly("One radio report");
    }
}
