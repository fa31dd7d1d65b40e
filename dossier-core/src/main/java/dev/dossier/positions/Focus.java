package dev.dossier.positions;

import static dev.dossier.positions.StanceWords.sameSentence;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which words of a statement's context the stance is read in: the reporting frame before the
 * statement, the sentences that name the issue (and the next one, when it refers back to them with a
 * pronoun), and the words of questions, direct or indirect, which take no side (STANCE.md 5.5).
 *
 * <p>Stateless and thread-safe.
 */
final class Focus {

    /** Words of the reporting frame before a statement that are read with it ("rejected", "dismissing ... as"). */
    static final int FRAME_WORDS = 8;
    /** Pronouns that, early in the sentence after one naming the issue, make it about the issue too ("Whether it is signed ..."). */
    private static final Set<String> ANAPHORS = Set.of("it", "they", "them");
    /** How many first words of a sentence are looked at for a pronoun that refers back. */
    static final int ANAPHORA_WORDS = 3;
    /** Verbs of asking that, before "if" or "whether" and the statement, make it a question ("asked Trump if he would ..."). */
    private static final Set<String> ASKING = Set.of("ask", "asked", "asking", "asks", "wonder", "wondered", "wondering", "question", "questioned");

    private Focus() {}

    /**
     * The first word of the reporting frame: up to {@link #FRAME_WORDS} words before the statement
     * in its sentence, but not past a speech verb ("called the news 'right' and said [the alliance
     * would ...]"): what comes before the verb is its subject or another clause.
     */
    static int frameStart(Words words, Sentences sentences, int start) {
        int frameStart = start;
        while (frameStart > 0 && start - frameStart < FRAME_WORDS
                && sentences.same(words.get(frameStart - 1).span().start(), words.get(Math.min(start, words.size() - 1)).span().start())
                && !(frameStart < start && Speakers.SPEECH.contains(words.folded(frameStart)))) {
            frameStart--;
        }
        if (frameStart < start && Speakers.SPEECH.contains(words.folded(frameStart))
                && (frameStart + 1 == start || (frameStart + 2 == start && words.folded(frameStart + 1).equals("that")))) {
            return frameStart + 1; // "he insisted [that] ...": the verb only reports
        }
        return frameStart;
    }

    /** The words to read: the sentences that name the issue, or the whole statement when none does. */
    static boolean[] namedSentences(Words words, Sentences sentences, int from, int to, List<IssueMatcher.Mention> mentions) {
        Set<Integer> named = new HashSet<>();
        for (IssueMatcher.Mention mention : mentions) {
            named.add(sentences.indexOf(words.get(mention.from()).span().start()));
        }
        for (int i = from; i < to; i++) {
            int sentence = sentences.indexOf(words.get(i).span().start());
            if (named.contains(sentence - 1) && !named.contains(sentence) && (i == 0 || sentences.indexOf(words.get(i - 1).span().start()) < sentence)
                    && refersBack(words, sentences, i)) {
                named.add(sentence);
            }
        }
        boolean[] focus = new boolean[words.size()];
        for (int i = from; i < to; i++) {
            focus[i] = named.isEmpty() || named.contains(sentences.indexOf(words.get(i).span().start()));
        }
        return focus;
    }

    /**
     * The words of a clause after a "but" that turns to another subject: every mention of the
     * issue in its sentence comes before the "but", and no pronoun after it refers back ("I oppose
     * abortion, but I think the clinic does a lot of good": the good is the clinic's, not the
     * issue's). A clause that refers back still speaks of the issue ("we back the plan, but it comes
     * too late"). Its words are no cues on the issue; a condition there still conditions it ("we
     * back the plan, but only after the vote").
     */
    static boolean[] otherButClauses(Words words, Sentences sentences, int from, int to, List<IssueMatcher.Mention> mentions) {
        boolean[] other = new boolean[words.size()];
        for (int i = from; i < to; i++) {
            if (!words.folded(i).equals("but")) {
                continue;
            }
            int but = i;
            boolean before = false;
            boolean after = false;
            for (IssueMatcher.Mention mention : mentions) {
                if (sameSentence(words, sentences, but, mention.from())) {
                    before |= mention.from() < but;
                    after |= mention.from() > but;
                }
            }
            if (!before || after) {
                continue;
            }
            int last = but;
            boolean refers = false;
            while (last + 1 < to && sameSentence(words, sentences, but, last + 1)) {
                last++;
                refers |= ANAPHORS.contains(words.folded(last));
            }
            if (!refers) {
                Arrays.fill(other, but + 1, last + 1, true);
                i = last; // a later "but" of this clause would mark a part of it again
            }
        }
        return other;
    }

