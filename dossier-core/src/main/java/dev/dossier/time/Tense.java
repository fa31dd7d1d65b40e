package dev.dossier.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words around a time expression put it in the past or the future, which decides
 * which way a weekday or a month without a year is resolved. Decided by the nearest marker in the
 * same sentence: a future one ("will", "to be", "scheduled", "plans") or a past one ("said", "was",
 * "ago", a verb ending in -ed); with no marker, {@link #UNKNOWN}.
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Pattern FUTURE_MARKER = Pattern.compile(
            "(?i)\\b(will|won't|'ll|shall|would|should|to be|is to|are to|going to|scheduled|planned|plans?|planning|expected|expects?"
                    + "|due|upcoming|next|tomorrow|later this|intends?|aims?|set to|until|till)\\b");
    private static final Pattern PAST_MARKER = Pattern.compile(
            "(?i)\\b(said|says|say|was|were|had|did|ago|last|yesterday|earlier|previous|told|took|began|came|went|made|rose|fell"
                    + "|won|lost|met|held|saw|gave|got|left|became|[a-z]{3,}ed)\\b");
    /** How far from the expression a marker may stand, in characters. */
    private static final int REACH = 80;

    static Tense around(String text, int start, int end) {
        int from = sentenceStart(text, Math.max(0, start - REACH), start);
        int to = sentenceEnd(text, end, Math.min(text.length(), end + REACH));
        int bestDistance = Integer.MAX_VALUE;
        Tense best = UNKNOWN;
        for (Tense tense : new Tense[] {FUTURE, PAST}) {
            Matcher marker = (tense == FUTURE ? FUTURE_MARKER : PAST_MARKER).matcher(text).region(from, to);
            while (marker.find()) {
                if (marker.start() >= start && marker.end() <= end) {
                    continue;
                }
                if (tense == PAST && (isFutureWord(marker.group(1)) || text.substring(Math.max(from, marker.start() - 3), marker.start()).equals("be "))) {
                    continue;
                }
                int distance = marker.end() <= start ? start - marker.end() : marker.start() - end;
                // a marker before the expression governs it more often than one after: weigh the latter down
                int weighed = marker.end() <= start ? distance : distance * 2;
                if (weighed < bestDistance) {
                    bestDistance = weighed;
                    best = tense;
                }
            }
        }
        return best;
    }

    private static boolean isFutureWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("scheduled") || w.equals("planned") || w.equals("expected") || w.equals("need");
    }

    private static int sentenceStart(String text, int limit, int from) {
        for (int i = from - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && i > 0 && Character.isLowerCase(text.charAt(i - 1)))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                return i;
            }
        }
        return limit;
    }
}
