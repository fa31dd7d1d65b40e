package dev.dossier.positions;

import static dev.dossier.positions.StanceWords.AGAINST;
import static dev.dossier.positions.StanceWords.AIMS;
import static dev.dossier.positions.StanceWords.BLAME;
import static dev.dossier.positions.StanceWords.CLAUSE_WORDS;
import static dev.dossier.positions.StanceWords.DOING;
import static dev.dossier.positions.StanceWords.FOR;
import static dev.dossier.positions.StanceWords.NEGATION_REACH;
import static dev.dossier.positions.StanceWords.OWN_DETERMINERS;
import static dev.dossier.positions.StanceWords.PASSIVE;
import static dev.dossier.positions.StanceWords.PRAISE;
import static dev.dossier.positions.StanceWords.REPORTING_DETERMINERS;
import static dev.dossier.positions.StanceWords.UNDOING;
import static dev.dossier.positions.StanceWords.UNDOING_REACH;
import static dev.dossier.positions.StanceWords.cover;
import static dev.dossier.positions.StanceWords.isNegation;
import static dev.dossier.positions.StanceWords.mentionWithin;
import static dev.dossier.positions.StanceWords.sameSentence;

import dev.dossier.model.TextSpan;
import dev.dossier.positions.Cue.Side;
import java.util.List;
import java.util.Set;

/**
 * The cues in the words around the issue's mentions, and what turns them: a cue word for or against,
 * a threat ("legitimate target", "red line"), an undoing or doing verb with the issue as its object
 * ("lift the sanctions", "send 400 observers"), an idiom, a negated or answered mention ("no foreign
 * armies", "armies — no"), and a warning that reports the statement. A negation before a cue turns
 * it ("will not allow"), and so does a verb of criticising, whose object's position the speaker
 * takes the contrary of ("blasted Rubio for his support of"). {@link FalseCues} tells the cue words
 * that take no side where they stand; {@link Idioms} reads the phrases.
 *
 * <p>Stateless and thread-safe.
 */
final class Cues {

    /**
     * Verbs of criticising somebody for a position ("blasted Rubio for his support of", "condemning Trump's call for"):
     * a cue after them in their clause is the criticised party's, which the speaker takes the contrary of.
     */
    private static final Set<String> CRITICISING = Set.of(
            "criticise", "criticised", "criticising", "criticize", "criticized", "criticizing", "condemn", "condemned",
            "condemning", "denounce", "denounced", "denouncing", "blast", "blasted", "blasting", "slam", "slammed", "slamming",
            "rebuke", "rebuked", "rebuking", "decry", "decried", "decrying", "attack", "attacked", "attacking", "lambaste",
            "lambasted", "lambasting", "mock", "mocked", "mocking", "fault", "faulted", "chide", "chided", "scold", "scolded",
            "questioned", "questioning");
    /** How far after a verb of criticising its object's position reaches ("criticized Marco Rubio for opposing"). */
    static final int CRITICISM_REACH = 6;
    /** Verbs of refusing that, before "to", negate the verb they govern ("refused to pledge to release"). */
    private static final Set<String> REFUSING = Set.of(
            "refuse", "refused", "refusing", "decline", "declined", "declining", "fail", "failed", "failing");
    /** The weight of a negated cue against ("not afraid of"): a weaker yes than a plain one. */
    static final double NEGATED_AGAINST = 0.75;
    /** The weight of an evaluative word: a judgement of the thing, weaker than a direct cue. */
    static final double EVALUATIVE = 0.5;
    /** Nouns after "humanitarian" that praise a motive ("for humanitarian reasons"), unlike "humanitarian access". */
    private static final Set<String> HUMANITARIAN_MOTIVES = Set.of("reason", "gesture", "act", "ground", "spirit", "step", "decision");
    /** Nouns of undoing, folded, that are no cue alone but that an undoing verb undoes ("stop the deportations of ..."). */
    private static final Set<String> UNDOING_NOUNS = Set.of("deportation");
    /** How far before a mention a doing verb reaches ("floated the idea of an unarmed observer mission"). */
    static final int DOING_REACH = 6;
    /** Verbs of warning that report a statement ("warned that ..."). */
    private static final Set<String> WARNING = Words.foldAll("warn", "warned", "warns", "warning", "cautioned", "cautions");
    /** Words after a "no" mention that make it a schedule, not a refusal ("there is no meeting planned"). */
    private static final Set<String> SCHEDULED = Set.of("planned", "scheduled", "foreseen", "arranged", "yet");
    /** Subjects before "is not" that deny a mention's relevance, not the mention ("the issue is not the meeting itself"). */
    private static final Set<String> RELEVANCE = Set.of("issue", "problem", "question", "point");
    /** Words before a bare "no" that make it an answer ("is no", "say no"). */
    private static final Set<String> ANSWERING = Set.of("is", "was", "say", "said", "says", "saying", "answer");
    /** Words after a negation that make it add rather than deny ("not only", "not just"). */
    private static final Set<String> ADDING = Set.of("only", "just", "merely", "simply");
    /**
     * Nouns of somebody's stated position that, as the object of a verb of criticising, put the position's whole
     * clause under the criticism ("denounced suggestions ... that they would deport ... and erect a wall").
     */
    private static final Set<String> POSITION_NOUNS = Set.of(
            "suggestion", "proposal", "plan", "call", "idea", "remark", "statement", "comment", "rhetoric", "promise", "pledge",
            "policy", "position", "stance", "plea", "push", "demand", "effort", "attempt", "bid", "decision", "vow", "threat",
            "talk", "claim", "agenda", "vision", "scheme", "need");

