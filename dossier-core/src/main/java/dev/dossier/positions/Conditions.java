package dev.dossier.positions;

import static dev.dossier.positions.StanceWords.AGAINST;
import static dev.dossier.positions.StanceWords.ARTICLES;
import static dev.dossier.positions.StanceWords.CLAUSE_WORDS;
import static dev.dossier.positions.StanceWords.DOING;
import static dev.dossier.positions.StanceWords.FOR;
import static dev.dossier.positions.StanceWords.MODALS;
import static dev.dossier.positions.StanceWords.PASSIVE;
import static dev.dossier.positions.StanceWords.UNDOING;
import static dev.dossier.positions.StanceWords.UNDOING_REACH;
import static dev.dossier.positions.StanceWords.breaksClause;
import static dev.dossier.positions.StanceWords.cover;
import static dev.dossier.positions.StanceWords.isNegation;
import static dev.dossier.positions.StanceWords.mentionWithin;
import static dev.dossier.positions.StanceWords.sameSentence;

import dev.dossier.model.TextSpan;
import dev.dossier.positions.Cue.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The conditions a statement sets on the issue, found and weighed. Finding: a firm marker ("only
 * if", "provided", "unless", "would need") makes a condition that decides whatever else the sentence
 * says; a loose one ("if", "once", "when") only beside a cue for or a negated cue ("we would go if
 * ...", "will not go until ..."); a time ("until Friday", "when he speaks with Putin on Friday") or a
 * condition already met is none. Weighing: what a found condition conditions, the issue threatened
 * ("or face new sanctions"), a wish for the issue ("if a ceasefire is not reached"), the issue inside
 * the condition, or the other clause of a "but".
 *
 * <p>Stateless and thread-safe.
 */
final class Conditions {

    /** Conditions that make a stance conditional whatever else the sentence says. */
    private static final List<List<String>> FIRM_CONDITIONS = List.of(
            List.of("only", "if"), List.of("only", "after"), List.of("only", "once"), List.of("only", "when"),
            List.of("only", "with"), List.of("as", "long", "as"), List.of("provided"), List.of("providing"),
            List.of("on", "condition"), List.of("unless"), List.of("subject", "to"), List.of("in", "exchange", "for"),
            List.of("in", "return", "for"), List.of("depend", "on"), List.of("depends", "on"), List.of("precondition"),
            List.of("condition"), List.of("except"), List.of("exception"));
    /**
     * Conditions in several words that, like the loose ones, condition only a yes ("open to some refugees, in cases where
     * ..."): beside a no they tell the case of what is refused ("dismissing the idea of troops in the event of a truce").
     */
    private static final List<List<String>> LOOSE_PHRASES = List.of(
            List.of("in", "case", "where"), List.of("in", "case", "of"), List.of("in", "the", "case", "of"),
            List.of("in", "the", "event", "of"), List.of("in", "the", "event", "that"));
    /** Conditions that do so only beside a favourable cue or a negated one ("we would go if ...", "will not go until ..."). */
    static final Set<String> LOOSE_CONDITIONS = Set.of("if", "once", "until", "when", "before", "after");
    /** Loose conditions that are firm after a negation: "will not go until ...", "no meeting before ...". */
    private static final Set<String> AWAITING = Set.of("until", "before");
    /** The words of a condition marker that are not part of the condition itself. */
    private static final Set<String> MARKER_ONLY = Set.of("only");
    /** Verbs of a stated requirement ("would need the consent of both sides"). */
    private static final Set<String> REQUIRING = Set.of("need", "require");
    /** Verbs that, after a modal, say the issue must come after something ("a summit should crown an agreement"). */
    private static final Set<String> CROWNING = Set.of("crown", "cap", "culminate");
    /** Verbs of demanding that make a "first" in their clause a precondition ("insisted that forces first pull back"). */
    private static final Set<String> DEMANDING = Set.of(
            "insist", "insisted", "insisting", "insists", "demand", "demanded", "demanding", "demands", "require", "required",
            "requires", "want", "wants", "wanted");
    /** Words that say a thing comes to nothing: an if-clause that fears it ("if the summit fails") wishes for it. */
    private static final Set<String> FAILING = Set.of(
            "fail", "fails", "failed", "fruitless", "unsuccessful", "collapse", "collapses", "collapsed", "stall", "stalls",
            "stalled", "founder", "founders", "foundered", "falter", "falters", "faltered");
    /** Words that make what follows them a threat ("warned of new sanctions if ..."). */
    private static final Set<String> THREATS = Set.of(
            "warn", "warned", "warning", "threaten", "threatened", "threatening", "consequence");
    private static final Set<String> TIME_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "end", "next", "last",
            "then", "now", "today", "tomorrow", "tonight", "week", "weekend", "month", "year", "day", "spring", "summer",
            "autumn", "winter", "midnight", "noon", "morning", "evening");
    /**
     * Dated events of a political calendar, folded as the words are, that, after "before", "after" or "until" and an article, tell a time as a
     * date does ("will not release them before the election", "after the convention"), not a term to be met.
     */
    private static final Set<String> CALENDAR_EVENTS = Words.foldAll(
            "election", "elections", "vote", "primary", "primaries", "caucus", "caucuses", "convention", "conventions",
            "debate", "debates", "inauguration", "holidays", "recess", "midterms");
    /** Verbs that make a phrasal verb with "after" ("go after the banks", "looks after veterans"): no time, no term. */
    private static final Set<String> AFTER_VERBS = Words.foldAll(
            "go", "goes", "going", "gone", "went", "come", "comes", "coming", "came", "look", "looks", "looking", "looked",
            "run", "runs", "running", "ran", "chase", "chases", "chasing", "chased", "take", "takes", "taking", "took",
            "taken");
    /** Subject pronouns that, after "when" and before "was", make a past time ("when I was a senator"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "he", "she", "they", "you", "it");
    /** Verbs that say a condition is met ("had met the one condition I set"). */
    private static final Set<String> MET = Set.of("met", "meet", "meets", "fulfilled", "satisfied");
    /** Markers of an exception: a refusal with an exception accepts the issue in the excepted cases (STANCE.md P.4.8). */
    private static final Set<String> EXCEPTIONS = Set.of("except", "exception", "unless");

    private Conditions() {}

    /**
     * Adds the condition whose marker is word {@code i} to {@code conditions}, if there is one: a "first" in a demanded
     * clause, a verb of crowning, a vague term on an act, "or face", a firm marker, a loose phrase ("in the event of"),
     * "without" in a negated sentence, a stated requirement, "under" an article, a loose marker ("if", "until"); the
     * markers are tried in this order.
     */
    static void find(String context, Words words, Sentences sentences, int i, int end, List<Condition> conditions) {
        int demanded = demandedFirst(words, sentences, i);
        if (demanded >= 0) {
            TextSpan span = clause(context, words, sentences, demanded, end);
            conditions.add(new Condition(span, true, i, i, Math.max(i, words.firstFrom(span.end()) - 1)));
            return;
        }
        if (crowning(words, i)) {
            conditions.add(condition(context, words, sentences, i, i, end, true));
            return;
        }
        if (vagueTerm(words, i)) {
            conditions.add(condition(context, words, sentences, i, i, end, false));
            return;
        }
        if (words.isPhrase(i, "or", "face") && i + 2 < words.size()) {
            // "has two weeks to commit to a meeting or face new sanctions": the demand is the condition
            int first = i - 1;
            while (first > 0 && i - first < CLAUSE_WORDS && sameSentence(words, sentences, first - 1, i)
                    && !words.folded(first - 1).equals("to") && !words.folded(first - 1).equals("until")) {
                first--;
            }
            conditions.add(new Condition(cover(words, Math.max(0, first - 1), i - 1), true, i, i, Math.min(end, i + 8) - 1));
            return;
        }
        if (words.isPhrase(i, "without", "precondition") || words.isPhrase(i, "without", "condition")
                || words.isPhrase(i, "on", "condition", "of", "anonymity")) {
            return;
        }
        for (List<String> marker : FIRM_CONDITIONS) {
            if (words.isPhrase(i, marker.toArray(String[]::new))) {
                if (i > 0 && (words.folded(i - 1).equals("without") || words.folded(i - 1).equals("no")
                        || words.isPhrase(i - 1, "on", "condition", "of", "anonymity") || conditionMet(words, i))) {
                    return;
                }
                int first = MARKER_ONLY.contains(marker.get(0)) ? i + 1 : i;
                conditions.add(condition(context, words, sentences, i, first, end, true));
                return;
            }
        }
        for (List<String> marker : LOOSE_PHRASES) {
            if (words.isPhrase(i, marker.toArray(String[]::new))) {
                conditions.add(condition(context, words, sentences, i, i, end, false));
                return;
            }
        }
        String word = words.folded(i);
        if (word.equals("without") && negatedSentence(words, sentences, i)) {
            // "would not send troops without a mandate agreed by both sides"
            conditions.add(condition(context, words, sentences, i, i, end, true));
            return;
        }
        if (REQUIRING.contains(word) && i + 1 < words.size() && !words.folded(i + 1).equals("to") && i > 0
                && (words.folded(i - 1).equals("would") || words.folded(i - 1).equals("will"))) {
            // "any mission would need free access to both banks": the requirement is the condition
            conditions.add(condition(context, words, sentences, i, i + 1, end, true));
            return;
        }
        if (word.equals("under") && i + 1 < words.size() && ARTICLES.contains(words.folded(i + 1))) {
            conditions.add(condition(context, words, sentences, i, i, end, false));
            return;
        }
        if (LOOSE_CONDITIONS.contains(word) && (i == 0 || !words.folded(i - 1).equals("only")) && !timeFollows(words, i)
                && !particleOfVerb(words, i) && !adverbialOnce(words, i) && clauseFollows(words, sentences, i) && !datedClause(context, words, sentences, i, end)) {
            boolean awaited = AWAITING.contains(word) && negatedSentence(words, sentences, i);
            if (word.equals("until") && !awaited) {
                return; // "the date stands until somebody tells me otherwise": how long, not on what terms
            }
            conditions.add(condition(context, words, sentences, i, i, end, awaited));
        }
    }

    /** Whether the "after" at word {@code i} belongs to the verb before it ("will go after the banks"). */
    private static boolean particleOfVerb(Words words, int i) {
        return i > 0 && words.folded(i).equals("after") && AFTER_VERBS.contains(words.folded(i - 1));
    }

    /** Whether the "once" at word {@code i} is an adverb of time, not a condition ("at once", "once again", "once more"). */
    private static boolean adverbialOnce(Words words, int i) {
        return words.folded(i).equals("once") && (i > 0 && words.folded(i - 1).equals("at")
                || i + 1 < words.size() && (words.folded(i + 1).equals("again") || words.folded(i + 1).equals("more")));
    }

    /** A condition from word {@code first} to the end of its clause, with its marker at word {@code marker}. */
    private static Condition condition(String context, Words words, Sentences sentences, int marker, int first, int end, boolean firm) {
        TextSpan span = clause(context, words, sentences, first, end);
        int last = Math.max(first, words.firstFrom(span.end()) - 1);
        return new Condition(span, firm, marker, marker, last);
    }

    /** "insisted that Kestrian forces first pull back": a "first" in a demanded clause is a precondition; its start or -1. */
    private static int demandedFirst(Words words, Sentences sentences, int i) {
        if (!words.folded(i).equals("first") || i == 0 || i + 1 >= words.size() || !sameSentence(words, sentences, i, i + 1)) {
            return -1;
        }
        for (int k = i - 1; k >= Math.max(1, i - 6) && sameSentence(words, sentences, k, i); k--) {
            if (words.folded(k).equals("that") && DEMANDING.contains(words.folded(k - 1))) {
                return k + 1 < i ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** "a summit should crown an agreement": what the issue should crown has to come first. */
    private static boolean crowning(Words words, int i) {
        return CROWNING.contains(words.folded(i)) && i > 0 && (MODALS.contains(words.folded(i - 1))
                || words.folded(i - 1).equals("would") || words.folded(i - 1).equals("will"));
    }

    /** "ready to meet ... at the right moment", "on a serious basis": a vague term on an act that still makes it conditional. */
    private static boolean vagueTerm(Words words, int i) {
        boolean act = false;
        for (int k = Math.max(0, i - 8); k < i; k++) {
            act |= DOING.contains(words.folded(k)) || FOR.contains(words.folded(k)) && !words.folded(k).equals("right");
        }
        return act && (words.isPhrase(i, "at", "the", "right") && i + 3 < words.size()
                && (words.folded(i + 3).equals("moment") || words.folded(i + 3).equals("time")))
                || (words.isPhrase(i, "on", "a") && i + 3 < words.size() && words.folded(i + 3).equals("basis"));
    }

    /** "had met the one condition I set": a condition already met is no longer one (and is a yes, see {@link #MET}). */
    static boolean conditionMet(Words words, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (MET.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause follows a loose marker: not "the day before was insisting", nor "Not before." at a sentence end. */
    private static boolean clauseFollows(Words words, Sentences sentences, int i) {
        return i + 1 < words.size() && sameSentence(words, sentences, i, i + 1) && !PASSIVE.contains(words.folded(i + 1));
    }

    /** "when he speaks with Putin on Friday": a "when" clause that names a day or month tells the time, not a term. */
    private static boolean datedClause(String context, Words words, Sentences sentences, int i, int end) {
        if (!words.folded(i).equals("when")) {
            return false;
        }
        if (i + 2 < words.size() && SUBJECT_PRONOUNS.contains(words.folded(i + 1))
                && (words.folded(i + 2).equals("was") || words.folded(i + 2).equals("were"))) {
            return true; // "when I was a senator": a time in the past, not a term
        }
        int last = words.firstFrom(clause(context, words, sentences, i, end).end()) - 1;
        for (int k = i + 1; k <= last; k++) {
            if (TIME_WORDS.contains(words.folded(k)) && Character.isUpperCase(words.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "until Friday", "before the end of the month", "when it meets on 3 May", "before the election": a time, not a
     * condition.
     */
    private static boolean timeFollows(Words words, int i) {
        int next = i + 1;
        boolean article = next < words.size() && words.folded(next).equals("the");
        if (article) {
            next++;
        }
        if (next >= words.size()) {
            return false;
        }
        String word = words.folded(next);
        return TIME_WORDS.contains(word) || word.chars().allMatch(Character::isDigit)
                || (article && !words.folded(i).equals("when") && CALENDAR_EVENTS.contains(word));
    }

    /** Whether a negation, or before an "until" a word of holding back ("the suspension ... until", "stay away until"), comes earlier in word {@code i}'s sentence. */
    private static boolean negatedSentence(Words words, Sentences sentences, int i) {
        int sentence = sentences.indexOf(words.get(i).span().start());
        for (int k = i - 1; k >= Math.max(0, i - CLAUSE_WORDS) && sentences.indexOf(words.get(k).span().start()) == sentence; k--) {
            if (isNegation(words.folded(k)) || (words.folded(i).equals("until") && (UNDOING.contains(words.folded(k))
                    || words.isPhrase(k, "stay", "away") || words.isPhrase(k, "stayed", "away")))) {
                return true;
            }
        }
        return false;
    }

    /** From a condition's first word to the end of its clause (a comma, a dash, a sentence end). */
    static TextSpan clause(String context, Words words, Sentences sentences, int first, int end) {
        int from = words.get(Math.min(first, words.size() - 1)).span().start();
        int last = Math.min(first, words.size() - 1);
        for (int k = first; k < Math.min(Math.min(end, words.size()), first + CLAUSE_WORDS); k++) {
            if (!sentences.same(from, words.get(k).span().start())) {
                break;
            }
            if (k > first + 2 && (breaksClause(context, words.get(k - 1).span().end(), words.get(k).span().start())
                    || words.folded(k).equals("but"))) {
                break;
            }
            last = k;
        }
        return new TextSpan(from, words.get(last).span().end());
    }

    /**
     * Sorts the conditions found by what they condition. A threat of the issue with an if-clause
     * ("warned of new sanctions if Korvask walks away", "talks ... or face new sanctions") is
     * conditional whatever else is said. An if-clause that fears the issue will not happen ("if
     * direct talks aren't scheduled", "if a ceasefire is not reached", "if the summit fails") is a wish for it: a cue
     * for, not a condition. A condition that itself names the issue ("depends on whether the
     * observers come") only counts beside a cue for. The if-clause of a threat of something else
     * ("threatened 'severe consequences' if ...") conditions that threat, not the issue.
     */
    static List<Condition> weigh(Words words, Sentences sentences, int from, List<Condition> found,
            List<IssueMatcher.Mention> mentions, List<Cue> cues) {
        List<Condition> kept = new ArrayList<>();
        for (Condition condition : found) {
            IssueMatcher.Mention inside = null;
            for (IssueMatcher.Mention mention : mentions) {
                if (condition.covers(mention.from())) {
                    inside = mention;
                    break;
                }
            }
            String marker = words.folded(condition.marker());
            if (inside == null && conditionsOtherClause(words, condition, mentions)) {
                continue;
            }
            if (marker.equals("or")) {
                if (inside != null) {
                    kept.add(condition); // "or face new sanctions": the threatened issue is conditional
                }
                continue;
            }
            if (inside != null && marker.equals("unless") && threatBefore(words, sentences, condition.marker())) {
                // "threatening to cut off the money unless Mexico pays for a wall": a threat made to obtain the issue
                cues.add(new Cue(Side.FOR, 1.5, cover(words, condition.marker(), condition.last()), inside.from(), false));
                kept.add(condition.asIdle());
                continue;
            }
            if (inside != null && marker.equals("if") && negatedBetween(words, condition.first(), condition.last())) {
                // "if he can't block the refugees' arrival": fearing that the issue will not be undone is a wish against it
                Side wished = undoneWithin(words, condition.first(), inside.from()) ? Side.AGAINST : Side.FOR;
                cues.add(new Cue(wished, 1.5, cover(words, condition.marker(), condition.last()), inside.from(), false));
                kept.add(condition.asIdle());
                continue;
            }
            boolean ifOrUnless = marker.equals("if") || marker.equals("unless");
            if (inside != null) {
                kept.add(condition.looser());
            } else if (ifOrUnless && threatened(words, sentences, from, condition.marker(), mentions)) {
                kept.add(condition.firmer());
            } else if (ifOrUnless && threatBefore(words, sentences, condition.marker())) {
                kept.add(condition.asIdle()); // "threatened 'severe consequences' if Putin does not agree": the threat's condition
            } else {
                kept.add(condition);
            }
        }
        return kept;
    }

    /** Whether a threat word ("warned of", "threatened") comes before the issue's mention, and that before the if-clause. */
    private static boolean threatened(Words words, Sentences sentences, int from, int marker, List<IssueMatcher.Mention> mentions) {
        for (int k = marker - 1; k >= Math.max(0, marker - CLAUSE_WORDS) && sameSentence(words, sentences, k, marker); k--) {
            if (THREATS.contains(words.folded(k))) {
                return mentionWithin(mentions, k + 1, marker - 1);
            }
        }
        return false;
    }

    /**
     * "had drawn up plans in case of a ceasefire but were also ready to add sanctions": a condition whose clause ends at
     * a "but" that every mention comes after conditions the other clause, not the issue.
     */
    private static boolean conditionsOtherClause(Words words, Condition condition, List<IssueMatcher.Mention> mentions) {
        int after = condition.last() + 1;
        if (mentions.isEmpty() || after >= words.size() || !words.folded(after).equals("but")) {
            return false;
        }
        return mentions.stream().allMatch(mention -> mention.from() > after);
    }

    /** Whether a threat word ("threatening to", "warned") comes earlier in the sentence of word {@code marker}. */
    private static boolean threatBefore(Words words, Sentences sentences, int marker) {
        for (int k = marker - 1; k >= Math.max(0, marker - CLAUSE_WORDS) && sameSentence(words, sentences, k, marker); k--) {
            if (THREATS.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an undoing verb or a cue against comes between {@code first} and the mention at {@code mention}. */
    private static boolean undoneWithin(Words words, int first, int mention) {
        for (int k = Math.max(first, mention - UNDOING_REACH); k < mention; k++) {
            if (UNDOING.contains(words.folded(k)) || (AGAINST.contains(words.folded(k)) && !isNegation(words.folded(k)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a negation or a word of failure ("if the summit fails", "proves fruitless") stands among words {@code first} to {@code last}. */
    private static boolean negatedBetween(Words words, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (isNegation(words.folded(k)) || FAILING.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean inCondition(List<Condition> conditions, int i) {
        for (Condition condition : conditions) {
            if (condition.covers(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a firm condition is an exception ("except to save the life of the mother", "unless ..."). */
    static boolean anyException(Words words, List<Condition> conditions) {
        return conditions.stream().anyMatch(condition -> condition.firm() && EXCEPTIONS.contains(words.folded(condition.marker())));
    }
}
