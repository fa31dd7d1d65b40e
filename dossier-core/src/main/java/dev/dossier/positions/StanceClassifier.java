package dev.dossier.positions;

import static dev.dossier.positions.StanceWords.AGAINST;
import static dev.dossier.positions.StanceWords.FOR;
import static dev.dossier.positions.StanceWords.NEGATIONS;
import static dev.dossier.positions.StanceWords.UNDOING;

import dev.dossier.model.Issue;
import dev.dossier.model.Stance;
import dev.dossier.model.StanceReading;
import dev.dossier.model.TextSpan;
import dev.dossier.positions.Cue.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
 * <p>This class runs the rules in order and decides; the rules live in package-private classes, one
 * per part of the reading: {@link Focus} chooses the words to read, {@link Conditions} finds and
 * weighs the conditions, {@link Predication} reads a judgement said of the issue, and {@link Cues}
 * reads the cue words and the issue's mentions, with {@link FalseCues} for cue words that take no
 * side where they stand and {@link Idioms} for phrases whose stance is not in their words. They share
 * the lexicon of {@link StanceWords}.
 *
 * <p>Stateless and thread-safe.
 */
public final class StanceClassifier {

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
        return read(Context.of(context), statement, issue);
    }

    /**
     * The stance, if the statement or its reporting frame names the issue; else empty: the
     * statement is not about it.
     */
    public Optional<StanceReading> readIfNamed(String context, TextSpan statement, Issue issue) {
        return readIfNamed(Context.of(context), statement, issue);
    }

    /** As {@link #read(String, TextSpan, Issue)}, on a context already split into words, for reading it on several issues. */
    StanceReading read(Context context, TextSpan statement, Issue issue) {
        return reading(context, statement, issue, false).orElseThrow();
    }

    /** As {@link #readIfNamed(String, TextSpan, Issue)}, on a context already split into words. */
    Optional<StanceReading> readIfNamed(Context context, TextSpan statement, Issue issue) {
        return reading(context, statement, issue, true);
    }

    /** A statement's context split into words and sentences once, to be read on every issue. */
    record Context(String text, Words words, Sentences sentences) {

        static Context of(String text) {
            return new Context(text, Words.of(text), Sentences.of(text));
        }
    }

    private Optional<StanceReading> reading(Context read, TextSpan statement, Issue issue, boolean onlyIfNamed) {
        String context = read.text();
        if (!statement.fitsWithin(context.length())) {
            throw new IllegalArgumentException("statement " + statement + " lies outside a context of " + context.length() + " characters");
        }
        Words words = read.words();
        if (words.size() == 0) {
            return onlyIfNamed ? Optional.empty() : Optional.of(StanceReading.UNDECIDED);
        }
        Sentences sentences = read.sentences();
        int end = words.firstFrom(statement.end());
        int start = words.firstFrom(statement.start());
        int frameStart = Focus.frameStart(words, sentences, start);
        IssueMatcher matcher = new IssueMatcher(issue);
        List<IssueMatcher.Mention> mentions = matcher.mentions(words, frameStart, end);
        if (onlyIfNamed && mentions.isEmpty()) {
            return Optional.empty();
        }
        if (Speakers.byAnalyst(words, sentences, frameStart, start, end) || Speakers.jointSubject(words, start, end) || Focus.askedIf(words, start)
                || Speakers.thirdPartyAttitude(words, sentences, frameStart, start, end)
                || Focus.onlyWondered(context, words, sentences, start, end, mentions)) {
            return Optional.of(StanceReading.UNDECIDED);
        }
        boolean[] focus = Focus.namedSentences(words, sentences, frameStart, end, mentions);
        boolean[] inner = Speakers.nested(context, words, start, end);
        boolean[] skip = inner.clone();
        boolean[] asked = Focus.questions(context, words, sentences, frameStart, end);
        for (IssueMatcher.Mention mention : mentions) {
            for (int i = mention.from(); i < mention.to(); i++) {
                skip[i] = true;
            }
        }
        boolean exclusive = excludes(issue);
        List<Condition> conditions = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        read(context, words, sentences, frameStart, start, end, mentions, focus, inner, skip, asked, exclusive, conditions, cues);
        int warning = Cues.warningBefore(words, sentences, start);
        if (warning >= 0 && conditions.isEmpty() && !mentions.isEmpty()) {
            cues.add(new Cue(Side.AGAINST, 1, words.get(warning).span(), warning, false));
        }
        if (cues.isEmpty() && conditions.isEmpty() && !mentions.isEmpty()) {
            // nothing decides in the sentences that name the issue: the cues of the sentences after them speak of it
            boolean[] after = new boolean[words.size()];
            Arrays.fill(after, mentions.get(0).from(), end, true);
            List<Condition> ignored = new ArrayList<>();
            read(context, words, sentences, frameStart, start, end, mentions, after, inner, skip, asked, exclusive, ignored, cues);
        }
        boolean excepted = Conditions.anyException(words, conditions);
        StanceReading reading = decide(context, cues, conditions, mentions.isEmpty() ? start : mentions.get(0).from(), excepted);
        return Optional.of(onlyContrary(mentions) ? turned(reading) : reading);
    }

    /** Whether the statement names the issue only by phrases for its other side ("stop the deportations"). */
    private static boolean onlyContrary(List<IssueMatcher.Mention> mentions) {
        return !mentions.isEmpty() && mentions.stream().allMatch(IssueMatcher.Mention::contrary);
    }

    /** A reading of the other side: support of what a contrary phrase names is opposition to the issue, and back. */
    private static StanceReading turned(StanceReading reading) {
        return switch (reading.stance()) {
            case SUPPORTS -> new StanceReading(Stance.OPPOSES, reading.evidence(), null);
            case OPPOSES -> new StanceReading(Stance.SUPPORTS, reading.evidence(), null);
            default -> reading;
        };
    }

    /** Finds the conditions and cues in the focused words of a statement and its frame. */
    private static void read(String context, Words words, Sentences sentences, int frameStart, int start, int end,
            List<IssueMatcher.Mention> mentions, boolean[] focus, boolean[] inner, boolean[] skip, boolean[] asked, boolean exclusive,
            List<Condition> conditions, List<Cue> cues) {
        List<Condition> found = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (focus[i] && !skip[i] && !asked[i] && !Conditions.inCondition(found, i)) {
                Conditions.find(context, words, sentences, i, end, found);
            }
        }
        conditions.addAll(Conditions.weigh(words, sentences, frameStart, found, mentions, cues));
        boolean[] predicated = new boolean[words.size()];
        for (IssueMatcher.Mention mention : mentions) {
            int at = mention.from();
            if (focus[at] && !Conditions.inCondition(conditions, at) && !inner[at] && !asked[at]) {
                Predication.find(context, words, sentences, mention, end, predicated, cues);
            }
        }
        boolean[] otherSubject = Focus.otherButClauses(words, sentences, frameStart, end, mentions);
        for (int i = frameStart; i < end; i++) {
            if (!focus[i] || predicated[i] || otherSubject[i] || (skip[i] && !Idioms.againstPhraseInMention(words, i) && !(Cues.undoingBeforeMention(words, i, mentions) && !inner[i]))
                    || Conditions.inCondition(conditions, i) || asked[i]) {
                continue;
            }
            Cues.wordCue(words, sentences, i, frameStart, mentions, exclusive, cues);
        }
        boolean onlyContrary = onlyContrary(mentions);
        for (IssueMatcher.Mention mention : mentions) {
            if (focus[mention.from()] && !Conditions.inCondition(conditions, mention.from()) && !inner[mention.from()] && !asked[mention.from()]) {
                List<Cue> own = new ArrayList<>();
                Cues.mentionCue(words, sentences, mention, frameStart, end, own);
                // "permits, not deportations": beside the issue's own phrases, a no to the other side is a yes to the issue
                // (a statement naming only the other side is turned whole once read)
                boolean turn = mention.contrary() && !onlyContrary;
                own.forEach(cue -> cues.add(turn ? new Cue(cue.side().opposite(), cue.weight(), cue.span(), cue.at(), false) : cue));
            }
        }
    }

    /**
     * Weighs the cues and conditions. A firm condition decides beside a yes, a turned no, or, when it is an exception
     * ("opposes abortion except to save the life of the mother", "against it unless ..."), beside any no: the excepted
     * cases are the terms on which the speaker accepts.
     */
    private static StanceReading decide(String context, List<Cue> cues, List<Condition> conditions, int anchor, boolean excepted) {
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
            negatedFor |= cue.side() == Side.AGAINST && cue.turned();
        }
        Condition firm = conditions.stream().filter(Condition::firm).findFirst().orElse(null);
        Condition loose = conditions.stream().filter(condition -> !condition.firm() && !condition.idle()).findFirst().orElse(null);
        if (firm != null && (forWeight >= againstWeight || negatedFor || (excepted && againstWeight > 0))) {
            return conditional(context, firm);
        }
        if (loose != null && (forWeight > againstWeight || (negatedFor && refusedIf(cues)))) {
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

    /** "we are not going to have a second meeting ... if I feel it's not appropriate": a refusal under an if-clause. */
    private static boolean refusedIf(List<Cue> cues) {
        return cues.stream().anyMatch(cue -> cue.turned() && cue.side() == Side.AGAINST && cue.weight() == 1);
    }

    /** Whether a folded word is one the classifier reads as a stance cue (so it cannot name an issue). */
    static boolean isCue(String folded) {
        return FOR.contains(folded) || AGAINST.contains(folded) || UNDOING.contains(folded) || NEGATIONS.contains(folded)
                || Conditions.LOOSE_CONDITIONS.contains(folded);
    }

    private static StanceReading conditional(String context, Condition condition) {
        return new StanceReading(Stance.CONDITIONAL, condition.span(), condition.span().of(context));
    }

    /** Whether the issue's proposition leaves somebody out ("... without Kestria among the guarantors"). */
    private static boolean excludes(Issue issue) {
        return issue.supports() != null && Words.foldPhrase(issue.supports()).contains("without");
    }
}
