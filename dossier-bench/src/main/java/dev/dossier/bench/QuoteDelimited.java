package dev.dossier.bench;

/**
 * Which gold contents count as direct quotations: those delimited by quote marks. A content is
 * delimited when, after trimming spaces, it starts or ends with a quote mark, or when a quote mark
 * sits right before it or right after it (past closing punctuation: {@code “We will win,” he said}
 * annotated without its marks). An apostrophe between two letters ({@code That’s}, {@code Obama's}) is
 * no quote mark: "That’s according to the polls" does not make "That" a quotation.
 */
final class QuoteDelimited {

    static final String MARKS = "\"“”'‘’«»";

    /** How far past the content's end a closing mark may sit, over punctuation such as {@code ,”}. */
    private static final int PUNCTUATION_BEFORE_CLOSE = 2;

    private QuoteDelimited() {}

    static boolean test(String text, Spans content) {
        int start = content.start();
        int end = content.end();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            return false;
        }
        if (isMark(text, start) || isMark(text, end - 1)) {
            return true;
        }
        if (start > 0 && isMark(text, start - 1)) {
            return true;
        }
        for (int i = end; i < text.length() && i <= end + PUNCTUATION_BEFORE_CLOSE; i++) {
            char c = text.charAt(i);
            if (isMark(text, i)) {
                return true;
            }
            if (",.;:!?…".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    /** A space of any kind: web pages pad with no-break spaces ({@code “whiter.”\u00a0\u00a0Watch}). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isMark(String text, int i) {
        return MARKS.indexOf(text.charAt(i)) >= 0 && !isApostrophe(text, i);
    }

    private static boolean isApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’')
                && i > 0
                && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }
}
