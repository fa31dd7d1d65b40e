package dev.dossier.bench;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One generated news article, before it is written in any format.
 *
 * @param number its position in the corpus, from 1; it makes the URL and the file name unique
 * @param outlet the publishing outlet
 * @param url the canonical address, unique in the corpus
 * @param section the site section the page sits in ({@code world}, {@code business}...)
 * @param author the byline
 * @param published when it was published
 * @param headline the headline, without the outlet's name
 * @param paragraphs the body in reading order: reporting, with a few furniture lines ("Sign up to
 *     our newsletter", "Related Articles") mixed in where scrapers leave them
 * @param related headlines of other articles, for the page's related-links box
 */
record SyntheticArticle(
        int number,
        Outlet outlet,
        String url,
        String section,
        String author,
        OffsetDateTime published,
        String headline,
        List<String> paragraphs,
        List<String> related) {

    SyntheticArticle {
        if (number < 1) {
            throw new IllegalArgumentException("article number must be at least 1, got " + number);
        }
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(published, "published");
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("headline must not be blank");
        }
        paragraphs = List.copyOf(paragraphs);
        related = List.copyOf(related);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("an article needs at least one paragraph");
        }
    }

    /** A news site: its name as it signs its pages, and its host name. */
    record Outlet(String name, String host) {
        Outlet {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(host, "host");
        }
    }
}
