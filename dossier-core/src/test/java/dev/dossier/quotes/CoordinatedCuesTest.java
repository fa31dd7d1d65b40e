package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.nlp.Nlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cue joined to an earlier verb shares that verb's subject: "Quenby smiled and said". */
class CoordinatedCuesTest {

    private static List<String> speakers(String text) {
        return Attributor.rules().attribute(Nlp.coreNlp().annotate(text)).stream()
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
}
