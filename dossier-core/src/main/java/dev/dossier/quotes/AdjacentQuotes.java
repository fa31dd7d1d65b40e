package dev.dossier.quotes;

import dev.dossier.model.Attribution;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;

/**
 * Quotations typed one right after the other, with nothing but a space between their marks
 * ("'The mill stays open,' 'We will not sell it.'"): no cue, speaker or other words of the writer
 * separates them, so nothing tells the reader that someone else speaks, and they read as one
 * statement by one speaker. They make one attribution, from the first one's content to the end of
 * the second, under the first one's speaker and cue, or the second one's when the first has none.
 * A quotation on a new line starts afresh. Stateless.
 */
final class AdjacentQuotes {

    private AdjacentQuotes() {}

    /** Whether {@code next} opens right after {@code previous} closes, only spaces between, on one line. */
    static boolean follows(String text, QuoteMarks.Found previous, QuoteMarks.Found next) {
        int from = previous.whole().end();
        int to = next.whole().start();
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The one statement {@code first} and {@code second} make together. */
    static Attribution join(Attribution first, Attribution second) {
        TextSpan content = new TextSpan(first.content().start(), Math.max(first.content().end(), second.content().end()));
        Attribution speaker = first.speakerKind() != SpeakerKind.UNKNOWN || second.speakerKind() == SpeakerKind.UNKNOWN ? first : second;
        return new Attribution(first.kind(), content, speaker.cue(), speaker.source(), speaker.speakerKind(), speaker.resolvedSource());
    }
}
