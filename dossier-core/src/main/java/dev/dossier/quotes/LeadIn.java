package dev.dossier.quotes;

import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;

/**
 * The unquoted words that open a statement whose cue follows it: in "The mill was sold 'for a
 * song,' Tadeo said" the writer paraphrases the start of what Tadeo said and quotes the end, so
 * the statement runs from the start of the sentence to the closing mark, not only the quoted
 * words. Stateless.
 */
final class LeadIn {

    private LeadIn() {}

    /**
     * The content of a quotation whose cue comes after it: from the start of its sentence when words
     * of that sentence come before the opening mark, else the quoted words. The quoted words stay
     * alone when a colon introduces them ("the loudest cheer of the night: '...'"), when another
     * quotation or a cue comes before them in the sentence (then those govern the words before), or
     * when the sentence starts in the paragraph before. An opening bracket before them starts the
     * statement after it.
     */
    static TextSpan content(AnnotatedText text, QuoteMarks.Found quote, int first, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int start = sentence.firstToken();
        if (first <= start || tokens.get(first - 1).word().equals(":")) {
            return quote.content();
        }
        for (int i = start; i < first; i++) {
            Token token = tokens.get(i);
            if (token.pos().equals("-LRB-")) {
                start = i + 1; // "(" opens an aside: the statement starts inside it
                continue;
            }
            if (Clauses.isQuoteMark(token) || context.insideQuote(token.span()) || Cues.isCue(token)
                    || Cues.isAccordingTo(tokens, i) || token.word().equals(":") || token.word().equals(";")) {
                return quote.content();
            }
        }
        if (start >= first) {
            return quote.content();
        }
        int from = tokens.get(start).span().start();
        if (text.text().substring(from, quote.whole().start()).indexOf('\n') >= 0) {
            return quote.content();
        }
        return new TextSpan(from, quote.whole().end());
    }
}
