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
     * alone when a colon or a dash introduces them ("the loudest cheer of the night: '...'", "no
     * farmer thought much of the mayor - 'Raised on harbour money,' Brandt said"), when another
     * quotation or a cue comes before them in the sentence (then those govern the words before), or
     * when the sentence starts in the paragraph before. An opening bracket before them starts the
     * statement after it.
     */
    static TextSpan content(AnnotatedText text, QuoteMarks.Found quote, int first, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int start = sentence.firstToken();
        if (first <= start || tokens.get(first - 1).word().equals(":") || Clauses.isDash(tokens.get(first - 1))) {
            return quote.content(); // "one message: '...'", "much of the mayor - '...,' Brandt said": the words before are the writer's
        }
        while (start < first && invisible(tokens.get(start))) {
            start++; // a left-to-right mark pasted before a comment's opening quote is no word of it
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

    /**
     * The unquoted words that finish a statement whose quoted words open it: in "'We are frustrated'
     * by the shooting, Nefzi said" the quotation stops mid-clause and the writer finishes the clause,
     * so the statement runs from the opening mark on to the comma before the cue, its quoted words
     * shown whole between their marks. {@code content} unchanged when the quoted words end on
     * punctuation of their own, or when no comma stands between them and the cue.
     */
    static TextSpan withTail(AnnotatedText text, QuoteMarks.Found quote, TextSpan content, TextSpan cue, ArticleContext context) {
        String words = quote.content().of(text.text());
        if (words.isEmpty() || ",.!?;:…".indexOf(words.charAt(words.length() - 1)) >= 0 || content.end() > quote.whole().end()) {
            return content;
        }
        List<Token> tokens = text.tokens();
        int after = Clauses.tokenAtOrAfter(text, quote.whole().end());
        int cueToken = Clauses.tokenAtOrAfter(text, cue.start());
        if (after >= tokens.size() || tokens.get(after).pos().equals(",") || cueToken >= tokens.size()
                || tokens.get(after).sentence() != tokens.get(cueToken).sentence()) {
            return content;
        }
        int comma = -1;
        for (int i = after; i < cueToken; i++) {
            Token token = tokens.get(i);
            if (Clauses.isQuoteMark(token) || context.insideQuote(token.span()) || token.pos().equals(".")) {
                return content;
            }
            if (token.pos().equals(",")) {
                comma = i;
            }
        }
        if (comma <= after) {
            return content;
        }
        return new TextSpan(Math.min(content.start(), quote.whole().start()), tokens.get(comma - 1).span().end());
    }

    /** Whether a token is made only of invisible formatting characters (direction marks, zero-width joiners). */
    private static boolean invisible(Token token) {
        return token.word().chars().allMatch(c -> Character.getType(c) == Character.FORMAT);
    }
}