    /** Words between a determiner and a position noun that only stress it ("questioned the very need for"). */
    private static final Set<String> INTENSIFIERS = Set.of("very", "whole", "entire", "so-called", "latest", "new");

    private Cues() {}

    /**
     * Adds the cue at word {@code i}, if it is one: a cue word for or against that is not a false one, or one of the
     * phrases, verbs and idioms tried in turn after them; then turns it for a verb of criticising before it, or for a
     * negation.
     */
    static void wordCue(Words words, Sentences sentences, int i, int from, List<IssueMatcher.Mention> mentions, boolean exclusive,
            List<Cue> cues) {
        String word = words.folded(i);
        TextSpan span = words.get(i).span();
        Side side = null;
        double weight = 1;
        boolean turned = false;
        if (FOR.contains(word)) {
            side = Side.FOR;
            if (FalseCues.isFalseFor(words, sentences, i, mentions)) {
                return;
            }
        } else if (AGAINST.contains(word)) {
            side = Side.AGAINST;
            if (FalseCues.isFalseAgainst(words, sentences, i, mentions)) {
                return;
            }
        } else if (words.isPhrase(i, "rule", "out") || words.isPhrase(i, "ruled", "out") || words.isPhrase(i, "rules", "out")
                || words.isPhrase(i, "red", "line") || words.isPhrase(i, "out", "of", "the", "question")
                || words.isPhrase(i, "act", "of", "war")) {
            side = Side.AGAINST;
        } else if (words.isPhrase(i, "legitimate", "target")) {
            side = Side.AGAINST;
            weight = 2;
        } else if (words.isPhrase(i, "call", "for") || words.isPhrase(i, "called", "for") || words.isPhrase(i, "calling", "for")
                || words.isPhrase(i, "push", "for") || words.isPhrase(i, "pushed", "for") || words.isPhrase(i, "press", "for")
                || Idioms.callingOn(words, sentences, i)) {
            if (FalseCues.reportedNoun(words, i) || FalseCues.reducedRelative(words, i)) {
                return;
            }
            side = Side.FOR;
        } else if (words.isPhrase(i, "without", "precondition") || words.isPhrase(i, "without", "condition")) {
            side = Side.FOR;
            weight = 1.5;
        } else if ((word.equals("condition") || word.equals("precondition")) && Conditions.conditionMet(words, i)) {
            side = Side.FOR;
        } else if (refusal(words, sentences, i)) {
            side = Side.AGAINST;
            weight = 2;
        } else if ((UNDOING.contains(word) || words.isPhrase(i, "give", "up") || words.isPhrase(i, "gave", "up")
                || words.isPhrase(i, "giving", "up") || Idioms.tearingUp(words, i) || Idioms.throwingOut(words, i) || Idioms.closing(words, i)
                || Idioms.exiting(words, i))
                && (mentionWithin(mentions, i + 1, i + undoingReach(words, i)) || undoingInside(words, sentences, i, mentions))) {
            if (undoneBy(words, sentences, i, mentions)) {
                return; // "lift the ban on observers": the outer verb reads both
            }
            boolean undoesUndoing = undoingInside(words, sentences, i, mentions);
            side = undoesUndoing ? Side.FOR : Side.AGAINST;
            weight = 1.5;
            turned = !undoesUndoing;
        } else if (DOING.contains(word) && passiveAfterMention(words, i, mentions)) {
            side = Side.FOR; // "up to 400 observers could be deployed"
        } else if (UNDOING.contains(word) && passiveAfterMention(words, i, mentions)) {
            side = Side.AGAINST;
            weight = 1.5;
            turned = true;
        } else if ((DOING.contains(word) || words.isPhrase(i, "set", "up") || words.isPhrase(i, "set", "in", "motion"))
                && mentionWithin(mentions, i + 1, i + DOING_REACH) && sameSentence(words, sentences, i, Math.min(words.size() - 1, i + 1))
                && !(i >= 2 && words.folded(i - 1).equals("to") && FalseCues.reportedNoun(words, i - 2))
                && !(i >= 1 && (words.folded(i - 1).equals("a") || words.folded(i - 1).equals("an"))) // "a host of taxes": a noun
                && !FalseCues.wishOverUndoing(words, sentences, i)) {
            side = Side.FOR;
        } else if (exclusive && Idioms.inclusion(words, i, mentions)) {
            side = Side.AGAINST;
            weight = 1.5;
        } else if (Idioms.forIdiom(words, i) || Idioms.yieldingGround(words, sentences, i)) {
            side = Side.FOR;
        } else if (Idioms.againstIdiom(words, i)) {
            side = Side.AGAINST;
        } else if (PRAISE.contains(word) || (word.equals("humanitarian") && i + 1 < words.size()
                && HUMANITARIAN_MOTIVES.contains(words.folded(i + 1)))) {
            side = Side.FOR;
            weight = EVALUATIVE;
        } else if (BLAME.contains(word)) {
            side = Side.AGAINST;
            weight = EVALUATIVE;
        }
        if (side == null) {
            return;
        }
        int critic = criticisedFor(words, sentences, i, from);
        if (critic >= 0) {
            // "blasted Rubio for his support of ...": the criticised party's cue, turned for the critic; the verb of
            // criticising is then no cue of its own (its object is the party, the stance is in the turned position).
            // "mocked Rubio for not supporting ...": the party's negated cue, so the critic's is the cue itself
            Side party = negated(words, sentences, i, critic + 1) ? side.opposite() : side;
            cues.removeIf(cue -> cue.at() == critic);
            cues.add(new Cue(party.opposite(), party == Side.AGAINST ? NEGATED_AGAINST : weight, span, i, party == Side.FOR));
            return;
        }
        int wish = UNDOING.contains(word) ? FalseCues.wishBefore(words, sentences, i, from) : -1;
        if (negated(words, sentences, i, from) || (wish >= 0 && negated(words, sentences, wish, from))) {
            // "never afraid of", "nothing to fear from": a weak yes; "will not allow": a no
            weight = side == Side.AGAINST ? NEGATED_AGAINST : weight;
            turned = side == Side.FOR;
            side = side.opposite();
        }
        cues.add(new Cue(side, weight, span, i, turned));
    }

