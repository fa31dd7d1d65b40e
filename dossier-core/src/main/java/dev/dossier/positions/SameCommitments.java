package dev.dossier.positions;

import dev.dossier.model.Deadline;
import dev.dossier.model.QuoteRecord;
import dev.dossier.stories.LedeTerms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Groups the deadlines that report one commitment: the same "within three weeks" told by two
 * outlets a day apart, or an ultimatum restated as "has six days to" a week after "two weeks to".
 * Each report is kept, so nothing a source said is lost, but the commitment is tracked once.
 *
 * <p>Two deadlines are reports of one commitment when both fall due on a known day no more than
 * {@value #DAYS_APART} days apart (a delay counted from the day each report was said moves by a
 * day or two), their speakers do not differ (the same actor, one of them unknown, or one named by
 * the other's surname alone), and their
 * statements share at least {@value #SHARED_WORDS} telling words besides the words that set the
 * deadline, or one when a known speaker set the same delay in both. A group's first report is its earliest said; a deadline joins the first group whose
 * first report it matches, so a chain of near matches never grows into a catch-all.
 *
 * <p>Stateless and thread-safe.
 */
public final class SameCommitments {

    /** The most days apart that two reports of one commitment fall due. */
    static final int DAYS_APART = 2;
    /** Telling words two reports' statements must share, besides the deadline's own words. */
    static final int SHARED_WORDS = 2;

    private SameCommitments() {
    }

    /**
     * @param deadlines in any order
     * @return the groups, each with its earliest said report first, in the order of their first
     *     reports' due days (undated ones last, each alone)
     */
    public static List<List<Deadline>> group(List<Deadline> deadlines) {
        List<Report> ordered = new ArrayList<>(deadlines.stream().map(Report::of).toList());
        ordered.sort(Comparator.comparing((Report report) -> report.deadline().statement().saidOn() == null ? null
                : report.deadline().statement().saidOn().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(report -> report.deadline().statement().id()));
        List<List<Report>> groups = new ArrayList<>();
        for (Report report : ordered) {
            List<Report> same = groups.stream().filter(group -> group.get(0).sameCommitment(report)).findFirst().orElse(null);
            if (same == null) {
                groups.add(new ArrayList<>(List.of(report)));
            } else {
                same.add(report);
            }
        }
        groups.sort(Comparator.comparing((List<Report> group) -> group.get(0).deadline().due(), Comparator.nullsLast(Comparator.naturalOrder())));
        return groups.stream().map(group -> group.stream().map(Report::deadline).toList()).toList();
    }

    /** A deadline with the telling words of its statement, read once however many groups it is compared with. */
    private record Report(Deadline deadline, Set<String> telling) {

        static Report of(Deadline deadline) {
            Set<String> words = new HashSet<>(LedeTerms.of(deadline.statement().text()).keySet());
            words.removeAll(LedeTerms.of(deadline.expression()).keySet());
            return new Report(deadline, Set.copyOf(words));
        }

        boolean sameCommitment(Report other) {
            Deadline a = deadline;
            Deadline b = other.deadline;
            if (a.due() == null || b.due() == null || Math.abs(a.due().toEpochDay() - b.due().toEpochDay()) > DAYS_APART) {
                return false;
            }
            if (!sameSpeaker(a.statement(), b.statement())) {
                return false;
            }
            Set<String> shared = new HashSet<>(telling);
            shared.retainAll(other.telling);
            boolean sameDelayBySomeone = a.delayDays() != null && a.delayDays().equals(b.delayDays())
                    && a.statement().speakerId() != null && b.statement().speakerId() != null;
            return shared.size() >= (sameDelayBySomeone ? 1 : SHARED_WORDS);
        }
    }

    /**
     * Whether two statements' speakers may be one: the same actor, either unknown, or one named by
     * the other's surname alone (a surname two actors share stays an actor of its own).
     */
    private static boolean sameSpeaker(QuoteRecord a, QuoteRecord b) {
        if (a.speakerId() == null || b.speakerId() == null || Objects.equals(a.speakerId(), b.speakerId())) {
            return true;
        }
        return a.speakerName() != null && b.speakerName() != null
                && (surnameOf(a.speakerName(), b.speakerName()) || surnameOf(b.speakerName(), a.speakerName()));
    }

    private static boolean surnameOf(String surname, String name) {
        return !surname.contains(" ") && name.endsWith(" " + surname);
    }
}
