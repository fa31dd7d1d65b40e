package dev.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublishedTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-12T09:30:00Z|2026-03-12T09:30:00Z",
            "2026-03-12T10:30:00+01:00|2026-03-12T09:30:00Z",
            "2026-03-12T09:30:00|2026-03-12T09:30:00Z",
            "Thu, 12 Mar 2026 09:30:00 GMT|2026-03-12T09:30:00Z",
            "2026-03-12|2026-03-12"})
    void readsTheFormsMetadataUses(String text, String iso) {
        assertThat(Published.parse(text, PublishedFrom.METADATA)).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo(iso));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "yesterday", "2026-02-30", "12/03/2026", "March 12, 2026", "2026-13-01T00:00:00Z"})
    void neverGuessesADate(String text) {
        assertThat(Published.parse(text, PublishedFrom.METADATA)).isEmpty();
    }

    @Test
    void aDayIsNeverShownMorePreciselyThanKnown() {
        assertThat(Published.parse("2026-03-12", PublishedFrom.METADATA).orElseThrow().precision()).isEqualTo(TimePrecision.DAY);
    }

    @Test
    void spansRefuseToRunBackwards() {
        assertThatThrownBy(() -> new TextSpan(5, 4)).hasMessageContaining("before its start");
        assertThatThrownBy(() -> new TextSpan(-1, 4)).hasMessageContaining("negative");
    }
}
