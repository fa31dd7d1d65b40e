package dev.dossier.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An article related to another: a copy of it (or the original it copies), another report in its
 * story, or a close report in another story.
 *
 * @param storyId the story the related article is in, or null when it is not linked yet
 * @param similarity the cosine of the two articles' title-and-lede embeddings
 */
public record RelatedArticle(Source source, Relation relation, String storyId, double similarity) {

    /** How the articles are related, closest first. */
    public enum Relation {
        COPY,
        SAME_STORY,
        NEARBY;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public RelatedArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(relation, "relation");
    }
}