    /** A negated mention ("no foreign armies", "not a single metre of territory") or an answered one ("armies — no"). */
    static void mentionCue(Words words, Sentences sentences, IssueMatcher.Mention mention, int from, int to, List<Cue> cues) {
        for (int k = Math.max(from, mention.from() - NEGATION_REACH); k < mention.from(); k++) {
            if (isNegation(words.folded(k)) && !notOnly(words, k) && sameSentence(words, sentences, k, mention.from())
                    && !scopeBroken(words, k, mention.from())) {
                if (scheduleOnly(words, k, mention) || relevanceDenied(words, k) || undoingBetween(words, k, mention.from())) {
                    return;
                }
                // "mocked Rubio for not releasing his tax returns": the criticised party's no, the critic's yes
                boolean criticised = criticisedFor(words, sentences, k, from) >= 0;
                cues.add(new Cue(criticised ? Side.FOR : Side.AGAINST, 1.5, cover(words, k, mention.to() - 1), k, !criticised));
                return;
            }
        }
        int after = mention.to();
        if (after < to && after < words.size()) {
            String next = words.folded(after);
            if (next.equals("yes")) {
                cues.add(new Cue(Side.FOR, 1.5, cover(words, mention.from(), after), after, false));
            } else if (next.equals("no") || next.equals("never")) {
                cues.add(new Cue(Side.AGAINST, 1.5, cover(words, mention.from(), after), after, false));
            }
        }
    }

