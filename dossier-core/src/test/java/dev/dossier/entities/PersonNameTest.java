package dev.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How written names split into titles, given names and surname, and how their keys fold. */
class PersonNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Sergei Lavrov;                            ;                 Sergei;          Lavrov
            Mr Lavrov;                                Mr;               ;                Lavrov
            Lavrov;                                   ;                 ;                Lavrov
            President Volodymyr Zelenskyy;            President;        Volodymyr;       Zelenskyy
            Ukrainian President Volodymyr Zelenskyy;  Ukrainian President; Volodymyr;    Zelenskyy
            U.S. Gen. Dan Caine;                      U.S. Gen.;        Dan;             Caine
            Russia's Foreign Minister Sergei Lavrov;  Russia's Foreign Minister; Sergei; Lavrov
            US Secretary of State Marco Rubio;        State;            Marco;           Rubio
            Sir Keir Starmer;                         Sir;              Keir;            Starmer
            Narges Mohammadi;                         ;                 Narges;          Mohammadi
            Ursula von der Leyen;                     ;                 Ursula;          von der Leyen
            Von der Leyen;                            ;                 ;                Von der Leyen
            Mohammed bin Salman;                      ;                 Mohammed;        bin Salman
            Crown Prince Mohammed bin Salman;         Crown Prince;     Mohammed;        bin Salman
            Luiz Inácio Lula da Silva;                ;                 Luiz Inácio Lula; da Silva
            Marine Le Pen;                            ;                 Marine;          Le Pen
            Bashar al-Assad;                          ;                 Bashar;          al-Assad
            Kim Jong-un;                              ;                 Jong-un;         Kim
            North Korean leader Kim Jong Un;          ;                 Jong Un;         Kim
            President Xi Jinping;                     President;        Jinping;         Xi
            Kim Kardashian;                           ;                 Kim;             Kardashian
            Van Jones;                                ;                 Van;             Jones
            Joseph R. Biden Jr.;                      ;                 Joseph R.;       Biden
            White House press secretary Karoline Leavitt; ;             Karoline;        Leavitt
            "Russia's foreign minister, Sergei Lavrov"; ;               Sergei;          Lavrov
            "Lavrov, Russia's foreign minister";      ;                 ;                Lavrov
            Lavrov's;                                 ;                 ;                Lavrov
            Lavrov.;                                  ;                 ;                Lavrov
            Zelenskyy’s.;                             ;                 ;                Zelenskyy
            Mr House;                                 Mr;               ;                House
            But Lavrov;                               But;              ;                Lavrov
            Valdorian President Miren Dastova;        Valdorian President; Miren;        Dastova
            Kestrian Foreign Minister Arkady Voronel; Kestrian Foreign Minister; Arkady; Voronel
            Lindmark's Foreign Minister Signe Halvorsen; Lindmark's Foreign Minister; Signe; Halvorsen
            Colonel General Viktor Orlan;             Colonel General;  Viktor;          Orlan
            """)
    void splitsTitlesGivenNamesAndSurname(String written, String titles, String given, String surname) {
        PersonName name = PersonName.of(written);
        assertThat(String.join(" ", name.titles())).isEqualTo(titles == null ? "" : titles);
        assertThat(String.join(" ", name.givenNames())).isEqualTo(given == null ? "" : given);
        assertThat(name.surname()).isEqualTo(surname);
    }

    @Test
    void takesTheNameAfterALineBreakOrBracket() {
        assertThat(PersonName.of("REUTERS\nBritish Prime Minister Keir Starmer").givenNames()).containsExactly("Keir");
        assertThat(PersonName.of("(Sergey Lavrov)").surname()).isEqualTo("Lavrov");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "President", "Prime Minister", "the minister", "Russia's foreign minister", "U.S."})
    void findsNoNameInRolesAndBlanks(String written) {
        assertThat(PersonName.parse(written)).isEmpty();
        assertThatThrownBy(() -> PersonName.of(written)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(textBlock = """
            Zelensky,   Zelenskyy
            Zelenskiy,  Zelenskyy
            Zelenski,   Zelenskyy
            Voronell,   Voronel
            Dastowa,    Dastova
            Erdoğan,    Erdogan
            al-Assad,   Assad
            Syrskyi,    Syrsky
            Sa'ar,      Saar
            """)
    void foldsSurnameSpellings(String a, String b) {
        assertThat(PersonName.of(a).surnameKey()).isEqualTo(PersonName.of(b).surnameKey());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(textBlock = """
            Sergei,    Sergey
            Arkady,    Arkadiy
            Arkady,    Arkadi
            Dmitry,    Dmitriy
            Dmitri,    Dmitrii
            Yevgeny,   Evgeny
            Aleksei,   Alexey
            Aleksandr, Alexander
            Yuri,      Iurii
            Yuri,      Juri
            Janek,     Yanek
            Ilya,      Ilia
            Bogdan,    Bohdan
            Viktor,    Victor
            Mohammed,  Muhammad
            Natalia,   Nataliya
            Stephan,   Stefan
            Wolodymyr, Volodymyr
            """)
    void foldsGivenNameSpellings(String a, String b) {
        assertThat(PersonName.of(a + " X").givenKey()).isEqualTo(PersonName.of(b + " X").givenKey());
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(textBlock = """
            Alexandra,  Alexander
            Volodymyr,  Vladimir
            Oleksandr,  Alexander
            Signe,      Erik
            Jed,        Ed
            """)
    void keepsDifferentGivenNamesApart(String a, String b) {
        assertThat(PersonName.of(a + " X").givenKey()).isNotEqualTo(PersonName.of(b + " X").givenKey());
    }

    @Test
    void aGroupNamedForAPersonIsNoPersonButATitleBeforeOfStaysARole() {
        assertThat(PersonName.parse("Citizens for Voronel")).isEmpty();
        assertThat(PersonName.parse("Friends of Signe Halvorsen")).isEmpty();
        assertThat(PersonName.of("Secretary of State John Kerry").givenNames()).containsExactly("John");
        assertThat(PersonName.of("Kestria's Minister for Europe Anna Lindqvist").surname()).isEqualTo("Lindqvist");
        assertThat(PersonName.of("the head of the delegation Rustem Umerov").surname()).isEqualTo("Umerov");
    }

    @Test
    void keepsGenderedAndDistinctSurnamesApart() {
        assertThat(PersonName.of("Zelenska").surnameKey()).isNotEqualTo(PersonName.of("Zelensky").surnameKey());
        assertThat(PersonName.of("Khan").surnameKey()).isNotEqualTo(PersonName.of("Han").surnameKey());
        assertThat(PersonName.of("von der Leyen").surnameKey()).isNotEqualTo(PersonName.of("Leyen").surnameKey());
    }

    @Test
    void readsInitialsAsOneKeyPerLetter() {
        assertThat(PersonName.of("J.D. Vance").givenKeys()).containsExactly("j", "d");
        assertThat(PersonName.of("JD Vance").givenKeys()).containsExactly("j", "d");
        assertThat(PersonName.of("Joseph R. Biden").givenKeys()).containsExactly("josef", "r");
    }

    @Test
    void joinsTheSyllablesOfSurnameFirstGivenNames() {
        assertThat(PersonName.of("Kim Jong Un").givenKey()).isEqualTo(PersonName.of("Kim Jong-un").givenKey());
        assertThat(PersonName.of("Kim Yo-jong").givenKey()).isNotEqualTo(PersonName.of("Kim Jong-un").givenKey());
    }

    @Test
    void foldsIndependentlyOfTheDefaultLocale() {
        // the tests run in a Turkish locale, where "I".toLowerCase() is a dotless ı
        assertThat(PersonName.of("ILYA ZABORIN").surnameKey()).isEqualTo("zaborin");
        assertThat(PersonName.of("ILYA ZABORIN").givenKey()).isEqualTo(PersonName.of("Ilya Zaborin").givenKey());
        assertThat(PersonName.of("İlham Aliyev").givenKey()).isEqualTo(PersonName.of("Ilham Aliyev").givenKey());
    }
}
