package dev.dossier.model;

/**
 * What is known about a document before or besides its text; every field may be null.
 * Container formats (feeds, JSON Lines, front matter) fill it in; extraction completes it.
 */
public record Metadata(String title, String outlet, String url, Published published, String author, String language) {

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null);

    /** This metadata, with each missing field taken from {@code fallback}. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(
                first(title, fallback.title),
                first(outlet, fallback.outlet),
                first(url, fallback.url),
                published != null ? published : fallback.published,
                first(author, fallback.author),
                first(language, fallback.language));
    }

    public Metadata withTitle(String newTitle) {
        return new Metadata(newTitle, outlet, url, published, author, language);
    }

    private static String first(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