    /**
     * "must not repeal the law", "will never lift the sanctions": an undoing verb between a negation and the issue
     * takes the negation, and its own cue reads both.
     */
    private static boolean undoingBetween(Words words, int negation, int mention) {
        for (int k = negation + 1; k < mention; k++) {
            if (UNDOING.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Brask warned that the declaration 'freezes the line'": a warning verb that reports the statement, or -1. What a speaker
     * warns of is what the speaker is against; a warning with a condition is a threat, which the conditions read.
     */
    static int warningBefore(Words words, Sentences sentences, int start) {
        int verb = start - 1;
        if (verb >= 0 && words.folded(verb).equals("that")) {
            verb--;
        }
        return verb >= 0 && start < words.size() && WARNING.contains(words.folded(verb)) && sameSentence(words, sentences, verb, start)
                ? verb : -1;
    }

    private static boolean negated(Words words, Sentences sentences, int i, int from) {
        for (int k = Math.max(from, i - NEGATION_REACH); k < i; k++) {
            if ((isNegation(words.folded(k)) || refusingTo(words, k)) && !notOnly(words, k) && sameSentence(words, sentences, k, i)
                    && !scopeBroken(words, k, i)) {
                return true;
            }
        }
        return false;
    }

    /** "refused to", "declined to": a verb of refusing that negates the verb it governs. */
    private static boolean refusingTo(Words words, int k) {
        return REFUSING.contains(words.folded(k)) && k + 1 < words.size() && words.folded(k + 1).equals("to");
    }

    /** "not only X", "not just X" add to X rather than deny it. */
    private static boolean notOnly(Words words, int k) {
        return k + 1 < words.size() && ADDING.contains(words.folded(k + 1));
    }

    /** A "but" or a comma between a negation and a word ends the negation's reach ("not speeches, but buses"). */
    private static boolean scopeBroken(Words words, int negation, int i) {
        for (int k = negation + 1; k < i; k++) {
            if (words.folded(k).equals("but")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether cue {@code i} states the position somebody is criticised for: a verb of criticising before it in its
     * sentence, with "for" or a possessive between them ("criticized Bush for backing", "condemning Trump's call for a
     * ban"), and not the criticising verb itself.
     */
    private static int criticisedFor(Words words, Sentences sentences, int i, int from) {
        for (int k = i - 1; k >= Math.max(from, i - CLAUSE_WORDS) && sameSentence(words, sentences, k, i); k--) {
            if (CRITICISING.contains(words.folded(k))) {
                if (positionCriticised(words, k)) {
                    return k; // "denounced suggestions by ... that they would deport ...": the whole position
                }
                if (i - k > CRITICISM_REACH) {
                    return -1;
                }
                for (int j = k + 1; j < i; j++) {
                    String text = words.get(j).text();
                    if (words.folded(j).equals("for") || text.endsWith("'s") || text.endsWith("’s")) {
                        return k;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * "denounced suggestions", "condemning the plan", "questioned the very need for": a verb of criticising whose object
     * is a stated position.
     */
    private static boolean positionCriticised(Words words, int verb) {
        for (int k = verb + 1; k <= Math.min(words.size() - 1, verb + 4); k++) {
            if (POSITION_NOUNS.contains(words.folded(k))) {
                return true;
            }
            String text = words.get(k).text();
            if (!REPORTING_DETERMINERS.contains(words.folded(k)) && !OWN_DETERMINERS.contains(words.folded(k))
                    && !INTENSIFIERS.contains(words.folded(k)) && !text.endsWith("'s") && !text.endsWith("’s")
                    && !Character.isUpperCase(text.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** A bare "no" given as an answer ("our answer is no", "we say no to armies"), not negating a word of its own. */
    private static boolean refusal(Words words, Sentences sentences, int i) {
        if (!words.folded(i).equals("no") || i == 0 || !ANSWERING.contains(words.folded(i - 1))) {
            return false;
        }
        for (int k = Math.max(0, i - 1 - NEGATION_REACH); k < i - 1; k++) {
            if (isNegation(words.folded(k)) && sameSentence(words, sentences, k, i)) {
                return false; // "neither of them said no"
            }
        }
        return i + 1 >= words.size() || !sameSentence(words, sentences, i, i + 1) || words.folded(i + 1).equals("to");
    }

    /**
     * Whether the undoing verb at {@code i} has another undoing word for its object, a few words on in its sentence with
     * no mention between, that reaches a mention ("lift the ban on observers", "end the suspension of the summit", "stop
     * the deportations of ..."): undoing what undoes the issue backs it.
     */
    private static boolean undoingInside(Words words, Sentences sentences, int i, List<IssueMatcher.Mention> mentions) {
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + UNDOING_REACH); k++) {
            if (!sameSentence(words, sentences, i, k) || mentionWithin(mentions, i + 1, k)) {
                return false;
            }
            String word = words.folded(k);
            if ((UNDOING.contains(word) || UNDOING_NOUNS.contains(word)) && mentionWithin(mentions, k + 1, k + undoingReach(words, k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the undoing word at {@code i} is the object of an undoing verb before it, which reads both ("lift the ban"). */
    private static boolean undoneBy(Words words, Sentences sentences, int i, List<IssueMatcher.Mention> mentions) {
        for (int k = i - 1; k >= Math.max(0, i - UNDOING_REACH); k--) {
            if (!sameSentence(words, sentences, k, i) || mentionWithin(mentions, k, i - 1)) {
                return false;
            }
            if (UNDOING.contains(words.folded(k))) {
                return undoingInside(words, sentences, k, mentions);
            }
        }
        return false;
    }

    /** An undoing verb in the passive after the issue ("that sanctions ... be lifted", "the summit was postponed"). */
    private static boolean passiveAfterMention(Words words, int i, List<IssueMatcher.Mention> mentions) {
        if (i == 0 || !PASSIVE.contains(words.folded(i - 1))) {
            return false;
        }
        for (IssueMatcher.Mention mention : mentions) {
            if (mention.to() <= i - 1 && mention.to() >= i - 1 - UNDOING_REACH * 2) {
                return true;
            }
        }
        return false;
    }

    /** An undoing word inside one mention whose object is another ("renunciation" + "of NATO membership"). */
    static boolean undoingBeforeMention(Words words, int i, List<IssueMatcher.Mention> mentions) {
        if (!UNDOING.contains(words.folded(i))) {
            return false;
        }
        for (IssueMatcher.Mention mention : mentions) {
            if (mention.from() > i && mention.from() <= i + undoingReach(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** How far an undoing verb reaches: further over an aim it gives up on ("abandon its ambition to join"). */
    private static int undoingReach(Words words, int i) {
        if (Idioms.exiting(words, i)) {
            return UNDOING_REACH + 3; // "out of the North American Free Trade Agreement": a name's words come first
        }
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + UNDOING_REACH); k++) {
            if (AIMS.contains(words.folded(k))) {
                return UNDOING_REACH + 3;
            }
        }
        return UNDOING_REACH;
    }

    /** "there is no meeting planned": a "no" before a mention and a word of schedule after it tells the agenda, not a refusal. */
    private static boolean scheduleOnly(Words words, int negation, IssueMatcher.Mention mention) {
        return words.folded(negation).equals("no") && mention.to() < words.size() && SCHEDULED.contains(words.folded(mention.to()));
    }

    /** "the issue is not the meeting itself": denies that the mention is the problem, it does not refuse it. */
    private static boolean relevanceDenied(Words words, int negation) {
        return words.folded(negation).equals("not") && negation >= 2 && PASSIVE.contains(words.folded(negation - 1))
                && RELEVANCE.contains(words.folded(negation - 2));
    }
}
