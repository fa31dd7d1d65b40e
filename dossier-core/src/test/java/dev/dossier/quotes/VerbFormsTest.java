package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.nlp.Nlp;
import org.junit.jupiter.api.Test;

/** A cue lexicon given by base forms knows every regular form of its verbs. */
class VerbFormsTest {

    @Test
    void aBaseGivesItsThirdPersonPastAndParticiple() {
        assertThat(VerbForms.of("promise")).containsExactlyInAnyOrder("promise", "promises", "promised", "promising");
        assertThat(VerbForms.of("reply")).contains("replies", "replied", "replying");
        assertThat(VerbForms.of("stress", "echo")).contains("stresses", "echoes", "echoed");
        assertThat(VerbForms.of("agree")).contains("agreed", "agreeing");
    }

    @Test
    void aMarkedBaseDoublesItsLastConsonantAndAnIrregularPastReplacesTheRegularOne() {
        assertThat(VerbForms.of("admit*")).contains("admits", "admitted", "admitting").doesNotContain("admited");
        assertThat(VerbForms.of("tell/told")).containsExactlyInAnyOrder("tell", "tells", "told", "telling");
    }

    @Test
    void anInflectionTheLexiconDoesNotSpellOutIsStillACue() {
        String text = "Ilse Varga assures the passengers of Tarnville that the ferry will run \u201call winter.\u201d";
        assertThat(Attributor.rules().attribute(Nlp.coreNlp().annotate(text))).singleElement()
                .satisfies(a -> assertThat(a.cue().of(text)).isEqualTo("assures"))
                .extracting(Attribution::source).satisfies(s -> assertThat(s.of(text)).isEqualTo("Ilse Varga"));
    }
}
