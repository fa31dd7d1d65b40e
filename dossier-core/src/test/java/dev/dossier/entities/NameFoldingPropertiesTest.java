package dev.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of name folding and matching that must hold for any word, not just the examples. */
class NameFoldingPropertiesTest {

    @Property(tries = 2000)
    void foldingIsIdempotent(@ForAll("words") String word) {
        String once = NameFolding.fold(word);
        assertThat(NameFolding.fold(once)).isEqualTo(once);
        String given = NameFolding.foldGiven(word);
        assertThat(NameFolding.foldGiven(given)).isEqualTo(given);
    }

    @Property(tries = 1000)
    void everyNameMatchesItselfAndItsReparse(@ForAll("names") String written) {
        Optional<PersonName> parsed = PersonName.parse(written);
        parsed.ifPresent(name -> {
            assertThat(NameMatch.samePerson(name, name)).isTrue();
            PersonName again = PersonName.of(written);
            assertThat(NameMatch.canonicalKey(again)).isEqualTo(NameMatch.canonicalKey(name));
        });
    }

    @Property(tries = 1000)
    void parsingAnyTextGivesANameWithLettersOrNothing(@ForAll String text) {
        PersonName.parse(text).ifPresent(name -> assertThat(name.surnameKey()).matches("[a-z]+"));
    }

    /** Words over the letters the rules touch (c k h p s w y i j a u e), with capitals, diacritics and hyphens. */
    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("ckhpswyijaueorntxvzCKYIJÉéüğøß-'").ofMinLength(1).ofMaxLength(14);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings().withChars("ckhpswyijaueorntxvz").ofMinLength(1).ofMaxLength(9)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        Arbitrary<String> prefix = Arbitraries.of("", "Mr ", "President ", "Gen. ", "Russia's ", "the ", "von ", "J. ");
        return Combinators.combine(prefix, word.list().ofMinSize(1).ofMaxSize(4))
                .as((p, words) -> p + String.join(" ", words));
    }
}
