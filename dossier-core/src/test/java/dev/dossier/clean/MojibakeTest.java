package dev.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

    // Lossy mojibake, as scraped: UTF-8 read as Latin-1, then the C1 controls stripped.

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Kestriaâs foreign minister said he wonât attend  | Kestria’s foreign minister said he won’t attend
            âWe explained today,â Voronel said.                | “We explained today,” Voronel said.
            The ferry was diverted from â¦ Lindmark            | The ferry was diverted from … Lindmark
            Ostervikâs mayor said sheâd go, and weâre going    | Ostervik’s mayor said she’d go, and we’re going
            Iâm sure theyâve read it and youâll agree          | I’m sure they’ve read it and you’ll agree
            He said it was âa disgraceâ.                       | He said it was “a disgrace”.
            Haldeby will spend â¬40m on the harbour             | Haldeby will spend €40m on the harbour
            Talks with OâRourke resumed                        | Talks with O’Rourke resumed
            Haldeby won 3â1 in the 1990â1991 season            | Haldeby won 3–1 in the 1990–1991 season
            The minister said âNo.â                            | The minister said “No.”
            `Three stars, âexcellentâ`                         | `Three stars, “excellent”`
            """)
    void restoresPunctuationWhoseBytesWereStripped(String lossy, String fixed) {
        assertThat(Mojibake.repair(lossy)).isEqualTo(fixed);
    }

    @Test
    void guessesASpacedDashOnlyWhereTheTextShowsOtherMojibake() {
        assertThat(Mojibake.repair("The vote â held on Monday â was close"))
                .isEqualTo("The vote â held on Monday â was close");
        assertThat(Mojibake.repair("The vote â held on Monday â was close, itâs said"))
                .isEqualTo("The vote – held on Monday – was close, it’s said");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Ostervik\u00e2\u0080\u0099s harbour                | Ostervik’s harbour
            Voronel said: \u00e2\u0080\u009cWe will sail.\u00e2\u0080\u009d | Voronel said: “We will sail.”
            Romance\u00e2\u20ac. Next chapter                  | Romance”. Next chapter
            """)
    void repairsPunctuationWhoseC1BytesSurvivedOrWereDroppedAsUndefined(String broken, String fixed) {
        assertThat(Mojibake.repair(broken)).isEqualTo(fixed);
    }

    // Classic mojibake.

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            CafÃ© in SÃ£o Paulo                     | Café in São Paulo
            Lindmarkâ€™s ferry                      | Lindmark’s ferry
            â€œWe will sail,â€ she said            | “We will sail,” she said
            It wasnÃ¢â‚¬â„¢t the harbour            | It wasn’t the harbour
            Ã‰cole du port de KestriÃ¤             | École du port de Kestriä
            ZÃ¼rich and GdaÅ„sk                     | Zürich and Gdańsk
            Ð¡ÐµÐ²ÐµÑ€Ð½Ñ‹Ð¹ Ð¿Ð¾Ñ€Ñ‚                  | Северный порт
            A lost character: ï¿½ here            | A lost character: � here
            The wait â€“ three hours â€” ended      | The wait – three hours — ended
            """)
    void undoesUtf8ReadAsWindows1252(String broken, String fixed) {
        assertThat(Mojibake.repair(broken)).isEqualTo(fixed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Fish &amp; chips cost &pound;5 at the caf&eacute;",
        "<p>Tags &lt;b&gt; stay</p>",
    })
    void leavesHtmlEntitiesToTheHtmlParser(String text) {
        assertThat(Mojibake.repair(text)).isEqualTo(text);
    }

    // Correct text must come back unchanged.

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Le château de Kestrie se visite à pied ; la pâte feuilletée y est célèbre. L’âme du port, c’est l’âge.",
        "Die Fähre über den Großen Belt fährt trotz Sturmböen, sagte Jürgen Müller.",
        "Władze Gdańska zapowiedziały, że żółta linia promowa ruszy w czwartek.",
        "İstanbul’da hâlâ yağmur var; Kâzım Bey ılık çay içti.",
        "Învățământul din Brâncuși câștigă; câmara e plină. Cât costă? Atât.",
        "Bộ trưởng Lâm nói rằng Tâm sẽ đến Hà Nội vào thứ Năm.",
        "Северный порт закрыт из-за шторма, сообщил капитан Ёлкин.",
        "Το λιμάνι της Κέστριας έκλεισε λόγω καταιγίδας.",
        "港口因风暴关闭，船长说：“我们明天出发。”",
        "北の港は嵐で閉鎖された。",
        "폭풍으로 항구가 폐쇄되었다.",
        "Ferries resume 🚢🌊 after the storm 👍🏽",
        "“We will sail,” she said — and ‘soon’… it’s 25°C, ½ price, £5, €10, ¥100, №7.",
        "Y mae’r fferi yn mynd â ni i’r ynys; cytuno â’r cynllun.",
        "¿Dónde está el puerto? ¡Aquí! Señor Núñez llegó ayer.",
        "A Câmara aprovou a lei às 19h; àquela hora, São Tomé já dormia.",
        "Přístav v Českých Budějovicích je zavřený, řekl ředitel.",
        "Höfnin í Reykjavík er lokuð vegna óveðurs, sagði Þórður.",
        "Mai délután a kikötő zárva lesz, mondta Győző.",
        "NESTLÉ® and ©2026 Ostervik Gazette™ – all rights reserved",
        "The ratio was 3×4, ±2%, and √2 ≈ 1.41.",
        "الميناء مغلق بسبب العاصفة",
        "הנמל סגור בגלל הסערה",
        "बंदरगाह तूफान के कारण बंद है",
        "ท่าเรือปิดเพราะพายุ",
        "Voronel said\u00a0no, then\u00a0left.",
        "Plain ASCII stays exactly as it is.",
        "",
    })
    void leavesCorrectTextAlone(String text) {
        assertThat(Mojibake.repair(text)).isEqualTo(text);
    }

    @Test
    void keepsWordsOfOtherLanguagesThatContainAWithCircumflex() {
        List<String> words = List.of("château", "pâte", "învățământ", "Brâncuși", "câmara", "Tâm", "Lâm", "cât",
                "atât", "decât", "hâlâ", "âge", "mât", "Thâm", "pâtisserie", "gâteaux");
        for (String word : words) {
            assertThat(Mojibake.repair(word)).isEqualTo(word);
            assertThat(Mojibake.repair("He said " + word + ".")).isEqualTo("He said " + word + ".");
            assertThat(Mojibake.repair("“" + word + "”")).isEqualTo("“" + word + "”");
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "CafÃ© and wonât",
        "âWe explained today,â Voronel said.",
        "Ã¢â‚¬Å“Three layersÃ¢â‚¬Â",
        "The vote â held on Monday â was close, itâs said",
        "Le château est à Kestrie",
        "Ð¡ÐµÐ²ÐµÑ€Ð½Ñ‹Ð¹ Ð¿Ð¾Ñ€Ñ‚ and Ã©tÃ©",
    })
    void isIdempotent(String text) {
        String once = Mojibake.repair(text);
        assertThat(Mojibake.repair(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void leavesCleanTextAlone(@ForAll("cleanText") String text) {
        assertThat(Mojibake.repair(text)).isEqualTo(text);
    }

    @Property(tries = 2000)
    void undoesWindows1252MojibakeOfCleanText(@ForAll("cleanText") String text) {
        assertThat(Mojibake.repair(windows1252Mojibake(text))).isEqualTo(text);
    }

    @Property(tries = 2000)
    void isIdempotentOnMojibake(@ForAll("cleanText") String text) {
        String once = Mojibake.repair(windows1252Mojibake(text));
        assertThat(Mojibake.repair(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void isIdempotentOnLossyMojibake(@ForAll("cleanText") String text) {
        String lossy = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                .replaceAll("[\\u0080-\\u009F]", "");
        String once = Mojibake.repair(lossy);
        assertThat(Mojibake.repair(once)).isEqualTo(once);
    }

    /**
     * Text made of words of one script each, joined by spaces and by ASCII and typographic
     * punctuation. Latin words are built from syllables, a consonant and a vowel, either of which
     * may carry a diacritic, as in French, German, Polish, Czech, Turkish or Vietnamese; words may
     * be capitalised. As in those languages, ğ, ß and ť do not begin a word, a capital vowel is
     * followed by a plain consonant, and ť only ends one; capitalised words have two syllables or
     * more ("Są" alone reads "SÄ…", as a Finnish "SELKÄ…" would). Left out, because each is
     * ambiguous where it is the only sign of mojibake (see the negative cases of ftfy): "â", to
     * which the lossy remnant rules apply, and "å", "Å", "Ì", "Î", "Ò", "Ã", "Â" and "Ð", whose
     * windows-1252 readings ("Ã¥", "Ã…", "Ã’s") are also plausible text.
     */
    @Provide
    Arbitrary<String> cleanText() {
        Arbitrary<String> initial = chars("bcdfghjklmnprstvwzçñłńśźżčďňřšžş");
        Arbitrary<String> consonant = chars("bcdfghjklmnprstvwzßçñłńśźżčďňřšžğş");
        Arbitrary<String> vowel = chars("aeiouyàáãäæèéêëíïîóôõöøùúûüýÿąęěůőűıơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ");
        Arbitrary<String> ending = Arbitraries.of("", "n", "s", "t", "ł", "ż", "ş", "ť");
        Arbitrary<String> syllables = Combinators.combine(consonant, vowel).as(String::concat)
                .list().ofMaxSize(3).map(list -> String.join("", list));
        Arbitrary<String> latin = Combinators.combine(initial, vowel, syllables, ending)
                .as((first, second, rest, last) -> first + second + rest + last);
        Arbitrary<String> capitalised = Arbitraries.oneOf(
                Combinators.combine(chars("BCDFGKLMNPRSTVWZÇŁŚŻČŘŠŽŞ"), vowel, consonant, syllables, ending)
                        .as((first, second, third, rest, last) -> first + second + third + rest + last),
                Combinators.combine(chars("AEIOUÀÁÄÉÈÊÍÓÔÖÚÜ"), chars("bcdfglmnprstvz"), vowel, syllables)
                        .as((first, second, third, rest) -> first + second + third + rest));
        Arbitrary<String> cyrillic = Arbitraries.strings().withCharRange('а', 'я').ofMinLength(2).ofMaxLength(9);
        Arbitrary<String> greek = Arbitraries.strings().withCharRange('α', 'ω').ofMinLength(2).ofMaxLength(9);
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(6).ofMaxLength(12);
        Arbitrary<String> emoji = Arbitraries.of("🚢", "🌊", "👍🏽", "😀", "❤️");
        Arbitrary<String> word = Arbitraries.frequencyOf(Tuple.of(5, latin), Tuple.of(2, capitalised),
                Tuple.of(1, cyrillic), Tuple.of(1, greek), Tuple.of(1, cjk), Tuple.of(1, emoji));
        Arbitrary<String> separator = Arbitraries.of(" ", ", ", ". ", "; ", "! ", "? ", " (", ") ", "\n",
                " – ", " — ", "… ", " “", "” ", " ‘", "’ ", "’s ");
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(10), separator.list().ofSize(10))
                .as((words, separators) -> IntStream.range(0, words.size())
                        .mapToObj(i -> words.get(i) + separators.get(i))
                        .collect(Collectors.joining()));
    }

    private static Arbitrary<String> chars(String chars) {
        return Arbitraries.of(chars.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    }

    /** UTF-8 read as windows-1252 the way browsers do: undefined bytes become C1 controls. */
    private static String windows1252Mojibake(String text) {
        Charset windows1252 = Charset.forName("windows-1252");
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            try {
                out.append(windows1252.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(new byte[] {b})));
            } catch (CharacterCodingException undefined) {
                out.append((char) (b & 0xFF));
            }
        }
        return out.toString();
    }
}
