package dev.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which written names may denote one person, including the variants of the seeds and the example corpus. */
class NameMatchTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Zelensky;                       Volodymyr Zelenskyy
            Zelenskiy;                      Zelenskyy
            Mr Zelensky;                    President Volodymyr Zelenskyy
            Volodymyr Zelenskiy;            Volodymyr Zelenskyy
            Sergei Lavrov;                  Sergey Lavrov
            Russia's foreign minister, Sergei Lavrov; Lavrov
            President Putin;                Vladimir Putin
            Arkady Voronel;                 Arkadiy Voronel
            Arkadi Voronell;                Arkady Voronel
            Miren Dastova;                  Miren Dastowa
            Ms Dastova;                     Mrs Dastowa
            Bogdan Ruslavin;                Bohdan Ruslavin
            Janek Morav;                    Yanek Morav
            Ilya Zaborin;                   Ilia Zaborin
            General Erik Halvorsen;         Gen. Halvorsen
            Ursula von der Leyen;           von der Leyen
            Ursula von der Leyen;           Von der Leyen
            Donald J. Trump;                Donald Trump
            J. Biden;                       Joe Biden
            Recep Tayyip Erdoğan;           Tayyip Erdogan
            Robert Hunter Biden;            Hunter Biden
            Kim Jong-un;                    Kim Jong Un
            Bashar al-Assad;                Assad
            JD Vance;                       J.D. Vance
            Yevgeny Prigozhin;              Evgeny Prigozhin
            Arkady Voronel Jr.;             Arkadiy Voronel Jr
            Arkady Voronel Jr.;             Voronel
            Arkady Voronel III;             Arkady Voronel III
            Signe Halvorsen PhD;            Signe Halvorsen
            """)
    void mergesVariantsOfOnePerson(String a, String b) {
        PersonName x = PersonName.of(a);
        PersonName y = PersonName.of(b);
        assertThat(NameMatch.samePerson(x, y)).isTrue();
        assertThat(NameMatch.samePerson(y, x)).isTrue();
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Signe Halvorsen;                Erik Halvorsen
            Foreign Minister Signe Halvorsen; General Erik Halvorsen
            Joe Biden;                      Hunter Biden
            Alexander Stubb;                Alexandra Stubb
            Volodymyr Zelenskyy;            Olena Zelenska
            Vladimir Putin;                 Volodymyr Putin
            Sergei Lavrov;                  Maria Lavrova
            Kim Jong-un;                    Kim Yo-jong
            Ursula von der Leyen;           Leyen
            Donald Trump;                   Melania Trump
            H. Biden;                       Joe Biden
            Donald Trump Jr.;               Donald Trump
            Donald Trump Jr.;               Donald J. Trump
            Arkady Voronel Jr.;             Arkady Voronel Sr.
            Arkady Voronel III;             Arkady Voronel
            """)
    void keepsDifferentPeopleApart(String a, String b) {
        PersonName x = PersonName.of(a);
        PersonName y = PersonName.of(b);
        assertThat(NameMatch.samePerson(x, y)).isFalse();
        assertThat(NameMatch.samePerson(y, x)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Sergey Lavrov;          lavrov|sergei
            Sergei Lavrov;          lavrov|sergei
            Mr Lavrov;              lavrov|?
            Aleksandr Lukashenko;   lukashenko|alexander
            Zelenskiy;              zelenski|?
            Kim Jong Un;            kim|jongun
            Donald Trump Jr.;       trump|donald jr
            Signe Halvorsen PhD;    halvorsen|signe
            """)
    void groupsByCanonicalKey(String written, String key) {
        assertThat(NameMatch.canonicalKey(PersonName.of(written))).isEqualTo(key);
    }
}
