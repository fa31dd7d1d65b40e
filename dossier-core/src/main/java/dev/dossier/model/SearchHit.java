package dev.dossier.model;

import java.util.Objects;

/**
 * An article that matched a full-text search, with a snippet of the matching text in which the
 * matched terms are wrapped in {@link #MARK_START} and {@link #MARK_END}.
 *
 * @param score relevance, higher is better (comparable within one search only)
 */
public record SearchHit(CleanArticle article, String snippet, double score) {

    public static final String MARK_START = "\u0002";
    public static final String MARK_END = "\u0003";

    public SearchHit {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(snippet, "snippet");
    }

    /** The snippet with its marks replaced by the given strings (for a terminal or for HTML). */
    public String snippet(String open, String close) {
        return snippet.replace(MARK_START, open).replace(MARK_END, close);
    }
}
