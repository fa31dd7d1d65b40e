package dev.dossier.quotes;

import dev.dossier.model.TextSpan;
import dev.dossier.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that introduce reported speech. Speech cues take a quotation or a clause ("said",
 * "warned", "told"); framing cues only introduce a few quoted words ("dismissing X as '...'").
 */
final class Cues {

    private static final Set<String> SPEECH = union(VerbForms.of(
            "say/said", "tell/told", "add", "insist", "warn", "write/wrote", "declare", "state", "ask", "explain",
            "argue", "note", "claim", "stress", "urge", "announce", "reply", "respond", "continue", "conclude",
            "acknowledge", "admit*", "caution", "suggest", "post", "tweet", "complain", "recall", "emphasise",
            "emphasize", "quip*", "joke", "predict", "vow", "pledge", "contend", "maintain", "reiterate", "repeat",
            "concede", "allege", "confirm", "deny", "reveal", "report", "observe", "remark", "comment", "counter",
            "assure", "promise", "threaten", "demand", "believe", "signal", "signal*", "hint", "boast", "lament",
            "indicate", "mention", "testify",
            // voiced rather than stated: "“Denver,” he answered", "the crowd chanted “...”"
            "answer", "shout", "yell", "scream", "chant", "exclaim", "cry", "mutter", "whisper", "interject", "retort",
            // asserting, conceding, complaining, wondering: "Hewlett sniped that ...", "Trump is questioning whether ..."
            "assert", "proclaim", "agree", "disagree", "question", "wonder", "recount", "estimate", "vent", "snipe",
            "gush", "muse", "scoff", "plead", "beg*", "speculate", "opine", "rail", "exhort", "remember", "echo",
            // barked, groused, charged: "'Go home,' Tarkin barked"
            "charge", "bark", "grouse", "crack", "email", "retweet", "pronounce",
            // putting forward what one thinks: "proposed that ...", "anticipated that ...", "pondered who might ..."
            "propose", "anticipate", "ponder"),
            // a document's words: "'...,' the lawsuit reads", "reads a Monday editorial"; not "read", which as
            // often tells what someone read ("she read 'Moby Dick'")
            Set.of("reads"));
    private static final Set<String> FRAMING = VerbForms.of(
            "dismiss", "describe", "call", "brand", "label", "label*", "term", "denounce", "hail", "praise", "decry",
            // a judgement in someone's words: "accusing X of '...'", "mocked X as '...'", "thanked X for '...'"
            "accuse", "mock", "blame", "thank", "cite", "credit", "tout", "dub*", "nickname", "deride", "slam*",
            "blast", "criticize", "criticise", "condemn", "characterize", "characterise", "refer*", "address", "knock", "quote",
            // a stance in someone's words: "defended the plan as 'a lifeline'", "voiced hope for '...'"
            "defend", "portray", "depict", "express", "voice");

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

    /** The words "according to" starting at token {@code index}, as one cue. */
    static TextSpan accordingToSpan(List<Token> tokens, int index) {
        return new TextSpan(tokens.get(index).span().start(), tokens.get(index + 1).span().end());
    }

    private static Set<String> union(Set<String> forms, Set<String> more) {
        Set<String> all = new HashSet<>(forms);
        all.addAll(more);
        return Set.copyOf(all);
    }
}
