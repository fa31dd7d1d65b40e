package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.nlp.Nlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cue after a quotation that ends on a question or exclamation mark, and the words after that cue. */
class CueAfterQuestionTest {

    private static List<String> speakers(String text) {
        return Attributor.rules().attribute(Nlp.coreNlp().annotate(text)).stream()
                .map(Attribution::source).map(s -> s == null ? null : s.of(text)).toList();
    }

    @Test
    void aLowerCaseWordAfterAQuestionMarkGoesOnWithTheSentenceToItsCue() {
        assertThat(speakers("\"Will the ferry to Orsk ever run again?\" the harbour board's chairwoman, Ola Brandt, wrote on Friday."))
                .singleElement().asString().contains("Ola Brandt");
    }

    @Test
    void aDayAfterTheCueDatesTheStatementAndIsNotItsSpeaker() {
        assertThat(speakers("\"The mill will reopen in spring,\" the owner's spokesman, a former ferry captain, said Sunday."))
                .doesNotContain("Sunday");
    }
}
