package dev.dossier.quotes;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Optional;

/**
 * A fragment that goes on with the statement the sentence before it quoted: in "'The ferry is
 * late again,' said Ola Brandt, the harbour master. Now it is 'no better than a rowing boat with a
 * flag.'" the second sentence has no cue of its own, and its quoted words are still Brandt's,
 * under the same cue. PolNeAR annotates the two as one content. Without this rule the fragment was
 * dropped as a scare quote. Stateless.
 */
final class Continuation {

    /** Fewer quoted words than this are a scare quote or a term ("27 'at-large' delegates"), not the speaker's phrasing. */
    private static final int MIN_WORDS = 3;

    private Continuation() {}

    /**
     * The fragment {@code quote} as the rest of {@code last}'s statement, when {@code last} is a
     * direct quotation with a speaker and a cue that ends the sentence before the fragment's, in the
     * same paragraph; the fragment's sentence opens with a capital before the marks and has no cue of
     * its own; and its words open in lower case (not a title or a name) and are at least
     * {@link #MIN_WORDS} words. The content is the fragment's sentence, as PolNeAR's.
     */
    static Optional<Attribution> of(AnnotatedText text, QuoteMarks.Found quote, Attribution last) {
        if (last == null || last.kind() != QuoteKind.DIRECT || last.speakerKind() == SpeakerKind.UNKNOWN || last.cue() == null) {
            return Optional.empty();
        }
        String words = quote.content().of(text.text()).strip();
        if (words.isEmpty() || !Character.isLowerCase(words.codePointAt(0)) || words.split("\\s+").length < MIN_WORDS) {
            return Optional.empty();
        }
        List<Token> tokens = text.tokens();
        int first = QuotedWords.openingToken(text, quote);
        int lastToken = Clauses.tokenAtOrAfter(text, Math.max(last.content().end(), last.cue().end()) - 1);
        if (first >= tokens.size() || lastToken >= tokens.size() || tokens.get(lastToken).sentence() != tokens.get(first).sentence() - 1) {
            return Optional.empty();
        }
        Sentence sentence = text.sentences().get(tokens.get(first).sentence());
        Token opening = tokens.get(sentence.firstToken());
        if (!Character.isUpperCase(opening.word().codePointAt(0)) || opening.span().start() >= quote.whole().start()
                || text.text().substring(last.content().end(), sentence.span().start()).indexOf('\n') >= 0) {
            return Optional.empty();
        }
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token token = tokens.get(i);
            boolean outsideMarks = token.span().end() <= quote.whole().start() || token.span().start() >= quote.whole().end();
            if (outsideMarks && Cues.isCue(token)) {
                return Optional.empty(); // a cue of its own: the other rules read it
            }
        }
        int end = sentence.endToken() - 1;
        while (end > sentence.firstToken() && Clauses.isFullStop(tokens.get(end))) {
            end--;
        }
        TextSpan content = new TextSpan(sentence.span().start(), Math.max(tokens.get(end).span().end(), quote.whole().end()));
        return Optional.of(new Attribution(QuoteKind.PARTIAL, content, last.cue(), last.source(), last.speakerKind(),
                last.resolvedSource()));
    }
}
