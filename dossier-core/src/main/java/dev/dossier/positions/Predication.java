package dev.dossier.positions;

import static dev.dossier.positions.StanceWords.AGAINST;
import static dev.dossier.positions.StanceWords.BLAME;
import static dev.dossier.positions.StanceWords.DOING;
import static dev.dossier.positions.StanceWords.FOR;
import static dev.dossier.positions.StanceWords.MODALS;
import static dev.dossier.positions.StanceWords.PRAISE;
import static dev.dossier.positions.StanceWords.RELATIVES;
import static dev.dossier.positions.StanceWords.UNDOING;
import static dev.dossier.positions.StanceWords.UNDOING_REACH;
import static dev.dossier.positions.StanceWords.breaksClause;
import static dev.dossier.positions.StanceWords.isNegation;
import static dev.dossier.positions.StanceWords.sameSentence;

import dev.dossier.positions.Cue.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A judgement said of the issue's mention as the subject of its clause ("the plan is sensible", "a
 * wall is not going to keep people away", "the deal has been a disaster"): a cue that weighs more
 * than a cue word, as an answer does. The word lists here are read only in such a predicate.
 *
 * <p>Stateless and thread-safe.
 */
final class Predication {

    /**
     * Adjectives and nouns that judge the thing they are said of, used only in a predicate of the issue's mention
     * ("the plan is sensible", "a wall is not a practical answer"); the cue words for and against count there too.
     */
    private static final Set<String> GOOD_PREDICATES = Set.of(
            "sensible", "smart", "wise", "reasonable", "fair", "humane", "decent", "neighborly", "neighbourly", "great",
            "excellent", "effective", "practical", "realistic", "workable", "affordable", "legitimate", "popular", "best",
            "better", "fine", "moral", "just", "safe", "safer", "answer", "solution", "fix", "remedy", "lifeline", "win",
            "victory", "model", "achievement");
    /** Adjectives and nouns that blame the thing they are said of ("a bad idea"); also read in a hedged object ("reject bad deals"). */
    static final Set<String> BAD_PREDICATES = Set.of(
            "bad", "terrible", "horrible", "awful", "provocative", "unfair", "unconstitutional", "un-american", "racist",
            "bigoted", "offensive", "outrageous", "ineffective", "unworkable", "unaffordable", "counterproductive", "immoral",
            "cruel", "unjust", "shameful", "disgrace", "joke", "fantasy", "fiction", "gimmick", "mess", "catastrophe", "fraud",
            "lie", "waste", "nightmare", "job-killer", "killer", "worst", "wrong-headed", "unnecessary", "unworthy",
            "impractical", "expensive", "costly", "unsafe", "problem");
    /** Verbs of working that, in a predicate of the issue, say it does its job ("a wall will not keep them out"). */
    private static final Set<String> EFFICACY = Words.foldAll(
            "work", "works", "worked", "help", "helps", "helped", "keep", "keeps", "stop", "stops", "solve", "solves", "fix",
            "fixes", "prevent", "prevents", "protect", "protects", "deter", "deters", "succeed", "succeeds", "reduce", "reduces",
            "save", "saves");
    /** Verbs of harm that, in a predicate of the issue, say it does damage ("the law hurts workers"). */
    private static final Set<String> HARMING = Words.foldAll(
            "hurt", "hurts", "hurting", "harm", "harms", "harming", "destroy", "destroys", "damage", "damages", "backfire",
            "backfired", "kill", "kills");
    /** Auxiliaries of a predicate after the issue's mention ("is not going to", "will", "has been"). */
    private static final Set<String> PREDICATE_VERBS = Words.foldAll(
            "is", "are", "was", "were", "be", "been", "will", "would", "could", "can", "may", "might", "does", "do", "did",
            "has", "have", "had", "going", "to", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "couldn't",
            "can't", "cannot", "doesn't", "don't", "didn't", "hasn't", "haven't", "not", "never", "just", "simply", "really",
            "also", "certainly", "clearly", "surely", "probably", "ever", "still");
    /** Auxiliaries that make a predicate finite: one of them must follow the mention ("a wall is", "the law will"). */
    private static final Set<String> FINITE = Words.foldAll(
            "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "does", "do", "did", "has", "have",
            "had", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "couldn't", "can't", "cannot", "doesn't",
            "don't", "didn't", "hasn't", "haven't");
    /** Words skipped inside a predicate: articles and intensifiers ("is a very bad idea"). */
    private static final Set<String> PREDICATE_FILLERS = Set.of(
            "a", "an", "the", "very", "so", "too", "really", "totally", "completely", "absolutely", "just", "simply", "truly",
            "most", "more", "pretty", "quite", "utterly", "entirely", "extremely", "incredibly", "such", "and", "or", "only",
            "all", "nothing", "idea", "thing", "policy", "plan", "way", "step", "approach", "one");
    /** Words that end a predicate: a new clause or a purpose ("a neighborly idea [to stop ...]"). */
    private static final Set<String> PREDICATE_ENDS = Set.of(
            "that", "which", "who", "because", "if", "when", "while", "unless", "since", "to", "for", "as", "than", "whether",
            "of", "in", "on", "at", "by", "with", "from", "about");
    /** How far after the mention a predicate's auxiliary may come ("the idea of deporting 11 million people [is]"). */
    static final int SUBJECT_REACH = 3;
    /** The weight of a judgement predicated of the issue: stronger than a cue word, as an answer is. */
    static final double PREDICATED = 1.5;
    /** How far a predicate is read after its auxiliaries. */
    static final int PREDICATE_WORDS = 8;

