package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.nlp.Nlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The speaker named after an inverted cue: it ends where a relative clause about them begins, and a
 * title with "of" in it does not hide the name after it.
 */
class InvertedSpeakerTest {

    private static List<String> speakers(String text) {
        return Attributor.rules().attribute(Nlp.coreNlp().annotate(text)).stream()
                .map(Attribution::source).map(s -> s == null ? null : s.of(text)).toList();
    }

    @Test
    void aRelativeClauseAfterTheSpeakerIsNotPartOfTheSpeaker() {
        assertThat(speakers("\"Given how badly the harbour has been run, we need a change,\" said a Democratic strategist "
                + "who spoke on the condition of anonymity.")).containsExactly("a Democratic strategist");
    }

    @Test
    void aTitleWithOfBeforeTheNameDoesNotHideTheName() {
        assertThat(speakers("\"Thanks, Orsk, for welcoming these families,\" said master of ceremonies Ivo Pirelli, "
                + "an engineer who moved to Orsk decades ago.")).containsExactly("Ivo Pirelli");
    }
}
