package dev.dossier.model;

import java.util.Objects;

/** An article that carried a statement: which one, from which outlet, when. */
public record Source(String articleId, String outlet, String title, String url, Published published) {

    public Source {
        Objects.requireNonNull(articleId, "articleId");
    }
}
