package dev.dossier.quotes;

import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.EntityType;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Optional;

/**
 * The speaker named right after a cue, in the inverted order news writing uses ("..., said Tatiana
 * Stanovaya, a senior fellow", "according to the minister"). Shared by the searches after and
 * before a quotation. Stateless.
 */
final class SpeakerAfterCue {

    private SpeakerAfterCue() {}

    /**
     * The speaker named from token {@code from}: up to the next comma or preposition; a phrase that
     * only describes someone ("said the woman") when {@code described}. A description followed by a
     * name in apposition gives the name ("said the party's chairman, Ivo Brandt").
     */
    static CuedSpeaker read(AnnotatedText text, int from, Sentence sentence, ArticleContext context, Token cue, boolean described) {
        List<Token> tokens = text.tokens();
        int end = from;
        while (end < sentence.endToken() && end - from < 8 && !tokens.get(end).pos().equals(",")
                && !tokens.get(end).pos().equals(".") && !tokens.get(end).pos().equals("IN")
                && !tokens.get(end).pos().equals("WP") // "said a strategist who spoke on condition of anonymity"
                && !(tokens.get(end).isVerb() && !(end == from && tokens.get(end).pos().equals("VBN")) // "said retired neurosurgeon Ben Carson"
                        && !modifiesNoun(tokens, end, from, sentence))
                && !tokens.get(end).pos().equals("MD")) {
            end++;
        }
        if (end > from && end < sentence.endToken() && opensClause(tokens.get(end))
                && (tokens.get(end - 1).pos().startsWith("NN") || tokens.get(end - 1).pos().equals("PRP"))
                && !Cues.isSpeech(tokens.get(end))) {
            // "said the alliance would decide", "say he is": a noun or pronoun and its verb, the subject of the reported clause;
            // not "said Brandt and left" or "(wrote Ivo Brandt) gathered", where the verb is another clause's, nor the garbled
            // double cue "'...,' stated the department said"
            return null;
        }
        if (end == from + 1 && end + 1 < sentence.endToken() && tokens.get(end).word().equalsIgnoreCase("of")
                && SpeakerPhrases.isPart(tokens.get(from))) {
            return partOf(text, from, sentence, context, cue); // "said one of those advisers"
        }
        Optional<Speaker> speaker = SpeakerPhrases.read(text, from, end, context, false, described);
        if (speaker.isEmpty() && end > from && end < sentence.endToken() && tokens.get(end).word().equalsIgnoreCase("of")) {
            speaker = titledName(text, from, end, sentence, context);
        }
        // "said the party's chairman, Ivo Brandt", "exhorted her warm-up act, actor Ivo Brandt": the name in apposition
        boolean describes = speaker.isEmpty() || speaker.get().kind() == SpeakerKind.ROLE || speaker.get().kind() == SpeakerKind.ANONYMOUS
                && !SpeakerPhrases.isIndefinite(tokens.get(from));
        if (describes && end + 1 < sentence.endToken()
                && tokens.get(end).pos().equals(",")) {
            int close = end + 1;
            while (close < sentence.endToken() && close - end <= 5 && !tokens.get(close).pos().equals(",") && !tokens.get(close).pos().equals(".")) {
                close++;
            }
            Optional<Speaker> named = SpeakerPhrases.read(text, end + 1, close, context, false);
            if (named.isPresent() && named.get().kind() == SpeakerKind.NAMED) {
                return new CuedSpeaker(named.get(), cue.span());
            }
        }
        return speaker.map(s -> new CuedSpeaker(s, cue.span())).orElse(null);
    }

    /**
     * "said master of ceremonies Ivo Pirelli": a title with "of" in it before a person's name; the
     * name up to the next comma or verb is the speaker.
     */
    private static Optional<Speaker> titledName(AnnotatedText text, int from, int of, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int end = of + 1;
        while (end < sentence.endToken() && end - from < 10 && !tokens.get(end).pos().equals(",") && !tokens.get(end).pos().equals(".")
                && !tokens.get(end).isVerb()) {
            end++;
        }
        int last = end;
        TextSpan phrase = new TextSpan(tokens.get(from).span().start(), tokens.get(last - 1).span().end());
        return context.bestMentionWithin(phrase, false)
                .filter(m -> m.type() == EntityType.PERSON && m.firstToken() > of && m.endToken() == last)
                .map(m -> new Speaker(SpeakerKind.NAMED, m.span(), m.span()));
    }

    /**
     * "said one of those advisers", "said several of the farmers": a part of a group that the phrase
     * after "of" describes is an anonymous speaker, the whole phrase up to the next comma or verb.
     */
    private static CuedSpeaker partOf(AnnotatedText text, int from, Sentence sentence, ArticleContext context, Token cue) {
        List<Token> tokens = text.tokens();
        int end = from + 2;
        while (end < sentence.endToken() && end - from < 10 && !tokens.get(end).pos().equals(",") && !tokens.get(end).pos().equals(".")
                && !tokens.get(end).pos().equals("IN") && !tokens.get(end).isVerb()) {
            end++;
        }
        Optional<Speaker> group = SpeakerPhrases.read(text, from + 2, end, context, false, true);
        if (group.isEmpty() || end - from <= 2) {
            return null;
        }
        TextSpan phrase = new TextSpan(tokens.get(from).span().start(), tokens.get(end - 1).span().end());
        return new CuedSpeaker(new Speaker(SpeakerKind.ANONYMOUS, phrase, null), cue.span());
    }

    /**
     * Whether a phrase after a cue that stops at this token is the subject of the clause the cue
     * reports rather than the speaker: a finite verb or a modal follows it.
     */
    static boolean opensClause(Token token) {
        // a hyphenated word the tagger took for a verb is an adjective: "said Los Angeles-based attorney Ivo Brandt"
        return (token.isFinite() || token.pos().equals("MD")) && token.word().indexOf('-') < 0;
    }

    /**
     * Whether participle {@code i} describes the noun after it inside a phrase that a determiner or
     * adjective opened ("said a leading advocate", "said another retired judge"): a word of the
     * speaker's description, not a verb of its own.
     */
    private static boolean modifiesNoun(List<Token> tokens, int i, int from, Sentence sentence) {
        String pos = tokens.get(i).pos();
        if (i == from || i + 1 >= sentence.endToken() || !(pos.equals("VBG") || pos.equals("VBN"))) {
            return false;
        }
        String before = tokens.get(i - 1).pos();
        String after = tokens.get(i + 1).pos();
        return (before.equals("DT") || before.startsWith("JJ") || before.equals("PRP$")) && (after.startsWith("NN") || after.startsWith("JJ"));
    }
}
