package dev.dossier.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.TemporalExpression;
import dev.dossier.model.TimePrecision;
import dev.dossier.model.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {

    private static final LocalDate FRIDAY = LocalDate.of(2025, 8, 22);
    private static final LocalDate THURSDAY = LocalDate.of(2025, 8, 21);
    private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 10);

    private static TemporalExpression only(String text, LocalDate date, String words) {
        List<TemporalExpression> found = TemporalTagger.rules().tag(text, date);
        return found.stream().filter(e -> e.text().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + words + "' in " + found));
    }

    @Test
    void saidOnWednesdayInAFridayArticleIsThatWeeksWednesday() {
        TemporalExpression e = only("The minister said on Wednesday that talks had failed.", FRIDAY, "Wednesday");
        assertThat(e.value()).isEqualTo("2025-08-20");
        assertThat(e.type()).isEqualTo(TimexType.DATE);
        assertThat(e.precision()).isEqualTo(TimePrecision.DAY);
        assertThat(e.resolved()).isTrue();
    }

    @Test
    void willMeetFridayInAThursdayArticleIsTheNextDay() {
        assertThat(only("The two leaders will meet Friday in Geneva.", THURSDAY, "Friday").value()).isEqualTo("2025-08-22");
    }

    @Test
    void midJanuaryIsAMonth() {
        TemporalExpression e = only("The talks are scheduled for mid-January.", LocalDate.of(2025, 12, 3), "mid-January");
        assertThat(e.value()).isEqualTo("2026-01");
        assertThat(e.precision()).isEqualTo(TimePrecision.MONTH);
    }

    @Test
    void earlierThisYearIsTheYear() {
        TemporalExpression e = only("Prices rose earlier this year, the bank said.", FRIDAY, "earlier this year");
        assertThat(e.value()).isEqualTo("2025");
        assertThat(e.precision()).isEqualTo(TimePrecision.YEAR);
    }

    @Test
    void aDayAndMonthTakeTheYearTheTensePointsTo() {
        assertThat(only("The vote will take place on 14 March.", FEBRUARY, "14 March").value()).isEqualTo("2026-03-14");
        assertThat(only("The vote took place on 14 March.", FEBRUARY, "14 March").value()).isEqualTo("2025-03-14");
    }

    @Test
    void absoluteDatesInCommonFormats() {
        assertThat(only("It opened on March 12, 2026.", FRIDAY, "March 12, 2026").value()).isEqualTo("2026-03-12");
        assertThat(only("It opened on 12 March 2026.", FRIDAY, "12 March 2026").value()).isEqualTo("2026-03-12");
        assertThat(only("It opened on 2026-03-12.", FRIDAY, "2026-03-12").value()).isEqualTo("2026-03-12");
        assertThat(only("It closed in June 2005.", FRIDAY, "June 2005").value()).isEqualTo("2005-06");
        assertThat(only("It has grown since 2022.", FRIDAY, "2022").value()).isEqualTo("2022");
        assertThat(only("It was built in spring 2022.", FRIDAY, "spring 2022").value()).isEqualTo("2022-SP");
    }

    @Test
    void relativeDaysAndPeriods() {
        assertThat(only("He resigned yesterday.", FRIDAY, "yesterday").value()).isEqualTo("2025-08-21");
        assertThat(only("Sales fell last month.", FRIDAY, "last month").value()).isEqualTo("2025-07");
        assertThat(only("Sales fell last week.", FRIDAY, "last week").value()).isEqualTo("2025-W33");
        assertThat(only("The plant closed two years ago.", FRIDAY, "two years ago").value()).isEqualTo("2023");
        assertThat(only("The firm is now profitable.", FRIDAY, "now").value()).isEqualTo("PRESENT_REF");
    }

    @Test
    void durationsAreNotDates() {
        TemporalExpression weeks = only("The strike lasted for two weeks.", FRIDAY, "two weeks");
        assertThat(weeks.type()).isEqualTo(TimexType.DURATION);
        assertThat(weeks.value()).isEqualTo("P2W");
        assertThat(only("a three-year war", FRIDAY, "three-year").value()).isEqualTo("P3Y");
        assertThat(only("within 24 hours", FRIDAY, "24 hours").value()).isEqualTo("PT24H");
    }

    @Test
    void withoutAPublicationDateRelativeExpressionsStayUnresolved() {
        List<TemporalExpression> found = TemporalTagger.rules().tag(
                "He said on Wednesday that the vote on 14 March was postponed until next month.", null);
        assertThat(found).extracting(TemporalExpression::value).containsExactly("XXXX-WXX-3", "XXXX-03-14", "XXXX-XX");
        assertThat(found).noneMatch(TemporalExpression::resolved);
        assertThat(only("It opened on March 12, 2026.", null, "March 12, 2026").resolved()).isTrue();
    }

    @Test
    void impossibleDatesAndFarYearsAreNotDates() {
        assertThat(TemporalTagger.rules().tag("The meeting on February 30 was cancelled.", FRIDAY))
                .noneMatch(e -> e.text().contains("February"));
        assertThat(TemporalTagger.rules().tag("It weighs 9999 tonnes and dates from year 3021.", FRIDAY)).isEmpty();
        assertThat(TemporalTagger.rules().tag("Die Sitzung am Mittwoch, dem 30. Februar, fiel aus.", FRIDAY)).isEmpty();
    }

    @Test
    void spansCoverTheirTextAndDoNotOverlap() {
        String text = "On Monday, March 3, 2025, officials said that since 2022 prices had risen for three years, "
                + "and that talks planned for next week would resume at 18:00 UTC.";
        List<TemporalExpression> found = TemporalTagger.rules().tag(text, FRIDAY);
        for (int i = 0; i < found.size(); i++) {
            assertThat(found.get(i).span().of(text)).isEqualTo(found.get(i).text());
            if (i > 0) {
                assertThat(found.get(i).span().start()).isGreaterThanOrEqualTo(found.get(i - 1).span().end());
            }
        }
        assertThat(found).extracting(TemporalExpression::text)
                .contains("Monday", "March 3, 2025", "2022", "three years", "next week", "18:00 UTC");
    }
}
