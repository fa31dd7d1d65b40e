package dev.dossier.positions;

import dev.dossier.model.Issue;
import dev.dossier.model.Position;
import dev.dossier.model.PositionCell;
import dev.dossier.model.PositionChange;
import dev.dossier.model.PositionMatrix;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.Stance;
import dev.dossier.model.StanceReading;
import dev.dossier.model.TextSpan;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a story's position matrix: its issues (defined by the user, or discovered from the
 * statements), the stance of every named speaker's statement on each issue it names, each actor's
 * history per issue, and where a stance moved (a change) or flipped within days (a contradiction).
 * Anonymous and unattributed statements take part in discovering issues but hold no position: a
 * position belongs to an actor. A statement that names no issue but goes on from the speaker's
 * previous one ("This is unacceptable to us.") is read on the issues that one named.
 *
 * <p>Thread-safe when its issue finder is.
 */
public final class PositionFinder {

    /**
     * Support and opposition of one actor at most this many days apart, one news cycle, are flagged
     * as a contradiction (a conditional yes beside a no is one position, not two): a reversal that quick, or one of the two reports being wrong, wants a reader's
     * look. Further apart it is a change of position (Kestria's "a trap" of March 18, its welcome of
     * observers on March 23).
     */
    public static final int CONTRADICTION_DAYS = 2;
    /** A statement at most this many characters after the speaker's previous one may go on from it. */
    static final int CONTINUATION_GAP = 200;
    private static final Set<String> POINTING_BACK = Set.of("this", "that", "it", "these", "those", "they", "such", "which");

    private static final Comparator<Position> OLDEST_FIRST = Comparator
            .comparing((Position position) -> position.saidOn() == null ? null : position.saidOn().date(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(position -> position.statement().articleId())
            .thenComparingInt(position -> position.statement().span().start());

    private final IssueFinder issueFinder;
    private final StanceClassifier classifier = new StanceClassifier();

    public PositionFinder(IssueFinder issueFinder) {
        this.issueFinder = issueFinder;
    }

    /**
     * @param claims a story's statements with their contexts
     * @param defined the user's issues (an issues file), tried before discovery
     */
    public PositionMatrix of(List<Claim> claims, List<Issue> defined) {
        if (claims.isEmpty()) {
            return PositionMatrix.EMPTY;
        }
        List<IssueFinder.Said> said = claims.stream()
                .map(claim -> new IssueFinder.Said(claim.statement().text(), claim.statement().speakerId()))
                .toList();
        List<Issue> issues = issueFinder.find(said, defined);
        List<Claim> inTextOrder = new ArrayList<>(claims);
        inTextOrder.sort(Comparator.comparing((Claim claim) -> claim.statement().articleId())
                .thenComparingInt(claim -> claim.statement().span().start()));
        List<StanceClassifier.Context> contexts = inTextOrder.stream().map(claim -> StanceClassifier.Context.of(claim.context())).toList();
        Map<String, List<Position>> byCell = new LinkedHashMap<>();
        for (Issue issue : issues) {
            Claim previous = null;
            boolean previousNamed = false;
            for (int c = 0; c < inTextOrder.size(); c++) {
                Claim claim = inTextOrder.get(c);
                QuoteRecord statement = claim.statement();
                if (statement.speakerId() == null) {
                    previous = null;
                    continue;
                }
                Optional<StanceReading> reading = classifier.readIfNamed(contexts.get(c), claim.statementSpan(), issue);
                boolean named = reading.isPresent();
                if (!named && previousNamed && continues(previous, claim)) {
                    reading = Optional.of(classifier.read(contexts.get(c), claim.statementSpan(), issue));
                }
                reading.ifPresent(found -> byCell.computeIfAbsent(statement.speakerId() + "\u0000" + issue.name(), key -> new ArrayList<>())
                        .add(position(claim, issue, found)));
                previous = claim;
                previousNamed = named;
            }
        }
        return matrix(issues, byCell.values());
    }

    /**
     * Positions from several stories taken together: one cell per actor and issue name, the
     * history running across the stories, so a stance that moved between two stories of a saga
     * shows as a change. Issues are joined by name: those of an issues file always, discovered
     * ones when they were named alike.
     */
    public static PositionMatrix across(List<Issue> issues, List<Position> positions) {
        Map<String, List<Position>> byCell = new LinkedHashMap<>();
        for (Position position : positions) {
            byCell.computeIfAbsent(position.actorId() + "\u0000" + position.issue(), key -> new ArrayList<>()).add(position);
        }
        return matrix(issues, byCell.values());
    }

    private static PositionMatrix matrix(List<Issue> issues, Iterable<List<Position>> histories) {
        List<PositionCell> cells = new ArrayList<>();
        List<PositionChange> changes = new ArrayList<>();
        for (List<Position> history : histories) {
            history.sort(OLDEST_FIRST);
            Position first = history.get(0);
            cells.add(new PositionCell(first.actorId(), first.actor(), first.issue(), current(history), history));
            changes.addAll(changes(history));
        }
        return new PositionMatrix(issues, cells, changes);
    }

    /**
     * Whether a statement goes on from the one before it: the same speaker, in the same article, a
     * few characters on, opening with a word that points back ("This is unacceptable to us.").
     * It is then about what the one before named.
     */
    private static boolean continues(Claim previous, Claim claim) {
        if (previous == null || !previous.statement().articleId().equals(claim.statement().articleId())
                || !claim.statement().speakerId().equals(previous.statement().speakerId())
                || claim.statement().span().start() - previous.statement().span().end() > CONTINUATION_GAP) {
            return false;
        }
        String[] words = claim.statement().text().strip().split("[^\\p{L}]+", 3);
        String first = words.length > 0 && !words[0].isEmpty() ? words[0] : words.length > 1 ? words[1] : "";
        return POINTING_BACK.contains(first.toLowerCase(Locale.ROOT));
    }

    private static Position position(Claim claim, Issue issue, StanceReading reading) {
        QuoteRecord statement = claim.statement();
        TextSpan evidence = reading.evidence() == null ? null
                : new TextSpan(reading.evidence().start() + claim.contextStart(), reading.evidence().end() + claim.contextStart());
        return new Position(statement.speakerId(), statement.speakerName(), issue.name(), reading.stance(), reading.condition(),
                statement.saidOn(), statement, evidence, reading.evidence() == null ? null : reading.evidence().of(claim.context()));
    }

    /** The latest stance that took a side, else neutral. */
    private static Stance current(List<Position> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).stance() != Stance.NEUTRAL) {
                return history.get(i).stance();
            }
        }
        return Stance.NEUTRAL;
    }

    private static List<PositionChange> changes(List<Position> history) {
        List<PositionChange> changes = new ArrayList<>();
        Position before = null;
        for (Position position : history) {
            if (position.stance() == Stance.NEUTRAL || position.saidOn() == null) {
                continue;
            }
            if (before != null && before.stance() != position.stance()) {
                long days = ChronoUnit.DAYS.between(before.saidOn().date(), position.saidOn().date());
                changes.add(new PositionChange(before, position, before.stance().contradicts(position.stance()) && days <= CONTRADICTION_DAYS));
            }
            before = position;
        }
        return changes;
    }
}
