package dev.dossier.quotes;

import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that introduce reported speech. Speech cues take a quotation or a clause ("said",
 * "warned", "told"); framing cues only introduce a few quoted words ("dismissing X as '...'").
 */
final class Cues {

    private static final Set<String> SPEECH = Set.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "insist", "insists", "insisted", "insisting", "warn", "warns", "warned", "warning", "write", "writes",
            "wrote", "writing", "declare", "declares", "declared", "state", "states", "stated", "ask", "asks",
            "asked", "explain", "explains", "explained", "explaining", "argue", "argues", "argued", "arguing",
            "note", "notes", "noted", "noting", "claim", "claims", "claimed", "claiming", "stress", "stresses",
            "stressed", "stressing", "urge", "urges", "urged", "announce", "announces", "announced", "reply",
            "replies", "replied", "respond", "responds", "responded", "continue", "continued", "conclude",
            "concluded", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "caution",
            "cautions", "cautioned", "suggest", "suggests", "suggested", "post", "posted", "tweet", "tweeted",
            "complain", "complained", "recall", "recalled", "emphasise", "emphasised", "emphasize", "emphasized",
            "emphasises", "emphasizes", "quip", "quipped", "joke", "joked", "predict", "predicted", "vow", "vowed",
            "vows", "pledge", "pledged", "contend", "contended", "maintain", "maintained", "maintains", "reiterate",
            "reiterated", "reiterates", "repeat", "repeated", "concede", "conceded", "allege", "alleged", "alleges",
            "confirm", "confirmed", "confirms", "deny", "denied", "denies", "reveal", "revealed", "reveals",
            "report", "reported", "reports", "observe", "observed", "remark", "remarked", "comment", "commented",
            "counter", "countered", "assure", "assured", "promise", "promised", "threaten", "threatened", "demand",
            "demanded", "believe", "believes", "believed", "signal", "signalled", "signaled", "hint", "hinted",
            "boast", "boasted", "lament", "lamented", "indicate", "indicated", "mention", "mentioned", "testify",
            "testified", "announcing", "reiterating", "declaring", "acknowledging",
            // voiced rather than stated: "“Denver,” he answered", "the crowd chanted “...”"
            "answer", "answers", "answered", "shout", "shouts", "shouted", "shouting", "yell", "yells", "yelled", "yelling",
            "scream", "screamed", "screaming", "chant", "chanted", "chanting", "exclaim", "exclaimed", "cry", "cried",
            "mutter", "muttered", "whisper", "whispered", "interject", "interjected", "retort", "retorted",
            // asserting, conceding, complaining, wondering: "Hewlett sniped that ...", "Trump is questioning whether ..."
            "assert", "asserts", "asserted", "proclaim", "proclaims", "proclaimed", "agree", "agrees", "agreed",
            "disagree", "disagrees", "disagreed", "question", "questions", "questioned", "questioning", "wonder",
            "wonders", "wondered", "recount", "recounts", "recounted", "estimate", "estimates", "estimated", "vent",
            "vents", "vented", "snipe", "snipes", "sniped", "gush", "gushes", "gushed", "muse", "muses", "mused",
            "scoff", "scoffs", "scoffed", "plead", "pleads", "pleaded", "beg", "begs", "begged", "speculate",
            "speculates", "speculated", "opine", "opines", "opined", "pledges", "laments", "boasts", "quips", "jokes",
            "predicts", "recalls", "complains", "rail", "rails", "railed", "railing", "exhort", "exhorts", "exhorted",
            "remember", "remembers", "remembered", "echo", "echoes", "echoed",
            // a document's words: "'...,' the lawsuit reads", "reads a Monday editorial"; not "read", which as
            // often tells what someone read ("she read 'Moby Dick'")
            "reads");
    private static final Set<String> FRAMING = Set.of(
            "dismiss", "dismisses", "dismissed", "dismissing", "describe", "describes", "described", "describing",
            "call", "calls", "called", "calling", "brand", "brands", "branded", "branding", "label", "labels",
            "labelled", "labeled", "labelling", "labeling", "term", "termed", "terming", "denounce", "denounced",
            "denouncing", "hail", "hailed", "hailing", "praise", "praised", "praising", "decry", "decried",
            // a judgement in someone's words: "accusing X of '...'", "mocked X as '...'", "thanked X for '...'"
            "accuse", "accuses", "accused", "accusing", "mock", "mocks", "mocked", "mocking", "blame", "blames",
            "blamed", "blaming", "thank", "thanks", "thanked", "thanking", "cite", "cites", "cited", "citing",
            "credit", "credits", "credited", "crediting", "tout", "touts", "touted", "touting", "dub", "dubs",
            "dubbed", "dubbing", "nickname", "nicknamed", "deride", "derided", "deriding", "slam", "slams",
            "slammed", "slamming", "blast", "blasts", "blasted", "blasting", "criticize", "criticized",
            "criticizing", "criticise", "criticised", "condemn", "condemned", "condemning",
            "characterize", "characterizes", "characterized", "characterizing", "characterise", "characterised",
            "refer", "refers", "referred", "referring", "address", "addressed", "addressing");

    private Cues() {}

    static boolean isSpeech(Token token) {
        return token.isVerb() && SPEECH.contains(token.word().toLowerCase(Locale.ROOT));
    }

    /** A speech cue's word whatever the tagger made of it: "Said" opening a sentence is often tagged a proper noun. */
    static boolean isSpeechWord(Token token) {
        return SPEECH.contains(token.word().toLowerCase(Locale.ROOT));
    }

    static boolean isFraming(Token token) {
        return token.isVerb() && FRAMING.contains(token.word().toLowerCase(Locale.ROOT));
    }

    static boolean isCue(Token token) {
        return isSpeech(token) || isFraming(token);
    }

    /** "according" in "according to". */
    static boolean isAccordingTo(List<Token> tokens, int index) {
        return index + 1 < tokens.size() && tokens.get(index).word().equalsIgnoreCase("according")
                && tokens.get(index + 1).word().equalsIgnoreCase("to");
    }
}
