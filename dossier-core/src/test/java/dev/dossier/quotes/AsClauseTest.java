package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An "as" clause before a quotation names its speaker: "As Ola Brandt put it, '...'". */
class AsClauseTest {

    @Test
    void aNameWithAnAppositionBetweenCommasIsTheSpeaker() {
        assertThat(speakers("As Ivo Kolber, professor of law at Orsk and author of \u201cThe Mill Town,\u201d put it, "
                + "\u201cThe harbour is the heart of this town and always will be.\u201d")).containsExactly("Ivo Kolber");
    }

    @Test
    void aPossessiveApostropheInTheSubjectIsNotAQuoteMark() {
        assertThat(speakers("As Tarnville Chronicles\u2019 Ola Brandt pointed out in December, "
                + "\u201cThe council will have many chances to change the plan before the vote.\u201d"))
                .singleElement().asString().contains("Ola Brandt");
    }

    @Test
    void aPhraseThatOnlyDescribesTheSpeakerPutsItAfterASpeechVerb() {
        assertThat(speakers("As the columnist noted last spring, \u201cNobody in Orsk will miss the old ferry.\u201d"))
                .containsExactly("the columnist");
    }
}
