package dev.dossier.model;

import java.time.LocalDate;

/**
 * Which statements to list.
 *
 * @param speaker a name in any of its variants, or null for all speakers
 * @param about words the statement must contain (full-text search), or null
 * @param since earliest day said (inclusive), or null
 * @param until latest day said (inclusive), or null
 * @param story only statements carried by the articles of this story, or null
 */
public record QuoteQuery(String speaker, String about, LocalDate since, LocalDate until, String story, int limit) {

    public QuoteQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until " + until + " is before since " + since);
        }
    }

    public static QuoteQuery all(int limit) {
        return new QuoteQuery(null, null, null, null, null, limit);
    }
}
