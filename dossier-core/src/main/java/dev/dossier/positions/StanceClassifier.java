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

    /**
     * Verbs of criticising somebody for a position ("blasted Rubio for his support of", "condemning Trump's call for"):
     * a cue after them in their clause is the criticised party's, which the speaker takes the contrary of.
     */
    private static final Set<String> CRITICISING = Set.of(
            "criticise", "criticised", "criticising", "criticize", "criticized", "criticizing", "condemn", "condemned",
            "condemning", "denounce", "denounced", "denouncing", "blast", "blasted", "blasting", "slam", "slammed", "slamming",
            "rebuke", "rebuked", "rebuking", "decry", "decried", "decrying", "attack", "attacked", "attacking", "lambaste",
            "lambasted", "lambasting", "mock", "mocked", "mocking", "fault", "faulted", "chide", "chided", "scold", "scolded");
    /** How far after a verb of criticising its object's position reaches ("criticized Marco Rubio for opposing"). */
    static final int CRITICISM_REACH = 6;
    /** Verbs of refusing that, before "to", negate the verb they govern ("refused to pledge to release"). */
    private static final Set<String> REFUSING = Set.of(
            "refuse", "refused", "refusing", "decline", "declined", "declining", "fail", "failed", "failing");

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
            "important", "must", "should", "hope", "hoped", "hopeful", "seek", "sought", "seeking",
            "advocate", "advocated", "positive", "constructive", "glad", "pleased", "delighted", "step", "progress", "breakthrough", "allow", "allowed",
            "permit", "permitted", "invite", "invited", "invitation", "deserve", "deserves", "right", "good", "useful",
            "stand", "stands", "confirm", "confirmed", "open", "possible", "agreement", "consent", "consented", "approve",
            "approved", "help", "champion", "championed", "championing", "defend", "defended", "defending", "protect",
            "protected", "protecting", "praise", "praised", "praising", "applaud", "applauded", "embrace", "embraced",
            "embracing", "vow", "vowed", "vowing", "success", "successful", "boon", "supporter", "supportive");
    private static final Set<String> AGAINST = Set.of(
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
            "inhumane", "extremist", "abuse", "failed", "failure", "condemning", "denouncing", "criticizing", "criticising");
    /** Pronouns that, early in the sentence after one naming the issue, make it about the issue too ("Whether it is signed ..."). */
    private static final Set<String> ANAPHORS = Set.of("it", "they", "them");
    /** How many first words of a sentence are looked at for a pronoun that refers back. */
    static final int ANAPHORA_WORDS = 3;
    /** The weight of an evaluative word: a judgement of the thing, weaker than a direct cue. */
    static final double EVALUATIVE = 0.5;
    /** Words that praise what they are said of ("a humanitarian gesture", "the only guarantee that has ever worked"). */
    private static final Set<String> PRAISE = Set.of(
            "gesture", "goodwill", "worked", Words.fold("yeses"), "priority", "achieve", "achieving",
            "achieved", "enough");
    /** Nouns after "humanitarian" that praise a motive ("for humanitarian reasons"), unlike "humanitarian access". */
    private static final Set<String> HUMANITARIAN_MOTIVES = Set.of("reason", "gesture", "act", "ground", "spirit", "step", "decision");
    /** Words that blame what they are said of ("nothing to hide", "an insult", "a humiliation"). */
    private static final Set<String> BLAME = Set.of("hide", "humiliation", "humiliating", "shameful", "disgrace", "blackmail");
    /**
     * Idioms of accepting, preparing or wanting ("I will take that", "went along with", "paves the way for",
     * "setting the table for", "would like"): support without a cue word of its own.
     */
    private static final List<List<String>> FOR_IDIOMS = List.of(
            List.of("will", "take", "that"), List.of("will", "take", "it"), List.of("go", "along", "with"),
            List.of("went", "along", "with"), List.of("going", "along", "with"), List.of("goes", "along", "with"),
            List.of("pave", "the", "way"), List.of("paves", "the", "way"), List.of("paved", "the", "way"),
            List.of("paving", "the", "way"), List.of("set", "the", "stage"), List.of("setting", "the", "stage"),
            List.of("set", "the", "table"), List.of("setting", "the", "table"), List.of("open", "the", "door"),
            List.of("opens", "the", "door"), List.of("opened", "the", "door"), List.of("would", "like"));
    /** Idioms of shutting out ("left outside the door", "closed the door on"): opposition without a cue word. */
    private static final List<List<String>> AGAINST_IDIOMS = List.of(
            List.of("outside", "the", "door"), List.of("outside", "any", "door"), List.of("close", "the", "door"),
            List.of("closed", "the", "door"), List.of("shut", "the", "door"), List.of("slam", "the", "door"),
            List.of("slammed", "the", "door"), List.of("out", "of", "step"));
    /** Verbs of giving ground; with a unit of distance ("moved by a millimetre", "give an inch") they concede, negated they refuse. */
    private static final Set<String> YIELDING = Set.of(
            "move", "moved", "moving", "budge", "budged", "budging", "shift", "shifted", "give", "gave", "given", "yield",
            "yielded", "retreat", "retreated", "step", "stepped");
    /** Small distances that make a verb of giving ground an idiom ("not moved by a millimetre", "won't give an inch"). */
    private static final Set<String> SMALL_DISTANCES = Set.of("inch", "millimetre", "millimeter", "centimetre", "centimeter", "iota");
    /** Verbs of wanting whose subject, in a relative clause, is a third party ("the trap that Russia wants us to walk into"). */
    private static final Set<String> WANTING = Set.of("want", "wants", "wanted");
    /** Words that open a relative or free relative clause. */
    private static final Set<String> RELATIVES = Set.of("that", "which", "what", "who");
    /** Verbs whose object is a danger they fight ("deter that threat"): the danger is then no cue against. */
    private static final Set<String> COUNTERING = Set.of(
            "deter", "deterring", "counter", "countering", "confront", "confronting", "tackle", "tackling", "face", "facing");
    /** Verbs that, before "back", make it a movement rather than support ("pull back", "step back"). */
    private static final Set<String> MOVING_BACK = Set.of(
            "pull", "pulled", "pulling", "step", "stepped", "stepping", "fall", "fell", "falling", "roll", "rolled", "go",
            "went", "come", "came", "get", "got", "turn", "turned", "push", "pushed", "draw", "drew", "drawn", "move", "moved",
            "hold", "held", "hit", "strike", "struck", "fight", "fought");
    /** Nouns of an aim that an undoing verb may give up on before the issue ("give up on the hope of joining"). */
    private static final Set<String> AIMS = Set.of(
            "hope", "idea", "ambition", "ambitions", "dream", "aspiration", "plan", "goal", "aim", "bid", "prospect", "notion");
    /**
     * Phrases that ask for a place for somebody ("must have a seat among", "be included in", "be among"): against an
     * issue whose proposition leaves somebody out ("without Kestria among the guarantors").
     */
    private static final List<List<String>> INCLUSION = List.of(
            List.of("be", "among"), List.of("a", "seat"), List.of("be", "included"), List.of("be", "part", "of"),
            List.of("a", "say", "in"), List.of("a", "veto"), List.of("be", "represented"));
    /** Verbs that, after a modal, say the issue must come after something ("a summit should crown an agreement"). */
    private static final Set<String> CROWNING = Set.of("crown", "cap", "culminate");
    /** Verbs of demanding that make a "first" in their clause a precondition ("insisted that forces first pull back"). */
    private static final Set<String> DEMANDING = Set.of(
            "insist", "insisted", "insisting", "insists", "demand", "demanded", "demanding", "demands", "require", "required",
            "requires", "want", "wants", "wanted");
    /** Verbs of warning that report a statement ("warned that ..."). */
    private static final Set<String> WARNING = Set.of("warn", "warned", "warns", "warning", "cautioned", "cautions");
    /** Words after a "no" mention that make it a schedule, not a refusal ("there is no meeting planned"). */
    private static final Set<String> SCHEDULED = Set.of("planned", "scheduled", "foreseen", "arranged", "yet");
    /** Subjects before "is not" that deny a mention's relevance, not the mention ("the issue is not the meeting itself"). */
    private static final Set<String> RELEVANCE = Set.of("issue", "problem", "question", "point");
    /** Verbs that undo the issue when it is their object ("lift the sanctions", "suspend preparations for the summit"). */
    private static final Set<String> UNDOING = Set.of(
            "lift", "lifted", "lifting", "ease", "eased", "easing", "remove", "removed", "removing", "drop", "dropped",
            "scrap", "scrapped", "end", "ended", "ending", "withdraw", "withdrew", "withdrawn", "suspend", "suspended",
            "suspending", "freeze", "froze", "frozen", "halt", "halted", "stop", "stopped", "cancel", "cancelled",
            "canceled", "postpone", "postponed", "abandon", "abandoned", "delay", "delayed", "exclude", "excluded",
            "suspension", "postponement", "cancellation", "withdrawal", "abandonment", "renounce", "renounced", "renouncing",
            "renunciation", "forgo", "forgoing", "forego", "repeal", "repealed", "repealing", "replace", "replaced",
            "replacing", "dismantle", "dismantled", "dismantling", "abolish", "abolished", "abolishing", "overturn",
            "overturned", "undo", "gut", "gutted", "roll", "rolled", "rolling", "ban", "banned", "banning", "outlaw",
            "outlawed", "outlawing", "prohibit", "prohibited", "deport", "deported", "deporting", "kill", "killed", "killing",
            "block", "blocked", "blocking", "shut");
    /** Verbs that do the issue's thing when it is their object or goal ("send 400 observers", "fly to Haldeby", "attend the exchange"). */
    private static final Set<String> DOING = Set.of(
            "send", "sending", "sent", "deploy", "deployed", "deploying", "attend", "attending", "fly", "flie", "flying",
            "travel", "travelling", "traveling", "go", "goe", "going", "come", "coming", "join", "joining", "host",
            "hosting", "hosted", "let", "organise", "organize", "organised", "organized", "organising", "organizing", "arrange",
            "arranged", "arranging", "arrangement", "float", "floated", "hold", "holding", "build", "building", "built",
            "sign", "signed", "signing", "pass", "passed", "passing", "enact", "enacted", "enacting", "release", "released",
            "releasing", "raise", "raised", "raising", "expand", "expanded", "expanding", "erect", "erected", "erecting",
            "construct", "constructed", "constructing");
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
    /** Documents whose verb carries the stance of the act that adopts them ("approved a resolution condemning ..."). */
    private static final Set<String> DOCUMENTS = Set.of(
            "resolution", "bill", "measure", "motion", "letter", "petition", "order", "amendment", "legislation", "ordinance",
            "statement", "declaration", "law", "executive");
    /** Verbs that, with "out of" and the issue, leave it ("get the country out of NAFTA", "pulled out of the deal"). */
    private static final Set<String> LEAVING = Set.of(
            "get", "getting", "got", "pull", "pulling", "pulled", "take", "taking", "took", "opt", "opted", "walk", "walked",
            "walking", "back", "backed", "backing");
    /** Nouns of assurance that make "offer" a speech act, not an offer of the issue ("offering his assurances that ..."). */
    private static final Set<String> ASSURANCES = Set.of(
            "assurance", "reassurance", "condolence", "apology", "explanation", "thought", "prayer", "congratulation");
    /**
     * Nouns of somebody's stated position that, as the object of a verb of criticising, put the position's whole
     * clause under the criticism ("denounced suggestions ... that they would deport ... and erect a wall").
     */
    private static final Set<String> POSITION_NOUNS = Set.of(
            "suggestion", "proposal", "plan", "call", "idea", "remark", "statement", "comment", "rhetoric", "promise", "pledge",
            "policy", "position", "stance", "plea", "push", "demand", "effort", "attempt", "bid", "decision", "vow", "threat",
            "talk", "claim", "agenda", "vision", "scheme");
    /** Markers of an exception: a refusal with an exception accepts the issue in the excepted cases (STANCE.md P.4.8). */
    private static final Set<String> EXCEPTIONS = Set.of("except", "exception", "unless");
    /**
     * Adjectives and nouns that judge the thing they are said of, used only in a predicate of the issue's mention
     * ("the plan is sensible", "a wall is not a practical answer"); the cue words for and against count there too.
     */
    private static final Set<String> GOOD_PREDICATES = Set.of(
            "sensible", "smart", "wise", "reasonable", "fair", "humane", "decent", "neighborly", "neighbourly", "great",
            "excellent", "effective", "practical", "realistic", "workable", "affordable", "legitimate", "popular", "best",
            "better", "fine", "moral", "just", "safe", "safer", "answer", "solution", "fix", "remedy", "lifeline", "win",
            "victory", "model", "achievement");
    private static final Set<String> BAD_PREDICATES = Set.of(
            "bad", "terrible", "horrible", "awful", "provocative", "unfair", "unconstitutional", "un-american", "racist",
            "bigoted", "offensive", "outrageous", "ineffective", "unworkable", "unaffordable", "counterproductive", "immoral",
            "cruel", "unjust", "shameful", "disgrace", "joke", "fantasy", "fiction", "gimmick", "mess", "catastrophe", "fraud",
            "lie", "waste", "nightmare", "job-killer", "killer", "worst", "wrong-headed", "unnecessary", "unworthy",
            "impractical", "expensive", "costly", "unsafe", "problem");
    /** Verbs of working that, in a predicate of the issue, say it does its job ("a wall will not keep them out"). */
    private static final Set<String> EFFICACY = Set.of(
            "work", "works", "worked", "help", "helps", "helped", "keep", "keeps", "stop", "stops", "solve", "solves", "fix",
            "fixes", "prevent", "prevents", "protect", "protects", "deter", "deters", "succeed", "succeeds", "reduce", "reduces",
            "save", "saves");
    /** Verbs of harm that, in a predicate of the issue, say it does damage ("the law hurts workers"). */
    private static final Set<String> HARMING = Set.of(
            "hurt", "hurts", "hurting", "harm", "harms", "harming", "destroy", "destroys", "damage", "damages", "backfire",
            "backfired", "kill", "kills");
    /** Auxiliaries of a predicate after the issue's mention ("is not going to", "will", "has been"). */
    private static final Set<String> PREDICATE_VERBS = Set.of(
            "is", "are", "was", "were", "be", "been", "will", "would", "could", "can", "may", "might", "does", "do", "did",
            "has", "have", "had", "going", "to", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "couldn't",
            "can't", "cannot", "doesn't", "don't", "didn't", "hasn't", "haven't", "not", "never", "just", "simply", "really",
            "also", "certainly", "clearly", "surely", "probably", "ever", "still");
    /** Auxiliaries that make a predicate finite: one of them must follow the mention ("a wall is", "the law will"). */
    private static final Set<String> FINITE = Set.of(
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
    /** How far before a mention a doing verb reaches ("floated the idea of an unarmed observer mission"). */
    static final int DOING_REACH = 6;
    /** Nouns of speech acts that, with an article or somebody's possessive, report a position rather than take one. */
    private static final Set<String> SPEECH_NOUNS = Set.of(
            "proposal", "offer", "demand", "invitation", "call", "idea", "plan", "suggestion", "agreement", "consent", "decision");
    /** Prepositions that bring in what a speech noun is about ("proposals for foreign personnel"). */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "of", "on", "to");
    private static final Set<String> REPORTING_DETERMINERS = Set.of("a", "an", "the", "this", "any", "these", "those");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> OWN_DETERMINERS = Set.of("our", "my", "his", "her", "their", "its");
    /** Adjectives that hedge the noun after them ("a possible meeting"). */
    private static final Set<String> HEDGED_ADJECTIVES = Set.of("possible", "potential");
    private static final Set<String> PREDICATIVE_FOLLOWERS = Set.of(
            "to", "if", "that", "only", "when", "once", "after", "before", "for", "as", "and", "but", "now", "again");
    /** Modals that take the polarity of the cue they govern. */
    private static final Set<String> MODALS = Set.of("must", "should");
    /** Verbs that say a condition is met ("had met the one condition I set"). */
    private static final Set<String> MET = Set.of("met", "meet", "meets", "fulfilled", "satisfied");
    /** Auxiliaries of the passive ("be lifted", "was postponed"). */
    private static final Set<String> PASSIVE = Set.of("be", "been", "being", "is", "are", "was", "were");
    /** Words before a bare "no" that make it an answer ("is no", "say no"). */
    private static final Set<String> ANSWERING = Set.of("is", "was", "say", "said", "says", "saying", "answer");
    /** Words after a negation that make it add rather than deny ("not only", "not just"). */
    private static final Set<String> ADDING = Set.of("only", "just", "merely", "simply");
    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "without", "cannot", "hardly");
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
    private static final Set<String> LOOSE_CONDITIONS = Set.of("if", "once", "until", "when", "before", "after");
    private static final Set<String> TIME_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "end", "next", "last",
            "then", "now", "today", "tomorrow", "tonight", "week", "weekend", "month", "year", "day", "spring", "summer",
            "autumn", "winter", "midnight", "noon", "morning", "evening");
    /** Subject pronouns that, after "when" and before "was", make a past time ("when I was a senator"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "he", "she", "they", "you", "it");
    /** Verbs of asking that, before "if" or "whether" and the statement, make it a question ("asked Trump if he would ..."). */
    private static final Set<String> ASKING = Set.of("ask", "asked", "asking", "asks", "wonder", "wondered", "wondering", "question", "questioned");
    /** Verbs of a stated requirement ("would need the consent of both sides"). */
    private static final Set<String> REQUIRING = Set.of("need", "require");
    /** Words that make what follows them a threat ("warned of new sanctions if ..."). */
    private static final Set<String> THREATS = Set.of(
            "warn", "warned", "warning", "threaten", "threatened", "threatening", "consequence");
    /** Loose conditions that are firm after a negation: "will not go until ...", "no meeting before ...". */
    private static final Set<String> AWAITING = Set.of("until", "before");
    /** The words of a condition marker that are not part of the condition itself. */
    private static final Set<String> MARKER_ONLY = Set.of("only");

    private enum Side { FOR, AGAINST }

    /** A cue; {@code turned} when a negation or an undoing verb made it a no ("will not go", "lift the sanctions"). */
    private record Cue(Side side, double weight, TextSpan span, int at, boolean turned) {}

    /** A condition: its words {@code [first, last]}, the marker's first word, and whether it decides alone. */
    private record Condition(TextSpan span, boolean firm, int marker, int first, int last, boolean wish) {

        Condition(TextSpan span, boolean firm, int marker, int first, int last) {
            this(span, firm, marker, first, last, false);
        }

        Condition firmer() {
            return new Condition(span, true, marker, first, last);
        }

        Condition looser() {
            return new Condition(span, false, marker, first, last);
        }

        /** An if-clause that wishes for the issue: its words are not read as cues, and it conditions nothing. */
        Condition asWish() {
            return new Condition(span, false, marker, first, last, true);
        }

        boolean covers(int word) {
            return word >= first && word <= last;
        }
    }

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
        int frameStart = frameStart(words, sentences, start);
        IssueMatcher matcher = new IssueMatcher(issue);
        List<IssueMatcher.Mention> mentions = matcher.mentions(words, frameStart, end);
        if (onlyIfNamed && mentions.isEmpty()) {
            return Optional.empty();
        }
        if (Speakers.byAnalyst(words, sentences, frameStart, start, end) || Speakers.jointSubject(words, start, end) || askedIf(words, start)
                || Speakers.thirdPartyAttitude(words, sentences, frameStart, start, end)) {
            return Optional.of(StanceReading.UNDECIDED);
        }
        boolean[] focus = focus(words, sentences, frameStart, end, mentions);
        boolean[] inner = Speakers.nested(context, words, start, end);
        boolean[] skip = inner.clone();
        boolean[] asked = questions(context, words, sentences, frameStart, end);
        for (IssueMatcher.Mention mention : mentions) {
            for (int i = mention.from(); i < mention.to(); i++) {
                skip[i] = true;
            }
        }
        boolean exclusive = excludes(issue);
        List<Condition> conditions = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        read(context, words, sentences, frameStart, start, end, mentions, focus, inner, skip, asked, exclusive, conditions, cues);
        int warning = warningBefore(words, sentences, start);
        if (warning >= 0 && conditions.isEmpty() && !mentions.isEmpty()) {
            cues.add(new Cue(Side.AGAINST, 1, words.get(warning).span(), warning, false));
        }
        if (cues.isEmpty() && conditions.isEmpty() && !mentions.isEmpty()) {
            // nothing decides in the sentences that name the issue: the cues of the sentences after them speak of it
            boolean[] after = new boolean[words.size()];
            java.util.Arrays.fill(after, mentions.get(0).from(), end, true);
            List<Condition> ignored = new ArrayList<>();
            read(context, words, sentences, frameStart, start, end, mentions, after, inner, skip, asked, exclusive, ignored, cues);
        }
        boolean excepted = conditions.stream().anyMatch(condition -> condition.firm() && EXCEPTIONS.contains(words.folded(condition.marker())));
        return Optional.of(decide(context, cues, conditions, mentions.isEmpty() ? start : mentions.get(0).from(), excepted));
    }

    /** "Hannity asked Trump if he would deport ...": a statement that is the clause of an indirect question takes no side. */
    private static boolean askedIf(Words words, int start) {
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

    /**
     * "Brask warned that the declaration 'freezes the line'": a warning verb that reports the statement, or -1. What a speaker
     * warns of is what the speaker is against; a warning with a condition is a threat, which the conditions read.
     */
    private static int warningBefore(Words words, Sentences sentences, int start) {
        int verb = start - 1;
        if (verb >= 0 && words.folded(verb).equals("that")) {
            verb--;
        }
        return verb >= 0 && start < words.size() && WARNING.contains(words.folded(verb)) && sameSentence(words, sentences, verb, start)
                ? verb : -1;
    }

    /** Finds the conditions and cues in the focused words of a statement and its frame. */
    private static void read(String context, Words words, Sentences sentences, int frameStart, int start, int end,
            List<IssueMatcher.Mention> mentions, boolean[] focus, boolean[] inner, boolean[] skip, boolean[] asked, boolean exclusive,
            List<Condition> conditions, List<Cue> cues) {
        List<Condition> found = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (focus[i] && !skip[i] && !asked[i] && !inCondition(found, i)) {
                condition(context, words, sentences, i, end, found);
            }
        }
        conditions.addAll(weighConditions(words, sentences, frameStart, found, mentions, cues));
        boolean[] predicated = new boolean[words.size()];
        for (IssueMatcher.Mention mention : mentions) {
            int at = mention.from();
            if (focus[at] && !inCondition(conditions, at) && !inner[at] && !asked[at]) {
                predication(context, words, sentences, mention, end, predicated, cues);
            }
        }
        for (int i = frameStart; i < end; i++) {
            if (!focus[i] || predicated[i] || (skip[i] && !againstPhraseInMention(words, i) && !(undoingBeforeMention(words, i, mentions) && !inner[i]))
                    || inCondition(conditions, i) || asked[i]) {
                continue;
            }
            cue(words, sentences, i, frameStart, mentions, exclusive, cues);
        }
        for (IssueMatcher.Mention mention : mentions) {
            if (focus[mention.from()] && !inCondition(conditions, mention.from()) && !inner[mention.from()] && !asked[mention.from()]) {
                mentionCue(words, sentences, mention, frameStart, end, cues);
            }
        }
    }

    /**
     * A judgement predicated of the issue's mention as the subject of its clause: an auxiliary after it, then an adjective
     * or noun that praises or blames ("a wall is not a provocative, but a neighborly idea", "the deal has been a
     * disaster"), or a verb of working or of harm ("a wall is not going to keep people away", "the law hurts workers").
     * A negation among the auxiliaries turns it, and so does an undoing verb before the mention ("the idea of deporting
     * 11 million people is absurd" is for letting them stay). After "but" the later judgement counts. The judgement's
     * words, and the undoing verb, are marked {@code predicated}: they are read here, not again as cues.
     */
    private static void predication(String context, Words words, Sentences sentences, IssueMatcher.Mention mention, int end,
            boolean[] predicated, List<Cue> cues) {
        int j = mention.to();
        while (j < end && j - mention.to() < SUBJECT_REACH && !FINITE.contains(words.folded(j))) {
            String word = words.folded(j);
            if (isCue(word) || DOING.contains(word) || RELATIVES.contains(word) || word.equals("and") || word.equals("or")
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
                Side judgement = againstPhraseInMention(words, k) ? Side.AGAINST
                        : GOOD_PREDICATES.contains(word) || PRAISE.contains(word) || (FOR.contains(word) && !MODALS.contains(word))
                        ? Side.FOR : BAD_PREDICATES.contains(word) || AGAINST.contains(word) || BLAME.contains(word) ? Side.AGAINST : null;
                if (judgement != null) {
                    if (side == null) {
                        side = judgement;
                        decisive = k;
                    }
                    judged.add(k);
                    if (againstPhraseInMention(words, k)) {
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
            side = side == Side.FOR ? Side.AGAINST : Side.FOR;
        }
        cues.add(new Cue(side, PREDICATED, words.get(decisive).span(), decisive, turned));
    }

    /**
     * The first word of the reporting frame: up to {@link #FRAME_WORDS} words before the statement
     * in its sentence, but not past a speech verb ("called the news 'right' and said [the alliance
     * would ...]"): what comes before the verb is its subject or another clause.
     */
    private static int frameStart(Words words, Sentences sentences, int start) {
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

    /**
     * The words of questions, and of indirect questions after "whether" to the end of their clause
     * ("would decide on Thursday whether to go ahead with new sanctions"): an open question takes
     * no side (STANCE.md 5.5, a real question is neutral).
     */
    private static boolean[] questions(String context, Words words, Sentences sentences, int from, int to) {
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
        for (int i = from; i < to; i++) {
            if (words.folded(i).equals("whether")) {
                int last = words.firstFrom(clause(context, words, sentences, i, to).end()) - 1;
                for (int j = i + 1; j <= last; j++) {
                    if (words.folded(j).equals("depend") || words.folded(j).equals("depends")) {
                        last = j - 1; // "whether it is signed depends on Korvask": the clause is a subject, not a question
                        break;
                    }
                }
                for (int j = i; j <= last && j < to; j++) {
                    asked[j] = true;
                }
            }
        }
        return asked;
    }

    /** Threat phrases that keep their weight inside the issue's own phrases ("legitimate target", "red line"). */
    private static boolean againstPhraseInMention(Words words, int i) {
        return isPhrase(words, i, "legitimate", "target") || isPhrase(words, i, "red", "line");
    }

    private static boolean inCondition(List<Condition> conditions, int i) {
        for (Condition condition : conditions) {
            if (condition.covers(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sorts the conditions found by what they condition. A threat of the issue with an if-clause
     * ("warned of new sanctions if Korvask walks away", "talks ... or face new sanctions") is
     * conditional whatever else is said. An if-clause that fears the issue will not happen ("if
     * direct talks aren't scheduled", "if a ceasefire is not reached") is a wish for it: a cue
     * for, not a condition. A condition that itself names the issue ("depends on whether the
     * observers come") only counts beside a cue for.
     */
    private static List<Condition> weighConditions(Words words, Sentences sentences, int from, List<Condition> found,
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
                kept.add(condition.asWish());
                continue;
            }
            if (inside != null && marker.equals("if") && negatedBetween(words, condition.first(), condition.last())) {
                // "if he can't block the refugees' arrival": fearing that the issue will not be undone is a wish against it
                Side wished = undoneWithin(words, condition.first(), inside.from()) ? Side.AGAINST : Side.FOR;
                cues.add(new Cue(wished, 1.5, cover(words, condition.marker(), condition.last()), inside.from(), false));
                kept.add(condition.asWish());
                continue;
            }
            if (inside != null) {
                kept.add(condition.looser());
            } else if ((marker.equals("if") || marker.equals("unless")) && threatened(words, sentences, from, condition.marker(), mentions)) {
                kept.add(condition.firmer());
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

    private static boolean negatedBetween(Words words, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (isNegation(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** The words to read: the sentences that name the issue, or the whole statement when none does. */
    private static boolean[] focus(Words words, Sentences sentences, int from, int to, List<IssueMatcher.Mention> mentions) {
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

    /** Whether the issue's proposition leaves somebody out ("... without Kestria among the guarantors"). */
    private static boolean excludes(Issue issue) {
        return issue.supports() != null && Words.foldPhrase(issue.supports()).contains("without");
    }

    /** An undoing word inside one mention whose object is another ("renunciation" + "of NATO membership"). */
    private static boolean undoingBeforeMention(Words words, int i, List<IssueMatcher.Mention> mentions) {
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
        if (exiting(words, i)) {
            return UNDOING_REACH + 3; // "out of the North American Free Trade Agreement": a name's words come first
        }
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + UNDOING_REACH); k++) {
            if (AIMS.contains(words.folded(k))) {
                return UNDOING_REACH + 3;
            }
        }
        return UNDOING_REACH;
    }

    /** "the Coalition of the Willing": a capitalised cue word after "the" in mid-sentence is part of a name. */
    private static boolean partOfName(Words words, Sentences sentences, int i) {
        return i > 0 && Character.isUpperCase(words.get(i).text().charAt(0)) && words.get(i - 1).text().equals("the")
                && sameSentence(words, sentences, i - 1, i);
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

    /** An idiom of acceptance that starts at word {@code i}, including "I'll take that" and "I'd like". */
    private static boolean forIdiom(Words words, int i) {
        for (List<String> idiom : FOR_IDIOMS) {
            if (isPhrase(words, i, idiom.toArray(String[]::new))) {
                return !idiom.get(1).equals("take") || !objectFollows(words, i + idiom.size() - 1);
            }
        }
        String word = words.folded(i);
        String before = i > 0 ? words.folded(i - 1) : "";
        return (word.equals("like") && before.endsWith("'d"))
                || (word.equals("take") && before.endsWith("'ll") && i + 1 < words.size()
                        && (words.folded(i + 1).equals("that") || words.folded(i + 1).equals("it")) && !objectFollows(words, i + 1));
    }

    /** "will take that issue and drive it": a noun right after "take that" makes it a demonstrative, not the idiom of accepting. */
    private static boolean objectFollows(Words words, int i) {
        return i + 1 < words.size() && words.get(i + 1).span().start() == words.get(i).span().end() + 1
                && Character.isLowerCase(words.get(i + 1).text().charAt(0)) && words.folded(i).equals("that");
    }

    private static boolean againstIdiom(Words words, int i) {
        for (List<String> idiom : AGAINST_IDIOMS) {
            if (isPhrase(words, i, idiom.toArray(String[]::new))) {
                return true;
            }
        }
        return false;
    }

    /** "moved by a millimetre", "give an inch": giving ground, which a negation makes a refusal. */
    private static boolean yieldingGround(Words words, Sentences sentences, int i) {
        if (!YIELDING.contains(words.folded(i))) {
            return false;
        }
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + 4) && sameSentence(words, sentences, i, k); k++) {
            if (SMALL_DISTANCES.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** "must have a seat among the guarantors", "be included in talks on guarantees": a claim to a place in the issue. */
    private static boolean inclusion(Words words, int i, List<IssueMatcher.Mention> mentions) {
        for (List<String> phrase : INCLUSION) {
            if (isPhrase(words, i, phrase.toArray(String[]::new))) {
                return mentionWithin(mentions, i + 1, i + 8);
            }
        }
        return false;
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

    private static void cue(Words words, Sentences sentences, int i, int from, List<IssueMatcher.Mention> mentions, boolean exclusive,
            List<Cue> cues) {
        String word = words.folded(i);
        TextSpan span = words.get(i).span();
        Side side = null;
        double weight = 1;
        boolean turned = false;
        if (FOR.contains(word)) {
            side = Side.FOR;
            if (reportedNoun(words, i) || reportedCompound(words, i, mentions) || attributive(words, i) || modalBeforeCue(words, sentences, i)
                    || partOfName(words, sentences, i) || movingBack(words, i) || aimGivenUp(words, i) || thirdPartyWish(words, i)
                    || carrier(words, sentences, i) || assurance(words, i) || (word.equals("step") && isPhrase(words, i - 2, "out", "of"))
                    || pluralNoun(words, i) || answeringBack(words, i) || reducedRelative(words, i)) {
                return;
            }
        } else if (AGAINST.contains(word)) {
            side = Side.AGAINST;
            if ((word.equals("never") && negatesCue(words, sentences, i, mentions)) || partOfName(words, sentences, i)
                    || countered(words, i) || hedgedObject(words, i, mentions) || describesPeople(words, i)) {
                return;
            }
        } else if (isPhrase(words, i, "rule", "out") || isPhrase(words, i, "ruled", "out") || isPhrase(words, i, "rules", "out")
                || isPhrase(words, i, "red", "line") || isPhrase(words, i, "out", "of", "the", "question")
                || isPhrase(words, i, "act", "of", "war")) {
            side = Side.AGAINST;
        } else if (isPhrase(words, i, "legitimate", "target")) {
            side = Side.AGAINST;
            weight = 2;
        } else if (isPhrase(words, i, "call", "for") || isPhrase(words, i, "called", "for") || isPhrase(words, i, "calling", "for")
                || isPhrase(words, i, "push", "for") || isPhrase(words, i, "pushed", "for") || isPhrase(words, i, "press", "for")) {
            if (reportedNoun(words, i) || reducedRelative(words, i)) {
                return;
            }
            side = Side.FOR;
        } else if (isPhrase(words, i, "without", "precondition") || isPhrase(words, i, "without", "condition")) {
            side = Side.FOR;
            weight = 1.5;
        } else if ((word.equals("condition") || word.equals("precondition")) && conditionMet(words, i)) {
            side = Side.FOR;
        } else if (refusal(words, sentences, i)) {
            side = Side.AGAINST;
            weight = 2;
        } else if ((UNDOING.contains(word) || isPhrase(words, i, "give", "up") || isPhrase(words, i, "gave", "up")
                || isPhrase(words, i, "giving", "up") || tearingUp(words, i) || closing(words, i) || exiting(words, i))
                && mentionWithin(mentions, i + 1, i + undoingReach(words, i))) {
            side = Side.AGAINST;
            weight = 1.5;
            turned = true;
        } else if (DOING.contains(word) && passiveAfterMention(words, i, mentions)) {
            side = Side.FOR; // "up to 400 observers could be deployed"
        } else if (UNDOING.contains(word) && passiveAfterMention(words, i, mentions)) {
            side = Side.AGAINST;
            weight = 1.5;
            turned = true;
        } else if ((DOING.contains(word) || isPhrase(words, i, "set", "up") || isPhrase(words, i, "set", "in", "motion"))
                && mentionWithin(mentions, i + 1, i + DOING_REACH) && sameSentence(words, sentences, i, Math.min(words.size() - 1, i + 1))
                && !(i >= 2 && words.folded(i - 1).equals("to") && reportedNoun(words, i - 2))) {
            side = Side.FOR;
        } else if (exclusive && inclusion(words, i, mentions)) {
            side = Side.AGAINST;
            weight = 1.5;
        } else if (forIdiom(words, i) || yieldingGround(words, sentences, i)) {
            side = Side.FOR;
        } else if (againstIdiom(words, i)) {
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
            // criticising is then no cue of its own (its object is the party, the stance is in the turned position)
            cues.removeIf(cue -> cue.at() == critic);
            cues.add(new Cue(side == Side.AGAINST ? Side.FOR : Side.AGAINST, side == Side.AGAINST ? NEGATED_AGAINST : weight, span, i,
                    side == Side.FOR));
            return;
        }
        if (negated(words, sentences, i, from)) {
            // "never afraid of", "nothing to fear from": a weak yes; "will not allow": a no
            weight = side == Side.AGAINST ? NEGATED_AGAINST : weight;
            turned = side == Side.FOR;
            side = side == Side.AGAINST ? Side.FOR : Side.AGAINST;
        }
        cues.add(new Cue(side, weight, span, i, turned));
    }

    /**
     * A speech-act noun that reports somebody else's proposal ("Valdoria's call for a force", "a
     * Lindmark proposal for monitors", "the offer"): it names a position, it does not take one.
     * Only the speaker's own ("our proposal") or a verb ("we offer") is a cue.
     */
    private static boolean reportedNoun(Words words, int i) {
        if (!SPEECH_NOUNS.contains(words.folded(i))) {
            return false;
        }
        if (!words.get(i).text().toLowerCase(java.util.Locale.ROOT).equals(words.folded(i))
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
            if (AGAINST.contains(next) || UNDOING.contains(next) || isNegation(next) || closing(words, k) || tearingUp(words, k)) {
                return true;
            }
        }
        return false;
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

    /** A negated mention ("no foreign armies", "not a single metre of territory") or an answered one ("armies — no"). */
    private static void mentionCue(Words words, Sentences sentences, IssueMatcher.Mention mention, int from, int to, List<Cue> cues) {
        for (int k = Math.max(from, mention.from() - NEGATION_REACH); k < mention.from(); k++) {
            if (isNegation(words.folded(k)) && !notOnly(words, k) && sameSentence(words, sentences, k, mention.from())
                    && !scopeBroken(words, k, mention.from())) {
                if (scheduleOnly(words, k, mention) || relevanceDenied(words, k)) {
                    return;
                }
                cues.add(new Cue(Side.AGAINST, 1.5, cover(words, k, mention.to() - 1), k, true));
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

    /** "there is no meeting planned": a "no" before a mention and a word of schedule after it tells the agenda, not a refusal. */
    private static boolean scheduleOnly(Words words, int negation, IssueMatcher.Mention mention) {
        return words.folded(negation).equals("no") && mention.to() < words.size() && SCHEDULED.contains(words.folded(mention.to()));
    }

    /** "the issue is not the meeting itself": denies that the mention is the problem, it does not refuse it. */
    private static boolean relevanceDenied(Words words, int negation) {
        return words.folded(negation).equals("not") && negation >= 2 && PASSIVE.contains(words.folded(negation - 1))
                && RELEVANCE.contains(words.folded(negation - 2));
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

    /** "ready to meet ... at the right moment", "on a serious basis": a vague term on an act that still makes it conditional. */
    private static boolean vagueTerm(Words words, int i) {
        boolean act = false;
        for (int k = Math.max(0, i - 8); k < i; k++) {
            act |= DOING.contains(words.folded(k)) || FOR.contains(words.folded(k)) && !words.folded(k).equals("right");
        }
        return act && (isPhrase(words, i, "at", "the", "right") && i + 3 < words.size()
                && (words.folded(i + 3).equals("moment") || words.folded(i + 3).equals("time")))
                || (isPhrase(words, i, "on", "a") && i + 3 < words.size() && words.folded(i + 3).equals("basis"));
    }

    /** "a summit should crown an agreement": what the issue should crown has to come first. */
    private static boolean crowning(Words words, int i) {
        return CROWNING.contains(words.folded(i)) && i > 0 && (MODALS.contains(words.folded(i - 1))
                || words.folded(i - 1).equals("would") || words.folded(i - 1).equals("will"));
    }

    private static void condition(String context, Words words, Sentences sentences, int i, int end, List<Condition> conditions) {
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
        if (isPhrase(words, i, "or", "face") && i + 2 < words.size()) {
            // "has two weeks to commit to a meeting or face new sanctions": the demand is the condition
            int first = i - 1;
            while (first > 0 && i - first < CLAUSE_WORDS && sameSentence(words, sentences, first - 1, i)
                    && !words.folded(first - 1).equals("to") && !words.folded(first - 1).equals("until")) {
                first--;
            }
            conditions.add(new Condition(cover(words, Math.max(0, first - 1), i - 1), true, i, i, Math.min(end, i + 8) - 1));
            return;
        }
        if (isPhrase(words, i, "without", "precondition") || isPhrase(words, i, "without", "condition")
                || isPhrase(words, i, "on", "condition", "of", "anonymity")) {
            return;
        }
        for (List<String> marker : FIRM_CONDITIONS) {
            if (isPhrase(words, i, marker.toArray(String[]::new))) {
                if (i > 0 && (words.folded(i - 1).equals("without") || words.folded(i - 1).equals("no")
                        || isPhrase(words, i - 1, "on", "condition", "of", "anonymity") || conditionMet(words, i))) {
                    return;
                }
                int first = MARKER_ONLY.contains(marker.get(0)) ? i + 1 : i;
                conditions.add(condition(context, words, sentences, i, first, end, true));
                return;
            }
        }
        for (List<String> marker : LOOSE_PHRASES) {
            if (isPhrase(words, i, marker.toArray(String[]::new))) {
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
                && clauseFollows(words, sentences, i) && !datedClause(context, words, sentences, i, end)) {
            boolean awaited = AWAITING.contains(word) && negatedSentence(words, sentences, i);
            if (word.equals("until") && !awaited) {
                return; // "the date stands until somebody tells me otherwise": how long, not on what terms
            }
            conditions.add(condition(context, words, sentences, i, i, end, awaited));
        }
    }

    /** "had met the one condition I set": a condition already met is no longer one (and is a yes, see {@link #MET}). */
    private static boolean conditionMet(Words words, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (MET.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    private static Condition condition(String context, Words words, Sentences sentences, int marker, int first, int end, boolean firm) {
        TextSpan span = clause(context, words, sentences, first, end);
        int last = Math.max(first, words.firstFrom(span.end()) - 1);
        return new Condition(span, firm, marker, marker, last);
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

    /** "until Friday", "before the end of the month", "when it meets on 3 May": a time, not a condition. */
    private static boolean timeFollows(Words words, int i) {
        int next = i + 1;
        if (next < words.size() && words.folded(next).equals("the")) {
            next++;
        }
        return next < words.size() && TIME_WORDS.contains(words.folded(next)) || (next < words.size()
                && words.folded(next).chars().allMatch(Character::isDigit));
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
        Condition loose = conditions.stream().filter(condition -> !condition.firm() && !condition.wish()).findFirst().orElse(null);
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
            if (k > first + 2 && (breaksClause(context, words.get(k - 1).span().end(), words.get(k).span().start())
                    || words.folded(k).equals("but"))) {
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

    /** Whether a negation, or before an "until" a word of holding back ("the suspension ... until", "stay away until"), comes earlier in word {@code i}'s sentence. */
    private static boolean negatedSentence(Words words, Sentences sentences, int i) {
        int sentence = sentences.indexOf(words.get(i).span().start());
        for (int k = i - 1; k >= Math.max(0, i - CLAUSE_WORDS) && sentences.indexOf(words.get(k).span().start()) == sentence; k--) {
            if (isNegation(words.folded(k)) || (words.folded(i).equals("until") && (UNDOING.contains(words.folded(k))
                    || isPhrase(words, k, "stay", "away") || isPhrase(words, k, "stayed", "away")))) {
                return true;
            }
        }
        return false;
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

    /** "denounced suggestions", "condemning the plan", "attacked Trump's proposal": a verb of criticising whose object is a stated position. */
    private static boolean positionCriticised(Words words, int verb) {
        for (int k = verb + 1; k <= Math.min(words.size() - 1, verb + 4); k++) {
            if (POSITION_NOUNS.contains(words.folded(k))) {
                return true;
            }
            String text = words.get(k).text();
            if (!REPORTING_DETERMINERS.contains(words.folded(k)) && !OWN_DETERMINERS.contains(words.folded(k))
                    && !text.endsWith("'s") && !text.endsWith("’s") && !Character.isUpperCase(text.charAt(0))) {
                return false;
            }
        }
        return false;
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

    private static boolean againstVerb(Words words, int k) {
        String next = words.folded(k);
        return AGAINST.contains(next) || UNDOING.contains(next) || isNegation(next) || tearingUp(words, k) || closing(words, k);
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
        String text = words.get(i).text().toLowerCase(java.util.Locale.ROOT);
        return text.equals("rights") || text.equals("supporters") || text.equals("backers");
    }

    /** "chanted back at him", "hit back at": "back at" answers somebody, it does not back anything. */
    private static boolean answeringBack(Words words, int i) {
        return words.folded(i).equals("back") && i + 1 < words.size() && words.folded(i + 1).equals("at");
    }

    /**
     * "statements made by Donald Trump calling for a ban": "calling for" right after a name, with no comma, is a reduced
     * relative clause about that party's call, not the speaker's own ("he said, calling for ...").
     */
    private static boolean reducedRelative(Words words, int i) {
        String word = words.folded(i);
        return (word.equals("calling") || word.equals("pushing") || word.equals("pressing")) && i > 0 && Speakers.isName(words, i - 1)
                && words.get(i).span().start() == words.get(i - 1).span().end() + 1;
    }

    /**
     * "reject bad trade deals", "oppose unfair deals": refusing only the bad ones among the issue's kind is a hedge, not a
     * refusal of the issue.
     */
    private static boolean hedgedObject(Words words, int i, List<IssueMatcher.Mention> mentions) {
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + 2); k++) {
            if (BAD_PREDICATES.contains(words.folded(k)) || words.folded(k).equals("dumb") || words.folded(k).equals("stupid")) {
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

    /** "get the United States out of NAFTA", "pull out of the deal": leaving the issue, like an undoing verb. */
    private static boolean exiting(Words words, int i) {
        if (!words.folded(i).equals("out") || i + 1 >= words.size() || !words.folded(i + 1).equals("of")) {
            return false;
        }
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (LEAVING.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** "rip up", "tear up", "tore up": to undo an agreement. */
    private static boolean tearingUp(Words words, int i) {
        String word = words.folded(i);
        return i + 1 < words.size() && words.folded(i + 1).equals("up")
                && (word.equals("rip") || word.equals("ripped") || word.equals("ripping") || word.equals("tear")
                        || word.equals("tore") || word.equals("torn") || word.equals("tearing"));
    }

    /** "close its borders to", "closed the door on": the verb "close" with its object, not the adjective ("close to a deal"). */
    private static boolean closing(Words words, int i) {
        String word = words.folded(i);
        return (word.equals("close") || word.equals("closed") || word.equals("closing")) && i + 1 < words.size()
                && (ARTICLES.contains(words.folded(i + 1)) || OWN_DETERMINERS.contains(words.folded(i + 1))
                        || words.folded(i + 1).equals("america") || words.folded(i + 1).equals("our"));
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

    /** "not only X", "not just X" add to X rather than deny it. */
    private static boolean notOnly(Words words, int k) {
        return k + 1 < words.size() && ADDING.contains(words.folded(k + 1));
    }

    /** A negation word, or a "n't" contraction; also one whose apostrophe lossy mojibake left as "â" ("wonât"). */
    private static boolean isNegation(String folded) {
        return NEGATIONS.contains(folded) || folded.endsWith("n't") || folded.endsWith("nât");
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
