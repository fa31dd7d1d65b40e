package dev.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The test JVM runs in a Turkish locale (see the build's surefire settings), the case this guards against. */
class EnglishCaseTest {

    @Test
    void localesThatChangeTheCaseOfIAreTold() {
        assertThat(EnglishCase.mapsAsciiLikeEnglish(Locale.forLanguageTag("tr-TR"))).isFalse();
        assertThat(EnglishCase.mapsAsciiLikeEnglish(Locale.forLanguageTag("az"))).isFalse();
        assertThat(EnglishCase.mapsAsciiLikeEnglish(Locale.ENGLISH)).isTrue();
        assertThat(EnglishCase.mapsAsciiLikeEnglish(Locale.GERMANY)).isTrue();
    }

    @Test
    void theTaggerReadsCapitalisedWordsAsInEnglishWhateverTheLocaleWas() {
        String text = "In Varnholm, the minister denied that the talks had failed. INDIA is far.";
        AnnotatedText annotated = Nlp.coreNlp().annotate(text);

        assertThat(annotated.tokens()).filteredOn(token -> token.word().equals("In")).allSatisfy(token -> assertThat(token.entity()).isNull());
        assertThat(annotated.tokens()).filteredOn(token -> token.word().equals("INDIA"))
                .allSatisfy(token -> assertThat(token.entity()).isEqualTo(EntityType.LOCATION));
        assertThat("I".toLowerCase(Locale.getDefault())).isEqualTo("i");
    }
}
