package dev.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|The foreign ministers of the two countries met for three hours in the harbour town on Wednesday and agreed to meet again next week.",
            "de|Die Außenminister der beiden Länder trafen sich am Mittwoch drei Stunden lang in der Hafenstadt und vereinbarten ein weiteres Treffen.",
            "fr|Les ministres des affaires étrangères des deux pays se sont réunis pendant trois heures mercredi et ont convenu de se revoir la semaine prochaine.",
            "ru|Министры иностранных дел двух стран встретились в среду в портовом городе и договорились провести новую встречу на следующей неделе.",
            "es|Los ministros de asuntos exteriores de los dos países se reunieron durante tres horas el miércoles y acordaron volver a verse la próxima semana."})
    void namesTheLanguageOfArticleText(String code, String text) {
        assertThat(Languages.detect(text)).contains(code);
    }

    @Test
    void saysNothingAboutTooShortAText() {
        assertThat(Languages.detect("Talks resume.")).isEmpty();
    }
}
