package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.nlp.Nlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cue-less quotation after a sentence, in its paragraph, whose subject is a person: that person speaks. */
class SettingSentenceTest {

    private static List<String> speakers(String text) {
        return Attributor.rules().attribute(Nlp.coreNlp().annotate(text)).stream()
                .map(Attribution::source).map(s -> s == null ? null : s.of(text)).toList();
    }

    @Test
    void thePersonTheSentenceBeforeIsAboutSpeaksTheQuotationAfterIt() {
        assertThat(speakers("The hearing in Orsk went on into the night. Ola Brandt then turned to the harbour board. "
                + "\"Why was the old quay never repaired?\"")).containsExactly("Ola Brandt");
    }

    @Test
    void aSentenceAboutAThingSetsUpNoSpeaker() {
        assertThat(speakers("The hearing in Orsk went on into the night. The old quay was never repaired. "
                + "\"Why was it left to rot?\"")).containsExactly((String) null);
    }
}
