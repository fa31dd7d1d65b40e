package dev.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void normalizesWhatNeedsIt() {
        Map<String, String> normalized = new LinkedHashMap<>();
        normalized.put("Talks  resume.", "Talks resume.");
        normalized.put("Talks\tresume.", "Talks resume.");
        normalized.put("Talks\nresume.", "Talks resume.");
        normalized.put("Talks\u00A0resume.", "Talks resume.");
        normalized.put("Talks\u2009resume.", "Talks resume.");
        normalized.put("Talks\u3000resume.", "Talks resume.");
        normalized.put("Talks\u200Bresume.", "Talksresume.");
        normalized.put("nego\u00ADtiations", "negotiations");
        normalized.put("\uFEFFTalks resume.", "Talks resume.");
        normalized.put("Talks resume.\u2028", "Talks resume.");
        normalized.put(" Talks resume.", "Talks resume.");
        normalized.put("Cafe\u0301 talks", "Caf\u00E9 talks");
        normalized.forEach((text, expected) -> {
            assertThat(Whitespace.isNormal(text)).as(text).isFalse();
            assertThat(Whitespace.normalize(text)).as(text).isEqualTo(expected);
            assertThat(Whitespace.isNormal(expected)).as(expected).isTrue();
        });
    }

    @Test
    void leavesNormalTextAsItIs() {
        String text = "Café talks resume in Ostervik – “not before Monday”, the minister said.";
        assertThat(Whitespace.isNormal(text)).isTrue();
        assertThat(Whitespace.normalize(text)).isSameAs(text);
        assertThat(Whitespace.normalize("")).isEmpty();
    }

    @Test
    void keepsTheJoinersPersianSpellsWith() {
        String persian = "می\u200Cخواهم";
        assertThat(Whitespace.normalize(persian)).isEqualTo(persian);
    }
}