    /** Whether the sentence that starts at word {@code first} refers back with a pronoun among its first words ("Whether it is signed ..."). */
    private static boolean refersBack(Words words, Sentences sentences, int first) {
        for (int k = first; k < Math.min(words.size(), first + ANAPHORA_WORDS) && sameSentence(words, sentences, first, k); k++) {
            if (ANAPHORS.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of questions, and of indirect questions after "whether" to the end of their clause
     * ("would decide on Thursday whether to go ahead with new sanctions"): an open question takes
     * no side (STANCE.md 5.5, a real question is neutral).
     */
    static boolean[] questions(String context, Words words, Sentences sentences, int from, int to) {
        boolean[] asked = new boolean[words.size()];
        for (int i = from; i < to; i++) {
            int sentence = sentences.indexOf(words.get(i).span().start());
            int k = i;
            while (k + 1 < words.size() && sentences.indexOf(words.get(k + 1).span().start()) == sentence) {
                k++;
            }
            int after = words.get(k).span().end();
            while (after < context.length() && !Character.isWhitespace(context.charAt(after)) && context.charAt(after) != '?'
                    && !Character.isLetterOrDigit(context.charAt(after))) {
                after++;
            }
            boolean question = after < context.length() && context.charAt(after) == '?';
            for (int j = i; j <= k && j < to; j++) {
                asked[j] = question;
            }
            i = k;
        }
        boolean[] wondered = whetherClauses(context, words, sentences, from, to);
        for (int i = from; i < to; i++) {
            asked[i] |= wondered[i];
        }
        return asked;
    }

    /**
     * The words of indirect questions, from "whether" to the end of its clause ("would decide on Thursday whether to go
     * ahead with new sanctions"), but not of a "whether" clause that is a sentence's subject ("whether it is signed
     * depends on Korvask").
     */
    static boolean[] whetherClauses(String context, Words words, Sentences sentences, int from, int to) {
        boolean[] wondered = new boolean[words.size()];
        for (int i = from; i < to; i++) {
            if (words.folded(i).equals("whether")) {
                int last = words.firstFrom(Conditions.clause(context, words, sentences, i, to).end()) - 1;
                for (int j = i + 1; j <= last; j++) {
                    if (words.folded(j).equals("depend") || words.folded(j).equals("depends")) {
                        last = j - 1; // "whether it is signed depends on Korvask": the clause is a subject, not a question
                        break;
                    }
                }
                for (int j = i; j <= last && j < to; j++) {
                    wondered[j] = true;
                }
            }
        }
        return wondered;
    }

    /**
     * Whether every mention of the issue lies in an open question that the statement's own words pose and nothing in it
     * answers: "supported localities deciding whether the $15 minimum wage is right for them" backs the deciding, not
     * the wage. A "whether" that a condition governs ("depends on whether the observers come") still sets a term.
     */
    static boolean onlyWondered(String context, Words words, Sentences sentences, int start, int end,
            List<IssueMatcher.Mention> mentions) {
        if (mentions.isEmpty()) {
            return false;
        }
        boolean[] wondered = whetherClauses(context, words, sentences, start, end);
        for (IssueMatcher.Mention mention : mentions) {
            int at = mention.from();
            if (at < start || at >= end || !wondered[at]) {
                return false;
            }
            int marker = at;
            while (marker > start && !words.folded(marker).equals("whether")) {
                marker--;
            }
            if (marker > 0 && words.folded(marker - 1).equals("on")) {
                return false;
            }
        }
        return true;
    }

    /** "Hannity asked Trump if he would deport ...": a statement that is the clause of an indirect question takes no side. */
    static boolean askedIf(Words words, int start) {
        if (start == 0 || start >= words.size() || !(words.folded(start - 1).equals("if") || words.folded(start - 1).equals("whether"))) {
            return false;
        }
        for (int k = start - 2; k >= Math.max(0, start - 5); k--) {
            if (ASKING.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }
}
