package dev.dossier.positions;

import static dev.dossier.positions.StanceWords.ARTICLES;
import static dev.dossier.positions.StanceWords.OWN_DETERMINERS;
import static dev.dossier.positions.StanceWords.mentionWithin;
import static dev.dossier.positions.StanceWords.sameSentence;

import java.util.List;
import java.util.Set;

/**
 * Phrases whose stance is not in a cue word of their own: idioms of accepting ("paves the way for",
 * "I'll take that") and of shutting out ("closed the door on"), giving ground ("won't give an inch"),
 * a claim to a place in the issue ("must have a seat among"), undoing an agreement ("tear up", "close
 * its borders", "pull out of"), and the threat phrases that count even inside the issue's own words
 * ("legitimate target", "red line").
 *
 * <p>Stateless and thread-safe.
 */
final class Idioms {

    /**
     * Idioms of accepting, preparing or wanting ("I will take that", "went along with", "paves the way for",
     * "setting the table for", "would like"), and of holding to something ("not negotiable"): support without a
     * cue word of its own.
     */
    private static final List<List<String>> FOR_IDIOMS = List.of(
            List.of("will", "take", "that"), List.of("will", "take", "it"), List.of("go", "along", "with"),
            List.of("went", "along", "with"), List.of("going", "along", "with"), List.of("goes", "along", "with"),
            List.of("pave", "the", "way"), List.of("paves", "the", "way"), List.of("paved", "the", "way"),
            List.of("paving", "the", "way"), List.of("set", "the", "stage"), List.of("setting", "the", "stage"),
            List.of("set", "the", "table"), List.of("setting", "the", "table"), List.of("open", "the", "door"),
            List.of("opens", "the", "door"), List.of("opened", "the", "door"), List.of("would", "like"),
            List.of("not", "negotiable"), List.of("non-negotiable"), List.of("nonnegotiable"));
    /** Idioms of shutting out ("left outside the door", "closed the door on"): opposition without a cue word. */
    private static final List<List<String>> AGAINST_IDIOMS = List.of(
            List.of("outside", "the", "door"), List.of("outside", "any", "door"), List.of("close", "the", "door"),
            List.of("closed", "the", "door"), List.of("shut", "the", "door"), List.of("slam", "the", "door"),
            List.of("slammed", "the", "door"), List.of("out", "of", "step"));
    /** Forms of the verbs of "throw out", "strike down" and "do away with". */
    private static final Set<String> THROWING = Set.of("throw", "threw", "thrown", "throwing");
    private static final Set<String> STRIKING = Set.of("strike", "struck", "striking");
    private static final Set<String> DOING_AWAY = Set.of("do", "did", "done", "doing");
    /** Forms of "call" that, with "on" and a "to" after the party called on, ask for what follows. */
    private static final Set<String> CALLING = Set.of("call", "calls", "called", "calling");
    /** The most words between "called on" and the "to" of what the party is asked to do ("called on President Obama to"). */
    private static final int CALLED_PARTY_WORDS = 6;
    /** Verbs of giving ground; with a unit of distance ("moved by a millimetre", "give an inch") they concede, negated they refuse. */
    private static final Set<String> YIELDING = Set.of(
            "move", "moved", "moving", "budge", "budged", "budging", "shift", "shifted", "give", "gave", "given", "yield",
            "yielded", "retreat", "retreated", "step", "stepped");
    /** Small distances that make a verb of giving ground an idiom ("not moved by a millimetre", "won't give an inch"). */
    private static final Set<String> SMALL_DISTANCES = Set.of("inch", "millimetre", "millimeter", "centimetre", "centimeter", "iota");
    /**
     * Phrases that ask for a place for somebody ("must have a seat among", "be included in", "be among"): against an
     * issue whose proposition leaves somebody out ("without Kestria among the guarantors").
     */
    private static final List<List<String>> INCLUSION = List.of(
            List.of("be", "among"), List.of("a", "seat"), List.of("be", "included"), List.of("be", "part", "of"),
            List.of("a", "say", "in"), List.of("a", "veto"), List.of("be", "represented"));
    /** Verbs that, with "out of" and the issue, leave it ("get the country out of NAFTA", "pulled out of the deal"). */
    private static final Set<String> LEAVING = Set.of(
            "get", "getting", "got", "pull", "pulling", "pulled", "take", "taking", "took", "opt", "opted", "walk", "walked",
            "walking", "back", "backed", "backing");

