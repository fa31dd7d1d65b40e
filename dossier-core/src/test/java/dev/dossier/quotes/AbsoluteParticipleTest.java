package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.nlp.Nlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "with X calling it '...'": the noun phrase between "with" and a participle cue is its speaker. */
class AbsoluteParticipleTest {

    private static List<String> speakers(String text) {
        return Attributor.rules().attribute(Nlp.coreNlp().annotate(text)).stream()
                .map(Attribution::source).map(s -> s == null ? null : s.of(text)).toList();
    }

    @Test
    void theNameAfterWithIsTheSpeakerOfTheParticiple() {
        assertThat(speakers("Councillors who backed the harbour plan were irritated, with Sen. Ola Brandt calling it a \"Chinese menu.\""))
                .containsExactly("Ola Brandt");
    }
}
