package dev.dossier.engine;

import dev.dossier.model.TemporalExpression;
import java.util.Locale;

/**
 * A temporal expression in JSON: its span in the article's {@code text}, the words, the TIMEX3
 * type and value ({@code 2025-08-22}, {@code 2025-W34}, {@code 2025-08}, {@code PRESENT_REF},
 * {@code XXXX-08-22} when unresolved), the precision, and whether it could be resolved.
 */
public record DateView(int start, int end, String text, String type, String value, String precision, boolean resolved) {

    public static DateView of(TemporalExpression expression) {
        return new DateView(expression.span().start(), expression.span().end(), expression.text(), expression.type().name(),
                expression.value(), expression.precision() == null ? null : expression.precision().name().toLowerCase(Locale.ROOT),
                expression.resolved());
    }
}
