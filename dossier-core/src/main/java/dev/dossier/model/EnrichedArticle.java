package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with what the enrich stage found in it: the actors it mentions, the statements it
 * reports and the dated events it tells of, all with spans into the article's text.
 *
 * @param skipped why the article was not analysed (another language, no text), or null
 * @param fingerprint its embedding and text sketch for story linking, or null when not yet computed
 */
public record EnrichedArticle(CleanArticle article, List<ActorMention> mentions, List<Quote> quotes, List<Event> events, String skipped,
        Fingerprint fingerprint) {

    public EnrichedArticle {
        Objects.requireNonNull(article, "article");
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        for (Quote quote : quotes) {
            if (!quote.span().fitsWithin(article.text().length())) {
                throw new IllegalArgumentException("quote " + quote.id() + " at " + quote.span() + " is outside the article text");
            }
        }
    }

    public static EnrichedArticle skipped(CleanArticle article, String reason) {
        return new EnrichedArticle(article, List.of(), List.of(), List.of(), reason, null);
    }

    public EnrichedArticle withFingerprint(Fingerprint print) {
        return new EnrichedArticle(article, mentions, quotes, events, skipped, print);
    }
}
