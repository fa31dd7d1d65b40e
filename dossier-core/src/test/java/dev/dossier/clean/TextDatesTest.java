package dev.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.PublishedFrom;
import dev.dossier.model.TimePrecision;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDatesTest {

    private static final Instant FETCHED = Instant.parse("2026-03-20T10:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "in Moscow, Russia August 21, 2025. (Pool via Reuters)#2025-08-21",
            "downtown Tehran, Iran, Monday, Feb. 9, 2026. (AP)#2026-02-09",
            "Horntye Park, February 05, 2026. Peter Nicholls/Pool#2026-02-05",
            "18 March 2026, 21:05#2026-03-18",
            "KESTRIA TODAY | POLITICS | 18.03.2026 19:47#2026-03-18",
            "Published March 19, 2026 4:12pm#2026-03-19",
            "posted 2026-03-19#2026-03-19"})
    void findsTheDateWrittenInALineAtDayPrecision(String line, String iso) {
        assertThat(TextDates.absoluteDate(line)).hasValueSatisfying(date -> {
            assertThat(date.iso()).isEqualTo(iso);
            assertThat(date.precision()).isEqualTo(TimePrecision.DAY);
            assertThat(date.from()).isEqualTo(PublishedFrom.TEXT);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"February 30, 2026", "31.02.2026", "on Wednesday", "March 2026", "in 2026", "11:30 local time"})
    void neverMakesADateOfAnImpossibleOrIncompleteOne(String line) {
        assertThat(TextDates.absoluteDate(line)).isEmpty();
    }

    @Test
    void datesADatelineWithoutAYearToTheMostRecentSuchDayBeforeTheFetch() {
        assertThat(TextDates.dateline("HALDEBY, March 12 (CWS) - The ministers met.", FETCHED).orElseThrow().iso()).isEqualTo("2026-03-12");
        assertThat(TextDates.dateline("TESMIR, Valdoria, Dec. 18 (Lindpress) – Drones hit.", FETCHED).orElseThrow().iso())
                .isEqualTo("2025-12-18");
        assertThat(TextDates.dateline("Nine people were killed on March 18.", FETCHED)).isEmpty();
    }

    @Test
    void resolvesRelativeAgesAgainstTheFetchTime() {
        assertThat(TextDates.relativeAge("3 minutes ago", FETCHED).orElseThrow().at()).isEqualTo(FETCHED.minusSeconds(180));
        assertThat(TextDates.relativeAge("an hour ago", FETCHED).orElseThrow().at()).isEqualTo(FETCHED.minusSeconds(3600));
        assertThat(TextDates.relativeAge("2 days ago", FETCHED).orElseThrow().iso()).isEqualTo("2026-03-18");
        assertThat(TextDates.relativeAge("yesterday", FETCHED).orElseThrow().precision()).isEqualTo(TimePrecision.DAY);
        assertThat(TextDates.relativeAge("a while ago", FETCHED)).isEmpty();
    }
}
