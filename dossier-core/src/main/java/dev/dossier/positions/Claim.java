package dev.dossier.positions;

import dev.dossier.model.QuoteRecord;
import dev.dossier.model.TextSpan;
import java.util.Objects;

/**
 * A statement with the sentence or sentences of its article that carry it, which is what its
 * stance is read from: the reporting frame ("dismissed the plan as ...") often holds the stance.
 *
 * @param context the carrying text, cut from the article
 * @param contextStart where {@code context} begins in the article's text
 */
public record Claim(QuoteRecord statement, String context, int contextStart) {

    /** How far a context reaches either side of its statement at most, in characters. */
    static final int REACH = 400;

    public Claim {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(context, "context");
        if (!statementSpan(statement, contextStart).fitsWithin(context.length()) || contextStart > statement.span().start()) {
            throw new IllegalArgumentException("context at " + contextStart + " does not hold statement " + statement.span());
        }
    }

    /**
     * A claim whose context is the statement's sentences in its article: back to the start of the
     * sentence it begins in, on to the end of the one it ends in, never across a paragraph.
     */
    public static Claim in(String articleText, QuoteRecord statement) {
        TextSpan span = statement.span();
        int start = span.start();
        int floor = Math.max(0, span.start() - REACH);
        while (start > floor && !sentenceStartsAt(articleText, start)) {
            start--;
        }
        int end = span.end();
        int ceiling = Math.min(articleText.length(), span.end() + REACH);
        while (end < ceiling && articleText.charAt(end) != '\n' && !sentenceEndsAt(articleText, end)) {
            end++;
        }
        while (end < articleText.length() && end < ceiling && ".!?\"'”’»)".indexOf(articleText.charAt(end)) >= 0) {
            end++; // the full stop and any closing quote belong to the sentence
        }
        return new Claim(statement, articleText.substring(start, end), start);
    }

    /** Where the statement lies in the context. */
    public TextSpan statementSpan() {
        return statementSpan(statement, contextStart);
    }

    private static TextSpan statementSpan(QuoteRecord statement, int contextStart) {
        return new TextSpan(statement.span().start() - contextStart, statement.span().end() - contextStart);
    }

    private static boolean sentenceStartsAt(String text, int at) {
        char before = text.charAt(at - 1);
        if (before == '\n') {
            return true;
        }
        return Character.isWhitespace(before) && at >= 2 && ".!?".indexOf(lastNonCloser(text, at - 2)) >= 0;
    }

    private static boolean sentenceEndsAt(String text, int at) {
        char c = text.charAt(at);
        return ".!?".indexOf(c) >= 0 && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }

    private static char lastNonCloser(String text, int at) {
        int i = at;
        while (i > 0 && "\"'”’»)".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return text.charAt(i);
    }
}
