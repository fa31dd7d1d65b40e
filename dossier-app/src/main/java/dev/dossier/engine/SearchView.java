package dev.dossier.engine;

import dev.dossier.model.SearchHit;

/**
 * A search result in JSON: the article's contract fields, a snippet whose matches are wrapped in
 * {@code [[ ]]}, and the relevance score.
 */
public record SearchView(ArticleView article, String snippet, double score) {

    public static SearchView of(SearchHit hit) {
        return new SearchView(ArticleView.of(hit.article()), hit.snippet("[[", "]]"), hit.score());
    }
}
