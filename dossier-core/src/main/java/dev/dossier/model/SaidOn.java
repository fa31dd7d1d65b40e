package dev.dossier.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * When a statement was made, as far as the text tells.
 *
 * @param basis {@code text} when the text dates it ("said on Wednesday", resolved against the
 *     publication date); {@code context} when the article dates another statement of the same
 *     speaker and not this one ("Lavrov said Friday ... 'There is no meeting planned,' Lavrov
 *     said"); {@code published} when the publication date stands in for it
 */
public record SaidOn(LocalDate date, TimePrecision precision, String basis) {

    public static final String FROM_TEXT = "text";
    public static final String FROM_CONTEXT = "context";
    public static final String FROM_PUBLISHED = "published";

    public SaidOn {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (!FROM_TEXT.equals(basis) && !FROM_CONTEXT.equals(basis) && !FROM_PUBLISHED.equals(basis)) {
            throw new IllegalArgumentException("basis must be text, context or published: " + basis);
        }
    }

    /** ISO text at the known precision: {@code 2025-08-22}, {@code 2025-08}, {@code 2025}. */
    public String iso() {
        return switch (precision) {
            case INSTANT, DAY, WEEK -> date.toString();
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}
