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

class FollowUpsTest {

    private static QuoteRecord said(String id, String text, LocalDate day) {
        return new QuoteRecord(id, QuoteKind.INDIRECT, text, SpeakerKind.NAMED, 1L, "Annelie Marstrand", "Marstrand", "said", "a-" + id,
                new TextSpan(0, text.length()), new SaidOn(day, TimePrecision.DAY, SaidOn.FROM_TEXT), List.of());
    }

    private static final QuoteRecord SET = said("set", "Kestria had two weeks to commit to a leaders' meeting or face new sanctions on its banks",
            LocalDate.of(2026, 3, 12));
    private static final Deadline DEADLINE = Deadlines.in(SET).get(0);

    @Test
    void laterStatementsSharingTheDeadlinesTellingWordsAreItsFollowUpsClosestToTheDueDayFirst() {
        List<QuoteRecord> later = List.of(
                said("early", "Kestria would face sanctions on its banks if it stalled on the meeting", LocalDate.of(2026, 3, 14)),
                said("due", "the new sanctions package for Kestria's banks would be kept on hold", LocalDate.of(2026, 3, 26)),
                said("other", "the prisoner exchange at the bridge went ahead", LocalDate.of(2026, 3, 26)),
                said("late", "sanctions on Kestria's banks were back on the table", LocalDate.of(2026, 5, 1)),
                said("before", "Kestria would face sanctions on its banks", LocalDate.of(2026, 3, 10)));

        assertThat(FollowUps.of(DEADLINE, later)).extracting(QuoteRecord::id).containsExactly("due", "early");
    }

    @Test
    void aDeadlineWithNothingLaterHasNoFollowUps() {
        assertThat(FollowUps.of(DEADLINE, List.of(SET))).isEmpty();
    }
}
