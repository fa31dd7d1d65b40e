package dev.dossier.positions;

import dev.dossier.model.Issue;
import dev.dossier.model.Stance;
import dev.dossier.model.StanceReading;
import dev.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the stance a statement takes on an issue, by rules over the words around the issue's
 * mention: cue words for and against ("welcome", "rejects", "a trap"), their negation ("will not
 * allow"), a negated or answered mention ("no foreign armies", "observers — yes"), verbs that undo
 * the issue ("lift the sanctions"), threats ("legitimate targets"), and conditions ("only once the
 * ground has been prepared", "will not go until ..."). Cues count in the sentences that name the
 * issue, and in the few words of the reporting frame before the statement ("dismissed it as ...").
 * When for and against balance, or nothing decides, the stance is neutral: unsure is neutral, never
 * a guess.
 *
 * <p>Stateless and thread-safe.
 */
public final class StanceClassifier {

    /** Words of the reporting frame before a statement that are read with it ("rejected", "dismissing ... as"). */
    static final int FRAME_WORDS = 8;
    /** How far before a cue a negation reaches ("will not be allowed to accept"). */
    static final int NEGATION_REACH = 3;
    /** How far before a mention an undoing verb reaches ("lift all of the sanctions"). */
    static final int UNDOING_REACH = 4;
    /** The weight of a negated cue against ("not afraid of"): a weaker yes than a plain one. */
    static final double NEGATED_AGAINST = 0.75;
    /** The most words a condition, or the look back for a negation before one, spans. */
    static final int CLAUSE_WORDS = 40;

    private static final Set<String> FOR = Set.of(
            "support", "supported", "supporting", "back", "backed", "backing", "welcome", "welcomed", "welcoming",
            "accept", "accepted", "accepting", "acceptable", "agree", "agreed", "agreeing", "ready", "willing", "prepared",
            "want", "wanted", "wanting", "need", "needed", "needing", "urge", "urged", "urging", "demand", "demanded",
            "demanding", "insist", "insisted", "insisting", "propose", "proposed", "proposing", "proposal", "offer",
            "offered", "offering", "favour", "favor", "favoured", "favored", "endorse", "endorsed", "commit", "committed",
            "commitment", "pledge", "pledged", "promise", "promised", "yes", "necessary", "essential", "vital", "crucial",
            "important", "must", "should", "hope", "hoped", "hopeful", "expect", "expected", "seek", "sought", "seeking",
            "advocate", "advocated", "positive", "constructive", "step", "progress", "breakthrough", "allow", "allowed",
            "permit", "permitted", "invite", "invited", "invitation", "deserve", "deserves", "right", "good", "useful",
            "stand", "stands", "confirm", "confirmed", "open", "possible", "agreement", "consent", "consented", "approve",
            "approved", "help");
    private static final Set<String> AGAINST = Set.of(
            "reject", "rejected", "rejecting", "rejection", "oppose", "opposed", "opposing", "opposition", "against",
            "unacceptable", "refuse", "refused", "refusing", "refusal", "never", "trap", "nowhere", "impossible",
            "dismiss", "dismissed", "dismissing", "condemn", "condemned", "denounce", "denounced", "veto", "vetoed",
            "block", "blocked", "blocking", "shut", "premature", "provocation", "escalation", "aggressive", "threat",
            "threaten", "threatened", "danger", "dangerous", "mistake", "wrong", "worse", "absurd", "nonsense",
            "unrealistic", "illegal", "illegitimate", "pointless", "useless", "noise", "deny", "denied", "resist",
            "resisted", "criticise", "criticised", "criticize", "criticized", "fear", "afraid", "risk", "risked", "insult", "insults",
            "doubt", "doubts", "unthinkable", "unjustified", "reward", "rewarding");
    /** Verbs that undo the issue when it is their object ("lift the sanctions", "suspend preparations for the summit"). */
    private static final Set<String> UNDOING = Set.of(
            "lift", "lifted", "lifting", "ease", "eased", "easing", "remove", "removed", "removing", "drop", "dropped",
            "scrap", "scrapped", "end", "ended", "ending", "withdraw", "withdrew", "withdrawn", "suspend", "suspended",
            "suspending", "freeze", "froze", "frozen", "halt", "halted", "stop", "stopped", "cancel", "cancelled",
            "canceled", "postpone", "postponed", "abandon", "abandoned", "delay", "delayed", "exclude", "excluded");
    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "without", "cannot", "hardly");
    /** Conditions that make a stance conditional whatever else the sentence says. */
    private static final List<List<String>> FIRM_CONDITIONS = List.of(
            List.of("only", "if"), List.of("only", "after"), List.of("only", "once"), List.of("only", "when"),
            List.of("only", "with"), List.of("as", "long", "as"), List.of("provided"), List.of("providing"),
            List.of("on", "condition"), List.of("unless"), List.of("subject", "to"), List.of("in", "exchange", "for"),
            List.of("in", "return", "for"), List.of("depend", "on"), List.of("depends", "on"), List.of("precondition"),
            List.of("condition"));
    /** Conditions that do so only beside a favourable cue or a negated one ("we would go if ...", "will not go until ..."). */
    private static final Set<String> LOOSE_CONDITIONS = Set.of("if", "once", "until", "when", "before", "after");
    private static final Set<String> TIME_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "end", "next", "last",
            "then", "now", "today", "tomorrow", "tonight", "week", "weekend", "month", "year", "day", "spring", "summer",
            "autumn", "winter", "midnight", "noon", "morning", "evening");
    /** Loose conditions that are firm after a negation: "will not go until ...", "no meeting before ...". */
    private static final Set<String> AWAITING = Set.of("until", "before");
    /** The words of a condition marker that are not part of the condition itself. */
    private static final Set<String> MARKER_ONLY = Set.of("only");

    private enum Side { FOR, AGAINST }

    private record Cue(Side side, double weight, TextSpan span, int at) {}

    private record Condition(TextSpan span, boolean firm) {}

    /**
     * The stance of a statement on an issue, whether or not it names the issue (it is then read
     * whole).
     *
     * @param context the sentence or sentences that carry the statement, with its reporting frame
     * @param statement where the statement's words are in {@code context}
     * @param issue what the stance is on
     * @return the stance, its evidence as a span of {@code context}, and a condition's words
     */
    public StanceReading read(String context, TextSpan statement, Issue issue) {
        return reading(context, statement, issue, false).orElseThrow();
    }

    /**
     * The stance, if the statement or its reporting frame names the issue; else empty: the
     * statement is not about it.
     */
    public Optional<StanceReading> readIfNamed(String context, TextSpan statement, Issue issue) {
        return reading(context, statement, issue, true);
    }

    private Optional<StanceReading> reading(String context, TextSpan statement, Issue issue, boolean onlyIfNamed) {
        if (!statement.fitsWithin(context.length())) {
            throw new IllegalArgumentException("statement " + statement + " lies outside a context of " + context.length() + " characters");
        }
        Words words = Words.of(context);
        if (words.size() == 0) {
            return onlyIfNamed ? Optional.empty() : Optional.of(StanceReading.UNDECIDED);
        }
        Sentences sentences = Sentences.of(context);
        int end = words.firstFrom(statement.end());
        int start = words.firstFrom(statement.start());
        int frameStart = start;
        while (frameStart > 0 && start - frameStart < FRAME_WORDS
                && sentences.same(words.get(frameStart - 1).span().start(), words.get(Math.min(start, words.size() - 1)).span().start())) {
            frameStart--;
        }
        IssueMatcher matcher = new IssueMatcher(issue);
        List<IssueMatcher.Mention> mentions = matcher.mentions(words, frameStart, end);
        if (onlyIfNamed && mentions.isEmpty()) {
            return Optional.empty();
        }
        boolean[] focus = focus(words, sentences, frameStart, end, mentions);
        boolean[] inMention = new boolean[words.size()];
        for (IssueMatcher.Mention mention : mentions) {
            for (int i = mention.from(); i < mention.to(); i++) {
                inMention[i] = true;
            }
        }
        List<Cue> cues = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        for (int i = frameStart; i < end; i++) {
            if (!focus[i] || inMention[i]) {
                continue;
            }
            cue(words, sentences, i, frameStart, mentions, cues);
            condition(context, words, sentences, i, end, conditions);
        }
        for (IssueMatcher.Mention mention : mentions) {
            mentionCue(words, sentences, mention, frameStart, end, cues);
        }
        return Optional.of(decide(context, cues, conditions, mentions.isEmpty() ? start : mentions.get(0).from()));
    }

    /** The words to read: the sentences that name the issue, or the whole statement when none does. */
    private static boolean[] focus(Words words, Sentences sentences, int from, int to, List<IssueMatcher.Mention> mentions) {
        Set<Integer> named = new HashSet<>();
        for (IssueMatcher.Mention mention : mentions) {
            named.add(sentences.indexOf(words.get(mention.from()).span().start()));
        }
        boolean[] focus = new boolean[words.size()];
        for (int i = from; i < to; i++) {
            focus[i] = named.isEmpty() || named.contains(sentences.indexOf(words.get(i).span().start()));
        }
        return focus;
    }

    private static void cue(Words words, Sentences sentences, int i, int from, List<IssueMatcher.Mention> mentions, List<Cue> cues) {
        String word = words.folded(i);
        TextSpan span = words.get(i).span();
        Side side = null;
        double weight = 1;
        if (FOR.contains(word)) {
            side = Side.FOR;
        } else if (AGAINST.contains(word)) {
            side = Side.AGAINST;
        } else if (isPhrase(words, i, "rule", "out") || isPhrase(words, i, "ruled", "out") || isPhrase(words, i, "rules", "out")
                || isPhrase(words, i, "red", "line") || isPhrase(words, i, "out", "of", "the", "question")
                || isPhrase(words, i, "act", "of", "war")) {
            side = Side.AGAINST;
        } else if (isPhrase(words, i, "legitimate", "target")) {
            side = Side.AGAINST;
            weight = 2;
        } else if (isPhrase(words, i, "call", "for") || isPhrase(words, i, "called", "for") || isPhrase(words, i, "calling", "for")
                || isPhrase(words, i, "push", "for") || isPhrase(words, i, "pushed", "for") || isPhrase(words, i, "press", "for")) {
            side = Side.FOR;
        } else if (UNDOING.contains(word) && mentionWithin(mentions, i + 1, i + UNDOING_REACH)) {
            side = Side.AGAINST;
            weight = 1.5;
        }
        if (side == null) {
            return;
        }
        if (negated(words, sentences, i, from)) {
            // "never afraid of", "nothing to fear from": a weak yes; "will not allow": a no
            weight = side == Side.AGAINST ? NEGATED_AGAINST : weight;
            side = side == Side.AGAINST ? Side.FOR : Side.AGAINST;
        }
        cues.add(new Cue(side, weight, span, i));
    }

    /** A negated mention ("no foreign armies", "not a single metre of territory") or an answered one ("armies — no"). */
    private static void mentionCue(Words words, Sentences sentences, IssueMatcher.Mention mention, int from, int to, List<Cue> cues) {
        for (int k = Math.max(from, mention.from() - NEGATION_REACH); k < mention.from(); k++) {
            if (isNegation(words.folded(k)) && !notOnly(words, k) && sameSentence(words, sentences, k, mention.from())) {
                cues.add(new Cue(Side.AGAINST, 1.5, cover(words, k, mention.to() - 1), k));
                return;
            }
        }
        int after = mention.to();
        if (after < to && after < words.size()) {
            String next = words.folded(after);
            if (next.equals("yes")) {
                cues.add(new Cue(Side.FOR, 1.5, cover(words, mention.from(), after), after));
            } else if (next.equals("no") || next.equals("never")) {
                cues.add(new Cue(Side.AGAINST, 1.5, cover(words, mention.from(), after), after));
            }
        }
    }

    private static void condition(String context, Words words, Sentences sentences, int i, int end, List<Condition> conditions) {
        for (List<String> marker : FIRM_CONDITIONS) {
            if (isPhrase(words, i, marker.toArray(String[]::new)) && !isPhrase(words, i, "on", "condition", "of", "anonymity")) {
                int first = MARKER_ONLY.contains(marker.get(0)) ? i + 1 : i;
                conditions.add(new Condition(clause(context, words, sentences, first, end), true));
                return;
            }
        }
        if (LOOSE_CONDITIONS.contains(words.folded(i)) && (i == 0 || !words.folded(i - 1).equals("only")) && !timeFollows(words, i)) {
            boolean awaited = AWAITING.contains(words.folded(i)) && negatedSentence(words, sentences, i);
            conditions.add(new Condition(clause(context, words, sentences, i, end), awaited));
        }
    }

    /** "until Friday", "before the end of the month", "when it meets on 3 May": a time, not a condition. */
    private static boolean timeFollows(Words words, int i) {
        int next = i + 1;
        if (next < words.size() && words.folded(next).equals("the")) {
            next++;
        }
        return next < words.size() && TIME_WORDS.contains(words.folded(next)) || (next < words.size()
                && words.folded(next).chars().allMatch(Character::isDigit));
    }

    private static StanceReading decide(String context, List<Cue> cues, List<Condition> conditions, int anchor) {
        double forWeight = 0;
        double againstWeight = 0;
        boolean negatedFor = false;
        for (Cue cue : cues) {
            if (cue.side() == Side.FOR) {
                forWeight += cue.weight();
            } else {
                againstWeight += cue.weight();
            }
        }
        for (Cue cue : cues) {
            negatedFor |= cue.side() == Side.AGAINST && cue.weight() == 1;
        }
        Condition firm = conditions.stream().filter(Condition::firm).findFirst().orElse(null);
        Condition loose = conditions.stream().filter(condition -> !condition.firm()).findFirst().orElse(null);
        if (firm != null && (forWeight >= againstWeight || negatedFor)) {
            return conditional(context, firm);
        }
        if (loose != null && forWeight > againstWeight) {
            return conditional(context, loose);
        }
        if (forWeight == againstWeight) {
            return StanceReading.UNDECIDED;
        }
        Side winner = forWeight > againstWeight ? Side.FOR : Side.AGAINST;
        Cue evidence = null;
        for (Cue cue : cues) {
            if (cue.side() == winner && (evidence == null || cue.weight() > evidence.weight()
                    || (cue.weight() == evidence.weight() && Math.abs(cue.at() - anchor) < Math.abs(evidence.at() - anchor)))) {
                evidence = cue;
            }
        }
        return new StanceReading(winner == Side.FOR ? Stance.SUPPORTS : Stance.OPPOSES, evidence.span(), null);
    }

    /** Whether a folded word is one the classifier reads as a stance cue (so it cannot name an issue). */
    static boolean isCue(String folded) {
        return FOR.contains(folded) || AGAINST.contains(folded) || UNDOING.contains(folded) || NEGATIONS.contains(folded)
                || LOOSE_CONDITIONS.contains(folded);
    }

    private static StanceReading conditional(String context, Condition condition) {
        return new StanceReading(Stance.CONDITIONAL, condition.span(), condition.span().of(context));
    }

    /** From a condition's first word to the end of its clause (a comma, a dash, a sentence end). */
    private static TextSpan clause(String context, Words words, Sentences sentences, int first, int end) {
        int from = words.get(Math.min(first, words.size() - 1)).span().start();
        int last = Math.min(first, words.size() - 1);
        for (int k = first; k < Math.min(Math.min(end, words.size()), first + CLAUSE_WORDS); k++) {
            if (!sentences.same(from, words.get(k).span().start())) {
                break;
            }
            if (k > first + 2 && breaksClause(context, words.get(k - 1).span().end(), words.get(k).span().start())) {
                break;
            }
            last = k;
        }
        return new TextSpan(from, words.get(last).span().end());
    }

    private static boolean breaksClause(String context, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = context.charAt(c);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '—' || ch == '–' || ch == '(' || ch == ')') {
                return true;
            }
        }
        return false;
    }

    /** Whether a negation comes earlier in word {@code i}'s sentence. */
    private static boolean negatedSentence(Words words, Sentences sentences, int i) {
        int sentence = sentences.indexOf(words.get(i).span().start());
        for (int k = i - 1; k >= Math.max(0, i - CLAUSE_WORDS) && sentences.indexOf(words.get(k).span().start()) == sentence; k--) {
            if (isNegation(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(Words words, Sentences sentences, int i, int from) {
        for (int k = Math.max(from, i - NEGATION_REACH); k < i; k++) {
            if (isNegation(words.folded(k)) && !notOnly(words, k) && sameSentence(words, sentences, k, i)) {
                return true;
            }
        }
        return false;
    }

    /** "not only X" adds to X rather than denying it. */
    private static boolean notOnly(Words words, int k) {
        return k + 1 < words.size() && words.folded(k + 1).equals("only");
    }

    private static boolean isNegation(String folded) {
        return NEGATIONS.contains(folded) || folded.endsWith("n't");
    }

    private static boolean sameSentence(Words words, Sentences sentences, int a, int b) {
        return sentences.same(words.get(a).span().start(), words.get(b).span().start());
    }

    private static boolean mentionWithin(List<IssueMatcher.Mention> mentions, int from, int to) {
        for (IssueMatcher.Mention mention : mentions) {
            if (mention.from() >= from && mention.from() <= to) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPhrase(Words words, int at, String... phrase) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!words.folded(at + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private static TextSpan cover(Words words, int from, int to) {
        return new TextSpan(words.get(from).span().start(), words.get(Math.max(from, to)).span().end());
    }
}
