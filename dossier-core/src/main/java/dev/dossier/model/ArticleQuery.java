package dev.dossier.model;

import java.time.LocalDate;

/**
 * Which articles to list, newest first.
 *
 * @param outlet only this outlet's (case ignored), or null
 * @param actor only articles that name this actor, in any spelling, or null
 * @param since published on or after this day, or null
 * @param until published on or before this day, or null
 */
public record ArticleQuery(String outlet, String actor, LocalDate since, LocalDate until, int limit, int offset) {

    public ArticleQuery {
        if (limit <= 0 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset not negative: " + limit + ", " + offset);
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until " + until + " is before since " + since);
        }
    }

    public static ArticleQuery page(int limit, int offset) {
        return new ArticleQuery(null, null, null, null, limit, offset);
    }

    public boolean filtered() {
        return outlet != null || actor != null || since != null || until != null;
    }
}