    private Idioms() {}

    /** An idiom of acceptance that starts at word {@code i}, including "I'll take that" and "I'd like". */
    static boolean forIdiom(Words words, int i) {
        for (List<String> idiom : FOR_IDIOMS) {
            if (words.isPhrase(i, idiom.toArray(String[]::new))) {
                return !idiom.contains("take") || !objectFollows(words, i + idiom.size() - 1);
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

    static boolean againstIdiom(Words words, int i) {
        for (List<String> idiom : AGAINST_IDIOMS) {
            if (words.isPhrase(i, idiom.toArray(String[]::new))) {
                return true;
            }
        }
        return false;
    }

    /** "moved by a millimetre", "give an inch": giving ground, which a negation makes a refusal. */
    static boolean yieldingGround(Words words, Sentences sentences, int i) {
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
    static boolean inclusion(Words words, int i, List<IssueMatcher.Mention> mentions) {
        for (List<String> phrase : INCLUSION) {
            if (words.isPhrase(i, phrase.toArray(String[]::new))) {
                return mentionWithin(mentions, i + 1, i + 8);
            }
        }
        return false;
    }

    /** "rip up", "tear up", "tore up": to undo an agreement. */
    static boolean tearingUp(Words words, int i) {
        String word = words.folded(i);
        return i + 1 < words.size() && words.folded(i + 1).equals("up")
                && (word.equals("rip") || word.equals("ripped") || word.equals("ripping") || word.equals("tear")
                        || word.equals("tore") || word.equals("torn") || word.equals("tearing"));
    }

    /** "throw out the regulations", "struck down the law", "do away with the mandate": to undo a rule. */
    static boolean throwingOut(Words words, int i) {
        String word = words.folded(i);
        return (THROWING.contains(word) && words.isPhrase(i + 1, "out")) || (STRIKING.contains(word) && words.isPhrase(i + 1, "down"))
                || (DOING_AWAY.contains(word) && words.isPhrase(i + 1, "away", "with"));
    }

    /**
     * "called on President Obama to retaliate", "calls upon both sides to attend": asking a party to do something, a
     * cue for like "urged"; "called on the phone" has no "to" after its party and is no cue.
     */
    static boolean callingOn(Words words, Sentences sentences, int i) {
        if (!CALLING.contains(words.folded(i)) || !(words.isPhrase(i + 1, "on") || words.isPhrase(i + 1, "upon"))) {
            return false;
        }
        for (int k = i + 3; k <= Math.min(words.size() - 1, i + 2 + CALLED_PARTY_WORDS) && sameSentence(words, sentences, i, k); k++) {
            if (words.folded(k).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** "close its borders to", "closed the door on": the verb "close" with its object, not the adjective ("close to a deal"). */
    static boolean closing(Words words, int i) {
        String word = words.folded(i);
        return (word.equals("close") || word.equals("closed") || word.equals("closing")) && i + 1 < words.size()
                && (ARTICLES.contains(words.folded(i + 1)) || OWN_DETERMINERS.contains(words.folded(i + 1))
                        || words.folded(i + 1).equals("america") || words.folded(i + 1).equals("our"));
    }

    /** "get the United States out of NAFTA", "pull out of the deal": leaving the issue, like an undoing verb. */
    static boolean exiting(Words words, int i) {
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

    /** Threat phrases that keep their weight inside the issue's own phrases ("legitimate target", "red line"). */
    static boolean againstPhraseInMention(Words words, int i) {
        return words.isPhrase(i, "legitimate", "target") || words.isPhrase(i, "red", "line");
    }
}
