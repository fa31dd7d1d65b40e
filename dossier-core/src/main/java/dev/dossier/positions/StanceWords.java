package dev.dossier.positions;

import dev.dossier.model.TextSpan;
import java.util.List;
import java.util.Set;

/**
 * The lexicon the stance rules share: the cue words for and against, the verbs that undo the issue
 * or do its thing, the negations, and the small classes of function words (modals, passive
 * auxiliaries, determiners) that the rules test around a cue; the reaches they look within; and the
 * tests on word positions every rule uses (a phrase at a word, two words in one sentence, a clause
 * break between them). A word list that one rule alone uses lives with that rule.
 *
 * <p>Words are compared in their folded form ({@link Words#fold}). Stateless and thread-safe.
 */
final class StanceWords {

    /** Cue words for: support, acceptance, wish or need ("welcome", "ready", "must"). */
    static final Set<String> FOR = Set.of(
            "support", "supported", "supporting", "back", "backed", "backing", "welcome", "welcomed", "welcoming",
            "accept", "accepted", "accepting", "acceptable", "agree", "agreed", "agreeing", "ready", "willing", "prepared",
            "want", "wanted", "wanting", "need", "needed", "needing", "urge", "urged", "urging", "demand", "demanded",
            "demanding", "insist", "insisted", "insisting", "propose", "proposed", "proposing", "proposal", "offer",
            "offered", "offering", "favour", "favor", "favoured", "favored", "endorse", "endorsed", "commit", "committed",
            "commitment", "pledge", "pledged", "promise", "promised", "yes", "necessary", "essential", "vital", "crucial",
            "important", "must", "should", "hope", "hoped", "hopeful", "seek", "sought", "seeking",
            "advocate", "advocated", "positive", "constructive", "glad", "pleased", "delighted", "step", "progress", "breakthrough", "allow", "allowed",
            "permit", "permitted", "invite", "invited", "invitation", "deserve", "deserves", "right", "good", "useful",
            "stand", "stands", "confirm", "confirmed", "open", "possible", "agreement", "consent", "consented", "approve",
            "approved", "help", "champion", "championed", "championing", "defend", "defended", "defending", "protect",
            "protected", "protecting", "praise", "praised", "praising", "applaud", "applauded", "embrace", "embraced",
            "embracing", "vow", "vowed", "vowing", "recognise", "recognised", "recognising", "recognize",
            "recognized", "recognizing", "success", "successful", "boon", "supporter", "supportive");
    /** Cue words against: rejection, threat, blame or fear ("rejects", "a trap", "dangerous"). */
    static final Set<String> AGAINST = Set.of(
            "reject", "rejected", "rejecting", "rejection", "oppose", "opposed", "opposing", "opposition", "against",
            "unacceptable", "refuse", "refused", "refusing", "refusal", "never", "trap", "nowhere", "impossible",
            "dismiss", "dismissed", "dismissing", "condemn", "condemned", "denounce", "denounced", "veto", "vetoed",
            "block", "blocked", "blocking", "shut", "premature", "provocation", "escalation", "aggressive", "threat",
            "threaten", "threatened", "danger", "dangerous", "mistake", "wrong", "worse", "absurd", "nonsense",
            "unrealistic", "illegal", "illegitimate", "pointless", "useless", "noise", "deny", "denied", "resist",
            "resisted", "criticise", "criticised", "criticize", "criticized", "fear", "afraid", "risk", "risked", "insult", "insults",
            "doubt", "doubts", "unthinkable", "unjustified", "reward", "rewarding", "accuse", "accused", "accusing", "caution",
            "cautioned", "cautioning", "betrayal", "capitulation", "surrender", "rebuke", "rebuked", "rebuking", "decry",
            "decried", "decrying", "slam", "slammed", "slamming", "blast", "blasted", "blasting", "lambaste", "lambasted",
            "lambasting", "disagree", "disagreed", "mock", "mocked", "mocking", "stupid", "insane", "insanity", "disaster",
            "disastrous", "futile", "crazy", "craziest", "ridiculous", "hoax", "scam", "misguided", "reckless", "divisive",
            "inhumane", "extremist", "abuse", "failed", "failure", "condemning", "denouncing", "criticizing", "criticising",
            "questioned", "questioning", "damaging");
    /** Verbs that undo the issue when it is their object ("lift the sanctions", "suspend preparations for the summit"). */
    static final Set<String> UNDOING = Set.of(
            "lift", "lifted", "lifting", "ease", "eased", "easing", "remove", "removed", "removing", "drop", "dropped",
            "scrap", "scrapped", "end", "ended", "ending", "withdraw", "withdrew", "withdrawn", "suspend", "suspended",
            "suspending", "freeze", "froze", "frozen", "halt", "halted", "stop", "stopped", "cancel", "cancelled",
            "canceled", "postpone", "postponed", "abandon", "abandoned", "delay", "delayed", "exclude", "excluded",
            "suspension", "postponement", "cancellation", "withdrawal", "abandonment", "moratorium", "renounce", "renounced",
            "renouncing", "renunciation", "forgo", "forgoing", "forego", "repeal", "repealed", "repealing", "replace", "replaced",
            "replacing", "dismantle", "dismantled", "dismantling", "abolish", "abolished", "abolishing", "overturn",
            "overturned", "undo", "gut", "gutted", "roll", "rolled", "rolling", "ban", "banned", "banning", "outlaw",
            "outlawed", "outlawing", "prohibit", "prohibited", "deport", "deported", "deporting", "kill", "killed", "killing",
            "block", "blocked", "blocking", "shut");
    /** Verbs that do the issue's thing when it is their object or goal ("send 400 observers", "fly to Haldeby", "attend the exchange"). */
    static final Set<String> DOING = Set.of(
            "send", "sending", "sent", "deploy", "deployed", "deploying", "attend", "attending", "fly", "flie", "flying",
            "travel", "travelling", "traveling", "go", "goe", "going", "come", "coming", "join", "joining", "host",
            "hosting", "hosted", "let", "organise", "organize", "organised", "organized", "organising", "organizing", "arrange",
            "arranged", "arranging", "arrangement", "float", "floated", "hold", "holding", "build", "building", "built",
            "sign", "signed", "signing", "pass", "passed", "passing", "enact", "enacted", "enacting", "release", "released",
            "releasing", "raise", "raised", "raising", "expand", "expanded", "expanding", "erect", "erected", "erecting",
            "construct", "constructed", "constructing", "impose", "imposed", "imposing");
    /** Words that negate the cue or mention after them ("will not allow", "no foreign armies"). */
    static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "without", "cannot", "hardly");
    /** Modals that take the polarity of the cue they govern. */
    static final Set<String> MODALS = Set.of("must", "should");
    /** Auxiliaries of the passive ("be lifted", "was postponed"). */
    static final Set<String> PASSIVE = Set.of("be", "been", "being", "is", "are", "was", "were");
    /** The articles. */
    static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Determiners before a noun of somebody's position that make it reported, not the speaker's own ("the offer"). */
    static final Set<String> REPORTING_DETERMINERS = Set.of("a", "an", "the", "this", "any", "these", "those");
    /** Possessive determiners, which make a noun of a position somebody's own ("our proposal"). */
    static final Set<String> OWN_DETERMINERS = Set.of("our", "my", "his", "her", "their", "its");
    /** Words that open a relative or free relative clause. */
    static final Set<String> RELATIVES = Set.of("that", "which", "what", "who");
    /** Nouns of an aim that an undoing verb may give up on before the issue ("give up on the hope of joining"). */
    static final Set<String> AIMS = Set.of(
            "hope", "idea", "ambition", "ambitions", "dream", "aspiration", "plan", "goal", "aim", "bid", "prospect", "notion");
    /** Words that praise what they are said of ("a humanitarian gesture", "the only guarantee that has ever worked"). */
    static final Set<String> PRAISE = Set.of(
            "gesture", "goodwill", "worked", Words.fold("yeses"), "priority", "achieve", "achieving",
            "achieved", "enough");
    /** Words that blame what they are said of ("nothing to hide", "an insult", "a humiliation"). */
    static final Set<String> BLAME = Set.of("hide", "humiliation", "humiliating", "shameful", "disgrace", "blackmail");
    /** How far before a cue a negation reaches ("will not be allowed to accept"). */
    static final int NEGATION_REACH = 3;
    /** How far before a mention an undoing verb reaches ("lift all of the sanctions"). */
    static final int UNDOING_REACH = 4;
    /** The most words a condition, or the look back for a negation before one, spans. */
    static final int CLAUSE_WORDS = 40;

    private StanceWords() {}

    /** A negation word, or a "n't" contraction; also one whose apostrophe lossy mojibake left as "â" ("wonât"). */
    static boolean isNegation(String folded) {
        return NEGATIONS.contains(folded) || folded.endsWith("n't") || folded.endsWith("nât");
    }

    /** Whether words {@code a} and {@code b} are in one sentence. */
    static boolean sameSentence(Words words, Sentences sentences, int a, int b) {
        return sentences.same(words.get(a).span().start(), words.get(b).span().start());
    }

    /** Whether punctuation that ends a clause (a comma, a colon, a dash, a bracket) lies in {@code [from, to)} of the context. */
    static boolean breaksClause(String context, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = context.charAt(c);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '—' || ch == '–' || ch == '(' || ch == ')') {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention of the issue starts at a word in {@code [from, to]}. */
    static boolean mentionWithin(List<IssueMatcher.Mention> mentions, int from, int to) {
        for (IssueMatcher.Mention mention : mentions) {
            if (mention.from() >= from && mention.from() <= to) {
                return true;
            }
        }
        return false;
    }

    /** The text from word {@code from} to word {@code to}, or of word {@code from} alone when {@code to} comes before it. */
    static TextSpan cover(Words words, int from, int to) {
        return new TextSpan(words.get(from).span().start(), words.get(Math.max(from, to)).span().end());
    }
}
