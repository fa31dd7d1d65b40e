package dev.dossier.positions;

import static dev.dossier.positions.StanceWords.AGAINST;
import static dev.dossier.positions.StanceWords.AIMS;
import static dev.dossier.positions.StanceWords.ARTICLES;
import static dev.dossier.positions.StanceWords.DOING;
import static dev.dossier.positions.StanceWords.FOR;
import static dev.dossier.positions.StanceWords.MODALS;
import static dev.dossier.positions.StanceWords.NEGATION_REACH;
import static dev.dossier.positions.StanceWords.OWN_DETERMINERS;
import static dev.dossier.positions.StanceWords.RELATIVES;
import static dev.dossier.positions.StanceWords.REPORTING_DETERMINERS;
import static dev.dossier.positions.StanceWords.UNDOING;
import static dev.dossier.positions.StanceWords.isNegation;
import static dev.dossier.positions.StanceWords.sameSentence;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cue words that, where they stand, take no side: a speech-act noun that reports somebody else's
 * proposal ("Valdoria's call for"), a hedge ("a possible meeting"), a modal or a verb of intending
 * that only carries the cue after it ("must stay shut", "pledged to oppose"), part of a name ("the
 * Coalition of the Willing"), a movement ("pull back"), an aim given up, a third party's wish, a
 * danger being countered ("deter that threat"), a group of people ("illegal immigrants"), a list of asks with no
 * object ("hardened its demands"), somebody else's act ("the plan proposed by Brandt"), the target of an act of
 * pressure ("sanctions against Voronel") or a belief agreed on ("experts agree that ...").
 * {@link #isFalseFor} and {@link #isFalseAgainst} ask the tests in order for a cue word of either side.
 *
 * <p>Stateless and thread-safe.
 */
final class FalseCues {

    /** Nouns of speech acts that, with an article or somebody's possessive, report a position rather than take one. */
    private static final Set<String> SPEECH_NOUNS = Set.of(
            "proposal", "offer", "demand", "invitation", "call", "idea", "plan", "suggestion", "agreement", "consent", "decision");
    /** Speech-act nouns of asking, whose plural with no object is a list of positions ("its demands"). */
    private static final Set<String> ASKING_NOUNS = Set.of("proposal", "offer", "demand", "invitation", "call", "suggestion");
    /** Forms of "agree", which before "that" report a belief ("experts agree that ..."). */
    private static final Set<String> AGREEING = Set.of("agree", "agreed", "agreeing", "agrees");
    /** Participles of a feeling, whose "by" names its cause, not somebody else's stand ("pleased by the offer"). */
    private static final Set<String> FEELINGS = Set.of("pleased", "delighted", "threatened");
    /**
     * Acts of pressure whose "against" names their target ("sanctions against", "retaliate against"). Folded forms. Not
     * defence: what one protects against ("protect against gun violence") is what one is against.
     */
    private static final Set<String> ACTS_AGAINST = Set.of(
            "sanction", "measure", "action", "step", "tariff", "penalty", "pressure", "case", "charge", "lawsuit", "suit",
            "retaliate", "retaliated", "retaliating", "retaliation", "act", "acted", "acting", "move", "moved", "moving",
            "strike", "attack", "offensive", "war", "fight", "fighting", "campaign", "crime", "violence", "aggression",
            "discrimination");
    /** Prepositions that bring in what a speech noun is about ("proposals for foreign personnel"). */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "of", "on", "to");
    /** Adjectives that hedge the noun after them ("a possible meeting"). */
    private static final Set<String> HEDGED_ADJECTIVES = Set.of("possible", "potential");
    /** Words after a hedging adjective that make it predicative ("it is possible to", "possible only if"), not a hedge on a noun. */
    private static final Set<String> PREDICATIVE_FOLLOWERS = Set.of(
            "to", "if", "that", "only", "when", "once", "after", "before", "for", "as", "and", "but", "now", "again");
    /** Verbs that, before "back", make it a movement rather than support ("pull back", "step back"). */
    private static final Set<String> MOVING_BACK = Set.of(
            "pull", "pulled", "pulling", "step", "stepped", "stepping", "bring", "brought", "bringing", "fall", "fell", "falling",
            "roll", "rolled", "go", "went", "come", "came", "get", "got", "turn", "turned", "push", "pushed", "draw", "drew", "drawn",
            "move", "moved", "hold", "held", "hit", "strike", "struck", "fight", "fought");
    /** Verbs whose object is a danger they fight ("deter that threat"): the danger is then no cue against. */
    private static final Set<String> COUNTERING = Set.of(
            "deter", "deterring", "counter", "countering", "confront", "confronting", "tackle", "tackling", "face", "facing");
    /** Verbs of wanting whose subject, in a relative clause, is a third party ("the trap that Russia wants us to walk into"). */
    private static final Set<String> WANTING = Set.of("want", "wants", "wanted");
    /**
     * Verbs and adjectives of intending that carry the polarity of the verb they govern ("pledged to oppose", "vowed to
     * block", "promised to rip up"): before a cue against or an undoing verb they are no cue for of their own.
     */
    private static final Set<String> CARRYING = Set.of(
            "pledge", "pledged", "promise", "promised", "vow", "vowed", "vowing", "commit", "committed", "want", "wanted",
            "wanting", "need", "needed", "needing", "urge", "urged", "urging", "ready", "willing", "prepared", "seek", "sought",
            "seeking", "hope", "hoped", "demand", "demanded", "demanding", "insist", "insisted", "insisting", "propose",
            "proposed", "proposing", "offer", "offered", "offering", "agree", "agreed", "agreeing", "help", "advocate",
            "advocated", "push", "pushed", "pushing");
    /** Verbs of wishing or letting that carry an undoing verb after their object ("want to see them repeal it"). */
    private static final Set<String> WISHING = Set.of(
            "want", "wants", "wanted", "let", "lets", "allow", "allows", "allowed", "like", "wish", "wishes", "wished");
    /** How many words before an undoing verb its verb of wishing may stand. */
    private static final int WISH_REACH = 6;
    /** Documents whose verb carries the stance of the act that adopts them ("approved a resolution condemning ..."). */
    private static final Set<String> DOCUMENTS = Set.of(
            "resolution", "bill", "measure", "motion", "letter", "petition", "order", "amendment", "legislation", "ordinance",
            "statement", "declaration", "law", "executive");
    /** Nouns of assurance that make "offer" a speech act, not an offer of the issue ("offering his assurances that ..."). */
    private static final Set<String> ASSURANCES = Set.of(
            "assurance", "reassurance", "condolence", "apology", "explanation", "thought", "prayer", "congratulation");

    private FalseCues() {}

    /** Whether cue word for {@code i} takes no side where it stands; the tests are asked in this order. */
    static boolean isFalseFor(Words words, Sentences sentences, int i, List<IssueMatcher.Mention> mentions) {
        String word = words.folded(i);
        return reportedNoun(words, i) || reportedCompound(words, i, mentions) || attributive(words, i) || modalBeforeCue(words, sentences, i)
                || partOfName(words, sentences, i) || movingBack(words, i) || aimGivenUp(words, i) || thirdPartyWish(words, i)
                || carrier(words, sentences, i) || wishOverUndoing(words, sentences, i) || assurance(words, i)
                || (word.equals("step") && words.isPhrase(i - 2, "out", "of"))
                || pluralNoun(words, i) || answeringBack(words, i) || reducedRelative(words, i) || demandsWithoutObject(words, i)
                || somebodyElsesAct(words, i) || agreeingThat(words, i);
    }

    /** Whether cue word against {@code i} takes no side where it stands; the tests are asked in this order. */
    static boolean isFalseAgainst(Words words, Sentences sentences, int i, List<IssueMatcher.Mention> mentions) {
        String word = words.folded(i);
        return (word.equals("never") && negatesCue(words, sentences, i, mentions)) || partOfName(words, sentences, i)
                || countered(words, i) || hedgedObject(words, i, mentions) || describesPeople(words, i) || somebodyElsesAct(words, i)
                || actionAgainst(words, i);
    }

    /**
     * A speech-act noun that reports somebody else's proposal ("Valdoria's call for a force", "a
     * Lindmark proposal for monitors", "the offer"): it names a position, it does not take one.
     * Only the speaker's own ("our proposal") or a verb ("we offer") is a cue.
     */
    static boolean reportedNoun(Words words, int i) {
        if (!SPEECH_NOUNS.contains(words.folded(i))) {
            return false;
        }
        if (!words.get(i).text().toLowerCase(Locale.ROOT).equals(words.folded(i))
                && (i == 0 || !OWN_DETERMINERS.contains(words.folded(i - 1))) && i + 1 < words.size()
                && OBJECT_PREPOSITIONS.contains(words.folded(i + 1))) {
            return true; // "described proposals for ... as a trap": a bare plural with its object names others' proposals
        }
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            String before = words.folded(k);
            String text = words.get(k).text();
            if (REPORTING_DETERMINERS.contains(before) || text.endsWith("'s") || text.endsWith("’s")
                    || (k < i - 0 && Character.isUpperCase(text.charAt(0)) && k > 0 && !OWN_DETERMINERS.contains(before))) {
                return true;
            }
            if (OWN_DETERMINERS.contains(before)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "his own party's background checks proposal": a speech-act noun compounded with the issue's mention reports
     * somebody's proposal when a determiner or a possessive comes before the mention.
     */
    private static boolean reportedCompound(Words words, int i, List<IssueMatcher.Mention> mentions) {
        if (!SPEECH_NOUNS.contains(words.folded(i))) {
            return false;
        }
        for (IssueMatcher.Mention mention : mentions) {
            if (mention.to() == i && mention.from() > 0) {
                for (int k = mention.from() - 1; k >= Math.max(0, mention.from() - 2); k--) {
                    String text = words.get(k).text();
                    if (REPORTING_DETERMINERS.contains(words.folded(k)) || text.endsWith("'s") || text.endsWith("’s")) {
                        return true;
                    }
                    if (OWN_DETERMINERS.contains(words.folded(k))) {
                        return false;
                    }
                }
            }
        }
        return false;
    }

    /** "a possible meeting", "potential security guarantees": a hedge on a noun, not a wish. */
    private static boolean attributive(Words words, int i) {
        if (!HEDGED_ADJECTIVES.contains(words.folded(i)) || i + 1 >= words.size()) {
            return false;
        }
        String next = words.folded(i + 1);
        return !PREDICATIVE_FOLLOWERS.contains(next);
    }

    /** "must stay shut", "should not be allowed": a modal that only carries the cue after it is not a cue itself. */
    private static boolean modalBeforeCue(Words words, Sentences sentences, int i) {
        if (!MODALS.contains(words.folded(i))) {
            return false;
        }
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + 3); k++) {
            String next = words.folded(k);
            if (!sameSentence(words, sentences, i, k)) {
                return false;
            }
            if (AGAINST.contains(next) || UNDOING.contains(next) || isNegation(next) || Idioms.closing(words, k) || Idioms.tearingUp(words, k)) {
                return true;
            }
        }
        return false;
    }

    /** "the Coalition of the Willing": a capitalised cue word after "the" in mid-sentence is part of a name. */
    private static boolean partOfName(Words words, Sentences sentences, int i) {
        return i > 0 && Character.isUpperCase(words.get(i).text().charAt(0)) && words.get(i - 1).text().equals("the")
                && sameSentence(words, sentences, i - 1, i);
    }

    /** "pull back", "step back": a movement, not support. */
    private static boolean movingBack(Words words, int i) {
        return words.folded(i).equals("back") && i > 0 && MOVING_BACK.contains(words.folded(i - 1));
    }

    /** "give up on the hope of", "abandon the idea": an aim that an undoing verb gives up is not a wish. */
    private static boolean aimGivenUp(Words words, int i) {
        if (!AIMS.contains(words.folded(i))) {
            return false;
        }
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (UNDOING.contains(words.folded(k)) || (words.folded(k).equals("up") && k > 0 && isGive(words.folded(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGive(String folded) {
        return folded.equals("give") || folded.equals("gave") || folded.equals("giving") || folded.equals("given");
    }

    /** "the trap that Russia wants us to walk into": a named third party's wish in a relative clause is not the speaker's. */
    private static boolean thirdPartyWish(Words words, int i) {
        return WANTING.contains(words.folded(i)) && i >= 2 && Speakers.isName(words, i - 1)
                && RELATIVES.contains(words.folded(i - 2));
    }

    /**
     * "pledged to oppose", "vowed to block", "approved a resolution condemning": a verb of intending before "to" and a
     * cue against or an undoing verb, or a verb of adopting before a document and the document's own verb against,
     * carries that cue's polarity; it is no cue for of its own.
     */
    private static boolean carrier(Words words, Sentences sentences, int i) {
        String word = words.folded(i);
        if (CARRYING.contains(word) && i + 2 < words.size() && words.folded(i + 1).equals("to")) {
            for (int k = i + 2; k <= Math.min(words.size() - 1, i + 3) && sameSentence(words, sentences, i, k); k++) {
                if (againstVerb(words, k)) {
                    return true;
                }
            }
            return false;
        }
        for (int k = i + 1; k <= Math.min(words.size() - 2, i + 3) && sameSentence(words, sentences, i, k + 1); k++) {
            if (DOCUMENTS.contains(words.folded(k))) {
                return againstVerb(words, k + 1);
            }
        }
        return false;
    }

    /**
     * The verb of wishing or letting a few words before undoing verb {@code i} whose object it
     * governs ("want to see the Republicans repeal", "will not let them repeal", "would like to see
     * it scrapped"), or -1: such a verb only carries the undoing verb, so a negation of it turns the
     * undoing ("I don't want to see them repeal it" defends the issue).
     */
    static int wishBefore(Words words, Sentences sentences, int i, int from) {
        for (int k = i - 1; k >= Math.max(from, i - WISH_REACH) && sameSentence(words, sentences, k, i); k--) {
            String word = words.folded(k);
            if (WISHING.contains(word)) {
                return k;
            }
            if (word.equals("and") || word.equals("but") || word.equals("that")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code i} is a verb of wishing or letting whose object an undoing verb soon after governs. */
    static boolean wishOverUndoing(Words words, Sentences sentences, int i) {
        if (!WISHING.contains(words.folded(i))) {
            return false;
        }
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + WISH_REACH) && sameSentence(words, sentences, i, k); k++) {
            if (UNDOING.contains(words.folded(k))) {
                return wishBefore(words, sentences, k, i) == i;
            }
        }
        return false;
    }

    private static boolean againstVerb(Words words, int k) {
        String next = words.folded(k);
        return AGAINST.contains(next) || UNDOING.contains(next) || isNegation(next) || Idioms.tearingUp(words, k) || Idioms.closing(words, k);
    }

    /** "offering his assurances that ...": an offer of words, which reports a statement rather than offers the issue. */
    private static boolean assurance(Words words, int i) {
        String word = words.folded(i);
        if (!word.startsWith("offer")) {
            return false;
        }
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + 3); k++) {
            if (ASSURANCES.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "civil rights", "grassroots supporters": the plural of a cue word that is a noun for people or entitlements, not
     * the adjective "right" nor the speaker's declared support ("I'm a strong supporter of ...").
     */
    private static boolean pluralNoun(Words words, int i) {
        String text = words.get(i).text().toLowerCase(Locale.ROOT);
        return text.equals("rights") || text.equals("supporters") || text.equals("backers");
    }

    /**
     * "hardened its demands, dismissing the idea of ...": a plural noun of asking with nothing after it to say what it
     * asks for ("its demands", "their proposals") names a list of positions, not a stand on the issue; "its demands for
     * ..." and a singular "our proposal" stay cues.
     */
    private static boolean demandsWithoutObject(Words words, int i) {
        String text = words.get(i).text().toLowerCase(Locale.ROOT);
        if (!ASKING_NOUNS.contains(words.folded(i)) || !text.endsWith("s") || text.equals(words.folded(i))) {
            return false;
        }
        return i + 1 >= words.size() || !(OBJECT_PREPOSITIONS.contains(words.folded(i + 1)) || RELATIVES.contains(words.folded(i + 1)));
    }

    /**
     * "experts agree that the rich would pay more", "all agreed that her proposal would raise taxes": agreeing that
     * something is so is a belief about a fact, not consent to the issue; the clause after "that" speaks for itself.
     * "agreed to", "agreed on" and a bare "we agree" stay cues.
     */
    private static boolean agreeingThat(Words words, int i) {
        return AGREEING.contains(words.folded(i)) && words.isPhrase(i + 1, "that");
    }

    /**
     * "the idea proposed by Brandt of sending troops", "a plan opposed by the senate": a participle with its agent after
     * it ("by") states that agent's stand, not the speaker's. A feeling is the speaker's own ("pleased by the offer",
     * "threatened by the build-up").
     */
    private static boolean somebodyElsesAct(Words words, int i) {
        String text = words.get(i).text().toLowerCase(Locale.ROOT);
        return text.endsWith("ed") && !FEELINGS.contains(text) && i + 1 < words.size() && words.folded(i + 1).equals("by");
    }

    /**
     * "sanctions against Voronel", "retaliate against Moscow": "against" after an act of pressure names that act's
     * target, it is no stand against what follows.
     */
    private static boolean actionAgainst(Words words, int i) {
        return words.folded(i).equals("against") && i > 0 && ACTS_AGAINST.contains(words.folded(i - 1));
    }

    /** "chanted back at him", "hit back at": "back at" answers somebody, it does not back anything. */
    private static boolean answeringBack(Words words, int i) {
        return words.folded(i).equals("back") && i + 1 < words.size() && words.folded(i + 1).equals("at");
    }

    /**
     * "statements made by Donald Trump calling for a ban": "calling for" right after a name, with no comma, is a reduced
     * relative clause about that party's call, not the speaker's own ("he said, calling for ...").
     */
    static boolean reducedRelative(Words words, int i) {
        String word = words.folded(i);
        return (word.equals("calling") || word.equals("pushing") || word.equals("pressing")) && i > 0 && Speakers.isName(words, i - 1)
                && words.get(i).span().start() == words.get(i - 1).span().end() + 1;
    }

    /** A "never" that negates a cue or a mention after it ("never been afraid of") is that negation, not a no of its own. */
    private static boolean negatesCue(Words words, Sentences sentences, int i, List<IssueMatcher.Mention> mentions) {
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + NEGATION_REACH); k++) {
            String next = words.folded(k);
            if (sameSentence(words, sentences, i, k) && (FOR.contains(next) || AGAINST.contains(next) || DOING.contains(next))) {
                return true;
            }
        }
        return false;
    }

    /** "deter that threat", "counter the danger": a bad thing that is the object of countering it is no cue against. */
    private static boolean countered(Words words, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (COUNTERING.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "reject bad trade deals", "oppose unfair deals": refusing only the bad ones among the issue's kind is a hedge, not a
     * refusal of the issue.
     */
    private static boolean hedgedObject(Words words, int i, List<IssueMatcher.Mention> mentions) {
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + 2); k++) {
            if (Predication.BAD_PREDICATES.contains(words.folded(k)) || words.folded(k).equals("dumb") || words.folded(k).equals("stupid")) {
                final int next = k + 1;
                return mentions.stream().anyMatch(mention -> mention.from() == next);
            }
            if (!ARTICLES.contains(words.folded(k))) {
                return false;
            }
        }
        return false;
    }

    /** "illegal immigrants", "illegal aliens": "illegal" that names a group of people judges no proposal. */
    private static boolean describesPeople(Words words, int i) {
        String word = words.folded(i);
        return (word.equals("illegal") || word.equals("illegals")) && i + 1 < words.size()
                && (words.folded(i + 1).startsWith("immigra") || words.folded(i + 1).startsWith("alien"));
    }
}
