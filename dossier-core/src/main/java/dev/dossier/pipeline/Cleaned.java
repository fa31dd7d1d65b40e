package dev.dossier.pipeline;

import dev.dossier.model.CleanArticle;
import dev.dossier.model.Rejection;
import java.util.List;
import java.util.Objects;

/** What the clean stage made of one document: articles, or a rejection. Bad content is data. */
public sealed interface Cleaned {

    record Articles(List<CleanArticle> articles) implements Cleaned {
        public Articles {
            articles = List.copyOf(articles);
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("a document that yields no article is a rejection");
            }
        }
    }

    record Rejected(Rejection rejection) implements Cleaned {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