    private Predication() {}

    /**
     * Adds, as a cue, a judgement predicated of the issue's mention as the subject of its clause: an auxiliary after it, then an adjective
     * or noun that praises or blames ("a wall is not a provocative, but a neighborly idea", "the deal has been a
     * disaster"), or a verb of working or of harm ("a wall is not going to keep people away", "the law hurts workers").
     * A negation among the auxiliaries turns it, and so does an undoing verb before the mention ("the idea of deporting
     * 11 million people is absurd" is for letting them stay). After "but" the later judgement counts. The judgement's
     * words, and the undoing verb, are marked {@code predicated}: they are read here, not again as cues.
     */
    static void find(String context, Words words, Sentences sentences, IssueMatcher.Mention mention, int end,
            boolean[] predicated, List<Cue> cues) {
        int j = mention.to();
        while (j < end && j - mention.to() < SUBJECT_REACH && !FINITE.contains(words.folded(j))) {
            String word = words.folded(j);
            if (StanceClassifier.isCue(word) || DOING.contains(word) || RELATIVES.contains(word) || word.equals("and") || word.equals("or")
                    || word.equals("but") || !sameSentence(words, sentences, mention.from(), j)
                    || breaksClause(context, words.get(j - 1).span().end(), words.get(j).span().start())) {
                return;
            }
            j++;
        }
        if (j >= end || !FINITE.contains(words.folded(j)) || !sameSentence(words, sentences, mention.from(), j)
                || breaksClause(context, words.get(j - 1).span().end(), words.get(j).span().start())) {
            return;
        }
        boolean negated = false;
        while (j < end && PREDICATE_VERBS.contains(words.folded(j)) && sameSentence(words, sentences, mention.from(), j)) {
            negated |= isNegation(words.folded(j));
            j++;
        }
        if (j >= end || !sameSentence(words, sentences, mention.from(), j)) {
            return;
        }
        Side side = null;
        int decisive = j;
        List<Integer> judged = new ArrayList<>();
        String first = words.folded(j);
        if (EFFICACY.contains(first) || first.equals("working")) {
            side = Side.FOR;
            judged.add(j);
        } else if (HARMING.contains(first)) {
            side = Side.AGAINST;
            judged.add(j);
        } else {
            for (int k = j; k < Math.min(end, j + PREDICATE_WORDS) && sameSentence(words, sentences, j, k); k++) {
                String word = words.folded(k);
                if (PREDICATE_ENDS.contains(word)) {
                    break;
                }
                if (word.equals("but")) {
                    if (side != null) {
                        side = null; // "not a provocative, but a neighborly idea": the later judgement counts
                        negated = false;
                    }
                    continue;
                }
                if (PREDICATE_FILLERS.contains(word)) {
                    continue;
                }
                Side judgement = Idioms.againstPhraseInMention(words, k) ? Side.AGAINST
                        : GOOD_PREDICATES.contains(word) || PRAISE.contains(word) || (FOR.contains(word) && !MODALS.contains(word))
                        ? Side.FOR : BAD_PREDICATES.contains(word) || AGAINST.contains(word) || BLAME.contains(word) ? Side.AGAINST : null;
                if (judgement != null) {
                    if (side == null) {
                        side = judgement;
                        decisive = k;
                    }
                    judged.add(k);
                    if (Idioms.againstPhraseInMention(words, k)) {
                        judged.add(++k); // "legitimate targets", "a red line": a threat, whatever its first word
                    }
                }
            }
        }
        if (side == null) {
            return;
        }
        boolean undone = false;
        for (int k = Math.max(0, mention.from() - UNDOING_REACH); k < mention.from(); k++) {
            if (UNDOING.contains(words.folded(k)) && sameSentence(words, sentences, k, mention.from())) {
                undone = true;
                predicated[k] = true;
            }
        }
        for (int k : judged) {
            predicated[k] = true;
        }
        boolean turned = negated && side == Side.FOR;
        if (negated != undone) {
            side = side.opposite();
        }
        cues.add(new Cue(side, PREDICATED, words.get(decisive).span(), decisive, turned));
    }
}
