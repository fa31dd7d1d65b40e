package dev.dossier.quotes;

import dev.dossier.model.TextSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds quotations by their marks, in every style news uses: curly and straight double quotes,
 * single quotes as the primary mark (British style), guillemets and German low-high quotes;
 * quotes embedded in quotes; and quotes that run over several paragraphs the newspaper way (the
 * opening mark left open at the end of a paragraph and repeated at the start of the next).
 *
 * <p>Single quotes double as apostrophes, so they count as marks only where their neighbours say
 * so: an opening mark follows a space or a bracket and precedes a word; a closing mark follows a
 * word and precedes a space or punctuation; a plural possessive ({@code leaders' meeting}) does not
 * close a quote that a later mark closes. Unbalanced marks yield nothing, except a quotation that
 * opens a sentence and lacks only its closing mark at the end of its paragraph. Stateless.
 */
final class QuoteMarks {

    /** Words after which two digits behind a single mark are a year: "in '08", "the class of ‘92". */
    private static final Set<String> YEAR_LEADS = Set.of("in", "of", "since", "from", "and", "or", "to", "until", "till", "by",
            "before", "after", "during", "through", "around", "mid", "early", "late", "spring", "summer", "fall", "autumn", "winter");

    /**
     * How many times one paragraph is read again without a single mark that never closed: each
     * re-read starts after the mark, so a paragraph full of elisions ("'em", "'cause") costs at
     * most this many more passes.
     */
    private static final int MAX_REREADS = 8;

    private QuoteMarks() {}

    /** A quotation: its span with the marks, the span of its words, and whether it spans paragraphs. */
    record Found(TextSpan whole, TextSpan content, boolean multiParagraph) {}

    private enum Kind { DOUBLE, SINGLE, GUILLEMET, LOW }

    /** An opening mark at {@code position}, {@code width} characters long (two for {@code ''} or {@code ``}). */
    private record Open(Kind kind, int position, int width, boolean continued) {}

    static List<Found> scan(String text) {
        List<Found> found = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int rereads = 0; // of the paragraph being scanned
        int i = 0;
        while (true) {
            boolean paragraphEnds = i >= text.length() || text.charAt(i) == '\n';
            Open elision = paragraphEnds ? strayApostrophe(text, i, stack) : null;
            if (elision != null && rereads < MAX_REREADS) {
                rereads++;
                stack.clear();
                i = elision.position() + 1;
                continue;
            }
            if (i >= text.length()) {
                break;
            }
            char c = text.charAt(i);
            if (c == '\n') {
                rereads = 0;
                i = paragraphBreak(text, i, stack, found);
                continue;
            }
            int tagEnd = markupTagEnd(text, i);
            if (tagEnd > i) {
                i = tagEnd; // <tweet author="@name">: the marks of a tag's attributes quote no one
                continue;
            }
            char previous = i == 0 ? ' ' : text.charAt(i - 1);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (doubledMark(text, i)) {
                // two apostrophes or backticks typed for a double quotation mark: ''makes me smart,''
                char after = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
                // spaced off its words, it still closes when no word follows: ''... 'harbour rats,' '' she said
                if (has(stack, Kind.DOUBLE) && (!Character.isWhitespace(previous) || !Character.isLetterOrDigit(after))) {
                    close(text, stack, Kind.DOUBLE, i, 2, found);
                } else if (!has(stack, Kind.DOUBLE)) {
                    open(stack, Kind.DOUBLE, i, 2, after);
                }
                i += 2;
                continue;
            }
            switch (c) {
                case '“' -> {
                    if (has(stack, Kind.LOW)) {
                        close(text, stack, Kind.LOW, i, 1, found);
                    } else if (has(stack, Kind.DOUBLE) && typedAsCloser(previous, next)) {
                        close(text, stack, Kind.DOUBLE, i, 1, found); // an opening mark typed as the closer: “rapid“ and
                    } else {
                        open(stack, Kind.DOUBLE, i, 1, next);
                    }
                }
                case '”' -> {
                    if (!has(stack, Kind.DOUBLE) && opensLine(text, i) && Character.isLetterOrDigit(next)) {
                        open(stack, Kind.DOUBLE, i, 1, next); // a closing mark typed as the opener of a paragraph's quotation
                    } else {
                        close(text, stack, Kind.DOUBLE, i, 1, found);
                    }
                }
                case '"' -> {
                    // a mark with a space on its left still closes when no word follows it: ...'two-step' " - and
                    if (has(stack, Kind.DOUBLE) && (!Character.isWhitespace(previous) || !Character.isLetterOrDigit(next))) {
                        close(text, stack, Kind.DOUBLE, i, 1, found);
                    } else if (!has(stack, Kind.DOUBLE)) {
                        open(stack, Kind.DOUBLE, i, 1, next);
                    }
                }
                case '„' -> open(stack, Kind.LOW, i, 1, next);
                case '«', '‹' -> open(stack, Kind.GUILLEMET, i, 1, next);
                case '»', '›' -> close(text, stack, Kind.GUILLEMET, i, 1, found);
                case '‘' -> {
                    // inside a word it is an apostrophe typed with the wrong mark: "National Review‘s founding"
                    if (!elidedYear(text, i) && !(Character.isLetter(previous) && Character.isLetter(next))) {
                        open(stack, Kind.SINGLE, i, 1, next);
                    }
                }
                case '’', '\'' -> single(text, i, previous, next, c == '\'', stack, found);
                default -> { }
            }
            i++;
        }
        if (!stack.isEmpty() && unclosed(text, stack.peekLast(), text.length())) {
            found.add(unclosedQuotation(text, stack.peekLast(), text.length()));
        }
        return found;
    }

    /**
     * The offset after the markup tag that opens at {@code at} ({@code <tweet id="1">}, {@code </tweet>}):
     * a {@code <} before a letter or a slash, closed by a {@code >} on the same line; {@code at}
     * itself when no tag opens there.
     */
    private static int markupTagEnd(String text, int at) {
        if (text.charAt(at) != '<' || at + 1 >= text.length()
                || !(Character.isLetter(text.charAt(at + 1)) || text.charAt(at + 1) == '/')) {
            return at;
        }
        for (int i = at + 1; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '<'; i++) {
            if (text.charAt(i) == '>') {
                return i + 1;
            }
        }
        return at;
    }

    /**
     * Whether an opening double mark stands where only a closing one can: right after a word or its
     * punctuation, with no word right after it ({@code “stubborn“ and}); an opener is followed by
     * the word it opens.
     */
    private static boolean typedAsCloser(char previous, char next) {
        boolean wordBefore = Character.isLetterOrDigit(previous) || ".,!?;:…—–-".indexOf(previous) >= 0;
        return wordBefore && !Character.isLetterOrDigit(next) && next != '‘' && next != '\'';
    }

    private static void single(String text, int i, char previous, char next, boolean straight, Deque<Open> stack, List<Found> found) {
        boolean wordBefore = Character.isLetterOrDigit(previous) || ".,!?;:…)]—–-\"”".indexOf(previous) >= 0;
        boolean wordAfter = Character.isLetterOrDigit(next);
        if (Character.isLetter(previous) && wordAfter) {
            return; // an apostrophe inside a word: won't, Russia's
        }
        boolean opensHere = !wordBefore && (wordAfter || "“\"…‘(".indexOf(next) >= 0) && !elidedYear(text, i);
        if (straight && opensHere) {
            open(stack, Kind.SINGLE, i, 1, next);
            return;
        }
        if (!has(stack, Kind.SINGLE) || Character.isWhitespace(previous) || wordAfter) {
            return;
        }
        if (previous == 's' && next == ' ' && i + 2 < text.length() && Character.isLowerCase(text.charAt(i + 2))
                && laterCloseInParagraph(text, i + 1)) {
            return; // "the leaders' meeting": a plural possessive, the quote closes later
        }
        close(text, stack, Kind.SINGLE, i, 1, found);
    }

    /**
     * Whether the single mark at {@code at} stands for a year's elided century ("the 1970s and
     * ‘80s", "in '08 that"): two digits, then an "s"; or two digits that end the word after a word
     * that leads to a year ("in", "since", "of"...), which a quotation opening with a number ("'20
     * more days,' he said") does not follow. Taken for an opening mark, it would stay open and
     * swallow the quotations after it.
     */
    private static boolean elidedYear(String text, int at) {
        int digits = at + 1;
        if (digits + 2 > text.length() || !Character.isDigit(text.charAt(digits)) || !Character.isDigit(text.charAt(digits + 1))) {
            return false;
        }
        int after = digits + 2;
        if (after < text.length() && text.charAt(after) == 's') {
            return after + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(after + 1));
        }
        if (after < text.length() && (Character.isLetterOrDigit(text.charAt(after)) || text.charAt(after) == '%')) {
            return false;
        }
        int wordEnd = at;
        while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return YEAR_LEADS.contains(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the mark at {@code at} opens its line, invisible formatting characters aside (a
     * left-to-right mark pasted from a social network before "”The mill must stay ...").
     */
    private static boolean opensLine(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.getType(text.charAt(i)) == Character.FORMAT) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Whether a closing single quote follows before the end of the paragraph. */
    private static boolean laterCloseInParagraph(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return false;
            }
            if ((c == '\'' || c == '’') && j > 0 && !Character.isWhitespace(text.charAt(j - 1))
                    && (j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static void open(Deque<Open> stack, Kind kind, int position, int width, char next) {
        if (!Character.isWhitespace(next)) {
            stack.push(new Open(kind, position, width, false));
        }
    }

    private static boolean has(Deque<Open> stack, Kind kind) {
        for (Open open : stack) {
            if (open.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Closes the innermost open quote of this kind with the mark of {@code width} characters at
     * {@code position}; only an outermost pair is a quotation of its own.
     */
    private static void close(String text, Deque<Open> stack, Kind kind, int position, int width, List<Found> found) {
        if (!has(stack, kind)) {
            return;
        }
        Open open = stack.pop();
        while (open.kind() != kind) {
            open = stack.pop();
        }
        if (stack.isEmpty()) {
            int start = open.position() + open.width();
            int end = position;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                found.add(new Found(new TextSpan(open.position(), position + width), new TextSpan(start, end), open.continued()));
            }
        }
    }

    /**
     * At the end of a paragraph: an outermost quote left open continues if the next paragraph opens
     * with the same kind of mark (that mark is then skipped); one that {@link #unclosed opens a
     * sentence and runs to the paragraph's end} ends there, its closing mark missing; every other
     * open mark is dropped. Returns the index to scan on from.
     */
    private static int paragraphBreak(String text, int newline, Deque<Open> stack, List<Found> found) {
        int next = nextWord(text, newline);
        boolean newParagraph = text.substring(newline, next).chars().filter(ch -> ch == '\n').count() >= 1;
        if (!newParagraph || stack.isEmpty()) {
            return next;
        }
        Open outermost = stack.peekLast();
        stack.clear();
        if (next < text.length() && reopens(outermost.kind(), text, next)) {
            int width = doubledMark(text, next) ? 2 : 1;
            stack.push(new Open(outermost.kind(), outermost.position(), outermost.width(), true));
            return next + width;
        }
        if (unclosed(text, outermost, newline)) {
            found.add(unclosedQuotation(text, outermost, newline));
        }
        return next;
    }

    /**
     * The single mark a paragraph ending at {@code paragraphEnd} leaves open as its outermost quote,
     * when the next paragraph does not go on with it: an apostrophe that elides the start of a word
     * ("give 'em hell", "'cause", "in 't Veld") and looked like an opening mark. Everything the scan
     * read after it counted as nested inside it, so the quotations there were lost; the caller
     * reads the paragraph again from just after it. Null when there is none.
     */
    private static Open strayApostrophe(String text, int paragraphEnd, Deque<Open> stack) {
        if (stack.isEmpty()) {
            return null;
        }
        Open outermost = stack.peekLast();
        if (outermost.kind() != Kind.SINGLE || outermost.continued()) {
            return null;
        }
        int next = nextWord(text, paragraphEnd);
        return next < text.length() && reopens(Kind.SINGLE, text, next) ? null : outermost;
    }

    /** The first character at or after {@code from} that is not white space: where the next paragraph opens. */
    private static int nextWord(String text, int from) {
        int next = from;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next;
    }

    /** The quotation {@code open} begins, ended at {@code paragraphEnd} with no closing mark. */
    private static Found unclosedQuotation(String text, Open open, int paragraphEnd) {
        int start = open.position() + open.width();
        int end = paragraphEnd;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Found(new TextSpan(open.position(), end), new TextSpan(start, end), open.continued());
    }

    /**
     * Whether a quote left open at the end of its paragraph is a quotation whose closing mark the
     * writer forgot ("... said Baran. “The port stays open. We will not close it.\n\nHe went
     * on, ..."): a double mark or guillemet that opens a sentence (at the paragraph's start, or
     * after a sentence's end, a colon or a comma), before a capital, holding the rest of the
     * paragraph, which ends a sentence. A mark left open inside a sentence ("He said “this never
     * closes.") stays dropped: where it should have closed is anyone's guess.
     */
    private static boolean unclosed(String text, Open open, int paragraphEnd) {
        if (open.kind() == Kind.SINGLE) {
            return false; // a single mark may be an apostrophe
        }
        int start = open.position() + open.width();
        if (start >= paragraphEnd || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int before = open.position() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean opensSentence = before < 0 || ".!?:,\n".indexOf(text.charAt(before)) >= 0;
        String rest = text.substring(start, paragraphEnd).stripTrailing();
        return opensSentence && !rest.isEmpty() && ".!?…".indexOf(rest.charAt(rest.length() - 1)) >= 0;
    }

    private static boolean reopens(Kind kind, String text, int at) {
        char c = text.charAt(at);
        return switch (kind) {
            case DOUBLE -> c == '“' || c == '"' || doubledMark(text, at);
            case SINGLE -> c == '‘' || c == '\'';
            case GUILLEMET -> c == '«';
            case LOW -> c == '„';
        };
    }

    /** Two apostrophes or backticks typed for one double quotation mark. */
    private static boolean doubledMark(String text, int at) {
        return text.startsWith("''", at) || text.startsWith("``", at);
    }
}
