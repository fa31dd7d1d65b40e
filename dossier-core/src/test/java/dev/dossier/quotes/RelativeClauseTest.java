package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.nlp.Nlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A relative clause inside a sentence does not lend its relative word to the cue that follows it. */
class RelativeClauseTest {

    private static List<String> speakers(String text) {
        return Attributor.rules().attribute(Nlp.coreNlp().annotate(text)).stream()
                .map(Attribution::source).map(s -> s == null ? null : s.of(text)).toList();
    }

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
}
