package dev.dossier.bench;

/**
 * Which gold contents count as direct quotations: those delimited by quote marks. A content is
 * delimited when, after trimming spaces, it starts or ends with a quote mark, or when a quote mark
 * sits right before it or right after it (past closing punctuation: {@code “We will win,” he said}
 * annotated without its marks).
 */
final class QuoteDelimited {

    static final String MARKS = "\"“”'‘’«»";

    /** How far past the content's end a closing mark may sit, over punctuation such as {@code ,”}. */
    private static final int PUNCTUATION_BEFORE_CLOSE = 2;

    private QuoteDelimited() {}

    static boolean test(String text, Spans content) {
        int start = content.start();
        int end = content.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            return false;
        }
        if (isMark(text.charAt(start)) || isMark(text.charAt(end - 1))) {
            return true;
        }
        if (start > 0 && isMark(text.charAt(start - 1))) {
            return true;
        }
        for (int i = end; i < text.length() && i <= end + PUNCTUATION_BEFORE_CLOSE; i++) {
            char c = text.charAt(i);
            if (isMark(c)) {
                return true;
            }
            if (",.;:!?…".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }
}
