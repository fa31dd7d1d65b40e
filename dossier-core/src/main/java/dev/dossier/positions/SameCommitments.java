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
        List<Deadline> ordered = new ArrayList<>(deadlines);
        ordered.sort(Comparator.comparing((Deadline deadline) -> deadline.statement().saidOn() == null ? null : deadline.statement().saidOn().date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(deadline -> deadline.statement().id()));
        List<List<Deadline>> groups = new ArrayList<>();
        for (Deadline deadline : ordered) {
            List<Deadline> same = groups.stream().filter(group -> sameCommitment(group.get(0), deadline)).findFirst().orElse(null);
            if (same == null) {
                groups.add(new ArrayList<>(List.of(deadline)));
            } else {
                same.add(deadline);
            }
        }
        groups.sort(Comparator.comparing((List<Deadline> group) -> group.get(0).due(), Comparator.nullsLast(Comparator.naturalOrder())));
        return groups.stream().map(List::copyOf).toList();
    }

    static boolean sameCommitment(Deadline a, Deadline b) {
        if (a.due() == null || b.due() == null || Math.abs(a.due().toEpochDay() - b.due().toEpochDay()) > DAYS_APART) {
            return false;
        }
        if (!sameSpeaker(a.statement(), b.statement())) {
            return false;
        }
        Set<String> shared = telling(a);
        shared.retainAll(telling(b));
        boolean sameDelayBySomeone = a.delayDays() != null && a.delayDays().equals(b.delayDays())
                && a.statement().speakerId() != null && b.statement().speakerId() != null;
        return shared.size() >= (sameDelayBySomeone ? 1 : SHARED_WORDS);
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

    private static Set<String> telling(Deadline deadline) {
        QuoteRecord statement = deadline.statement();
        Set<String> words = new HashSet<>(LedeTerms.of(statement.text()).keySet());
        words.removeAll(LedeTerms.of(deadline.expression()).keySet());
        return words;
    }
}
