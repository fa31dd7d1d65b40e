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
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 11);

    private static QuoteRecord said(String text, LocalDate day) {
        return new QuoteRecord("q1", QuoteKind.DIRECT, text, SpeakerKind.NAMED, 1L, "Signe Halvorsen", "Halvorsen", "said", "a1",
                new TextSpan(0, text.length()), day == null ? null : new SaidOn(day, TimePrecision.DAY, SaidOn.FROM_TEXT), List.of());
    }

    private static List<Deadline> in(String text) {
        return Deadlines.in(said(text, WEDNESDAY));
    }

    @Test
    void aDelayFromTheDaySaidFallsDueThatManyHoursDaysOrWeeksLater() {
        assertThat(in("We expect clear answers from both capitals within 48 hours.")).singleElement().satisfies(d -> {
            assertThat(d.expression()).isEqualTo("within 48 hours");
            assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 13));
            assertThat(d.delay()).isTrue();
        });
        assertThat(in("Experts could reach Tesmir within 24 hours.")).extracting(Deadline::due).containsExactly(LocalDate.of(2026, 3, 12));
        assertThat(in("Kestria has six days to show that it wants this meeting.")).extracting(Deadline::due)
                .containsExactly(LocalDate.of(2026, 3, 17));
        assertThat(in("The alliance set a two-week deadline for Kestria.")).extracting(Deadline::due)
                .containsExactly(LocalDate.of(2026, 3, 25));
        assertThat(in("Observers could be deployed within three weeks.")).extracting(Deadline::due).containsExactly(LocalDate.of(2026, 4, 1));
        assertThat(in("A decision will come in a fortnight.")).extracting(Deadline::due).containsExactly(LocalDate.of(2026, 3, 25));
    }

    @Test
    void aDateNamedAfterADeadlineWordIsTheDueDay() {
        assertThat(in("the alliance's deadline of March 26 has not moved")).singleElement().satisfies(d -> {
            assertThat(d.expression()).isEqualTo("deadline of March 26");
            assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 26));
            assertThat(d.delay()).isFalse();
        });
        assertThat(in("the real deadlines now were 15 April, when observers deploy, and 30 April")).extracting(Deadline::due)
                .containsExactly(LocalDate.of(2026, 4, 15));
        assertThat(in("All prisoners will be exchanged by April 30.")).extracting(Deadline::due).containsExactly(LocalDate.of(2026, 4, 30));
    }

    @Test
    void vagueDelaysAndDatesInThePastSetNothing() {
        assertThat(in("I hope that within days, not weeks, we will see buses crossing the bridge.")).isEmpty();
        assertThat(in("We will not go until we know who killed our people.")).isEmpty();
        assertThat(in("The ceasefire agreed by February 20 has held.")).isEmpty();
        assertThat(in("They met in Haldeby on March 4 and talked for hours.")).isEmpty();
        assertThat(in("She was asleep, for the first time in a week.")).isEmpty();
        assertThat(in("It was the worst storm in two weeks, and it hit three days ago.")).isEmpty();
    }

    @Test
    void anUndatedStatementSetsItsDelaysWithNoDueDayAndNoDate() {
        assertThat(Deadlines.in(said("We expect answers within 48 hours, and a decision in two weeks.", null)))
                .extracting(Deadline::expression, Deadline::due, Deadline::delayDays)
                .containsExactly(Tuple.tuple("within 48 hours", null, 2),
                        Tuple.tuple("in two weeks", null, 14));
        assertThat(Deadlines.in(said("The alliance's deadline of March 26 has not moved.", null))).isEmpty();
    }

    @Test
    void oneDeadlineSetTwiceInAStatementIsOneDeadline() {
        assertThat(in("Kestria had two weeks to commit, a deadline that expires on March 25.")).singleElement()
                .satisfies(d -> assertThat(d.expression()).isEqualTo("had two weeks to"));
    }
}
