package dev.dossier.positions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Deadline;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.SaidOn;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.model.TimePrecision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameCommitmentsTest {

    private static Deadline set(String id, Long speakerId, String speakerName, String text, LocalDate day) {
        QuoteRecord statement = new QuoteRecord(id, QuoteKind.INDIRECT, text, speakerId == null ? SpeakerKind.UNKNOWN : SpeakerKind.NAMED,
                speakerId, speakerName, speakerName, "said", "a-" + id, new TextSpan(0, text.length()),
                day == null ? null : new SaidOn(day, TimePrecision.DAY, SaidOn.FROM_TEXT), List.of());
        List<Deadline> found = Deadlines.in(statement);
        assertThat(found).as("a deadline in: " + text).hasSize(1);
        return found.get(0);
    }

    private static List<List<String>> ids(List<List<Deadline>> groups) {
        return groups.stream().map(group -> group.stream().map(deadline -> deadline.statement().id()).toList()).toList();
    }

    @Test
    void twoOutletsReportingOneDelayADayApartAreOneCommitmentFirstReportFirst() {
        Deadline second = set("second", 7L, "Erik Halvorsen", "monitors could be deployed along the corridor within three weeks of a deal",
                LocalDate.of(2026, 3, 10));
        Deadline first = set("first", 7L, "Erik Halvorsen", "up to 400 monitors could be deployed along the corridor within three weeks",
                LocalDate.of(2026, 3, 9));

        assertThat(ids(SameCommitments.group(List.of(second, first)))).containsExactly(List.of("first", "second"));
    }

    @Test
    void anUltimatumRestatedNearerItsDayIsTheSameCommitment() {
        Deadline given = set("given", 3L, "Annelie Marstrand", "Kestria had two weeks to commit to a leaders' meeting or face sanctions",
                LocalDate.of(2026, 3, 12));
        Deadline restated = set("restated", 3L, "Annelie Marstrand", "Kestria has six days to show it wants the leaders' meeting",
                LocalDate.of(2026, 3, 20));

        assertThat(ids(SameCommitments.group(List.of(given, restated)))).containsExactly(List.of("given", "restated"));
    }

    @Test
    void aSurnameAloneMayBeTheSameSpeakerAndTheSameDelayNeedsOneWordInCommon() {
        Deadline full = set("full", 7L, "Erik Halvorsen", "up to 400 observers could be deployed within three weeks", LocalDate.of(2026, 3, 9));
        Deadline surname = set("surname", 12L, "Halvorsen", "they could be deployed within three weeks", LocalDate.of(2026, 3, 10));
        Deadline someoneElse = set("else", 9L, "Signe Lindqvist", "they could be deployed within three weeks", LocalDate.of(2026, 3, 10));

        assertThat(ids(SameCommitments.group(List.of(full, surname, someoneElse))))
                .containsExactly(List.of("full", "surname"), List.of("else"));
    }

    @Test
    void differentThingsDueTheSameDayOrTheSameThingWeeksApartStayApart() {
        Deadline exchange = set("exchange", 4L, "Mira Dastova", "the prisoner exchange at Malka bridge would be completed by April 30",
                LocalDate.of(2026, 3, 27));
        Deadline budget = set("budget", 4L, "Mira Dastova", "the reconstruction budget would be presented by April 30", LocalDate.of(2026, 3, 27));
        Deadline later = set("later", 4L, "Mira Dastova", "the prisoner exchange at Malka bridge would be completed by May 20",
                LocalDate.of(2026, 3, 27));

        assertThat(ids(SameCommitments.group(List.of(exchange, budget, later))))
                .containsExactlyInAnyOrder(List.of("exchange"), List.of("budget"), List.of("later"));
    }

    @Test
    void aDelayWhoseDayIsUnknownIsTrackedAloneAfterTheDatedOnes() {
        Deadline undated = set("undated", 7L, "Erik Halvorsen", "up to 400 monitors could be deployed within three weeks", null);
        Deadline dated = set("dated", 7L, "Erik Halvorsen", "up to 400 monitors could be deployed within three weeks", LocalDate.of(2026, 3, 9));

        assertThat(ids(SameCommitments.group(List.of(undated, dated)))).containsExactly(List.of("dated"), List.of("undated"));
    }
}
