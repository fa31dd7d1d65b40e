package dev.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void termsAreKeptInAlphabeticalOrderWhateverOrderTheyCameIn() {
        Map<String, Integer> terms = new LinkedHashMap<>();
        terms.put("tesmir", 2);
        terms.put("corridor", 1);
        terms.put("observers", 3);

        Fingerprint print = new Fingerprint(new float[] {1f}, terms, new int[] {7}, 12);

        assertThat(print.terms().keySet()).containsExactly("corridor", "observers", "tesmir");
    }
}
