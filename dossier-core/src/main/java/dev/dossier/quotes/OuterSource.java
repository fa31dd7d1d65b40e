package dev.dossier.quotes;

import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A quotation the writer has second hand: "'...,' Brandt said, according to the Orsk Herald",
 * "According to a transcript, Brandt said the mill was 'a ruin'" and "Brandt said the mill was 'a
 * ruin,' the Orsk Herald reported" give what the newspaper or the transcript reports as Brandt's
 * words. The statement in the article is the outer source's, the one the writer cites; Brandt's
 * cue and the quotation are its content. So "according to" in the cue's sentence, or an outlet
 * that "reported" at the sentence's end, outside any quotation, names the speaker in place of the
 * cue's own subject. Stateless.
 */
final class OuterSource {

    /** The verb of a credit that closes a sentence: ", the Orsk Herald reported." */
    private static final Set<String> REPORTED = Set.of("reported", "reports");
    /** The most tokens a date after the credit's verb and the full stop take: "reported on Monday.", "reported in 1991." */
    private static final int DATE_TOKENS = 4;
    /** The most tokens the credited outlet may take: "the Orsk Herald's weekend edition". */
    private static final int CREDIT_TOKENS = 6;

    private OuterSource() {}

    /**
     * The source that "according to" or a closing "reported" names in the sentence of {@code
     * found}'s cue, else {@code found}. The cue stays the quoted speaker's verb, which still marks
     * where the quotation breaks.
     */
    static CuedSpeaker of(AnnotatedText text, QuoteMarks.Found quote, CuedSpeaker found, ArticleContext context) {
        if (found.cue() == null) {
            return found;
        }
        List<Token> tokens = text.tokens();
        int cue = Clauses.tokenAtOrAfter(text, found.cue().start());
        if (cue >= tokens.size() || Cues.isAccordingTo(tokens, cue)) {
            return found;
        }
        Sentence sentence = Clauses.sentenceOf(text, cue);
        Optional<Speaker> outer = accordingTo(text, cue, sentence, context).or(() -> reportedBy(text, quote, cue, sentence, context));
        return outer.map(s -> new CuedSpeaker(s, found.cue())).orElse(found);
    }

    /** The source after "according to" in {@code sentence}, outside quotations. */
    private static Optional<Speaker> accordingTo(AnnotatedText text, int cue, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        for (int i = sentence.firstToken(); i + 2 < sentence.endToken(); i++) {
            if (i != cue && Cues.isAccordingTo(tokens, i) && !context.insideQuote(tokens.get(i).span())) {
                return Optional.ofNullable(SpeakerAfterCue.read(text, i + 2, sentence, context, tokens.get(i), true))
                        .map(CuedSpeaker::speaker);
            }
        }
        return Optional.empty();
    }

    /**
     * "Brandt said the mill was 'a ruin,' the Orsk Herald reported.": the outlet before a
     * "reported" that ends the sentence (but for a date) after both the cue and the quotation, set
     * off by a comma or the quotation's closing mark.
     */
    private static Optional<Speaker> reportedBy(AnnotatedText text, QuoteMarks.Found quote, int cue, Sentence sentence,
            ArticleContext context) {
        List<Token> tokens = text.tokens();
        int verb = sentence.endToken() - 1;
        while (verb > cue && sentence.endToken() - verb <= DATE_TOKENS && !REPORTED.contains(tokens.get(verb).word().toLowerCase(Locale.ROOT))) {
            verb--; // "the Orsk Herald reported in 1991."
        }
        Token token = tokens.get(verb);
        if (verb <= cue || token.span().start() < quote.whole().end() || !token.isVerb()
                || !REPORTED.contains(token.word().toLowerCase(Locale.ROOT)) || context.insideQuote(token.span())) {
            return Optional.empty();
        }
        for (int i = verb + 1; i < sentence.endToken(); i++) {
            if (tokens.get(i).isVerb() || Clauses.isQuoteMark(tokens.get(i))) {
                return Optional.empty(); // not a credit but a clause of its own: "reported that ..."
            }
        }
        int start = verb;
        while (start - 1 > cue && verb - start < CREDIT_TOKENS && !tokens.get(start - 1).pos().equals(",")
                && !Clauses.isQuoteMark(tokens.get(start - 1))) {
            start--;
        }
        Token before = tokens.get(start - 1);
        if (start == verb || !(before.pos().equals(",") || Clauses.isQuoteMark(before))) {
            return Optional.empty();
        }
        return SpeakerPhrases.read(text, start, verb, context, true, true);
    }
}
