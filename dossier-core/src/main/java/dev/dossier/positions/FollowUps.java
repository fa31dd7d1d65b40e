package dev.dossier.positions;

import dev.dossier.model.Deadline;
import dev.dossier.model.QuoteRecord;
import dev.dossier.stories.LedeTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What later coverage says of a deadline: the statements said after it was set and up to a week
 * after it fell due that share its telling words ("sanctions", "monitors", "Kestria"), the ones
 * closest to the due day first. A word that most statements of the period use tells nothing and
 * does not count.
 *
 * <p>Stateless and thread-safe.
 */
public final class FollowUps {

    /** How long after the due day coverage is still read as news of the deadline. */
    static final int DAYS_AFTER_DUE = 7;
    /** Telling words a later statement must share with the deadline's. */
    static final int SHARED_WORDS = 3;
    /** A word in more than this share of the period's statements is too common to tell anything. */
    static final double COMMON = 0.2;
    static final int MOST = 3;

    private FollowUps() {
    }

    /**
     * @param later statements said in the period (any order); those outside the deadline's window
     *     are ignored
     */
    public static List<QuoteRecord> of(Deadline deadline, List<QuoteRecord> later) {
        if (deadline.due() == null) {
            return List.of(); // with no day said there is no "later"
        }
        LocalDate set = deadline.statement().saidOn().date();
        LocalDate until = deadline.due().plusDays(DAYS_AFTER_DUE);
        List<QuoteRecord> window = new ArrayList<>();
        for (QuoteRecord statement : later) {
            if (statement.saidOn() != null && statement.saidOn().date().isAfter(set) && !statement.saidOn().date().isAfter(until)
                    && !statement.id().equals(deadline.statement().id())) {
                window.add(statement);
            }
        }
        Map<String, Integer> usage = new HashMap<>();
        List<Set<String>> words = new ArrayList<>();
        for (QuoteRecord statement : window) {
            Set<String> own = LedeTerms.of(statement.text()).keySet();
            words.add(own);
            own.forEach(word -> usage.merge(word, 1, Integer::sum));
        }
        Set<String> telling = new HashSet<>(LedeTerms.of(deadline.statement().text()).keySet());
        telling.removeIf(word -> usage.getOrDefault(word, 0) > Math.max(MOST, COMMON * window.size()));
        List<QuoteRecord> found = new ArrayList<>();
        for (int i = 0; i < window.size(); i++) {
            Set<String> shared = new HashSet<>(words.get(i));
            shared.retainAll(telling);
            if (shared.size() >= SHARED_WORDS) {
                found.add(window.get(i));
            }
        }
        found.sort(Comparator.comparingLong(statement -> Math.abs(statement.saidOn().date().toEpochDay() - deadline.due().toEpochDay())));
        return found.subList(0, Math.min(MOST, found.size()));
    }
}
