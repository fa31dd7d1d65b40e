package dev.dossier.model;

import java.util.Objects;

/**
 * A temporal expression found in a text, with its TIMEX3-style normalised value.
 *
 * @param span where the expression stands in the text
 * @param text the expression as written (the characters {@code span} covers)
 * @param type its TIMEX3 type
 * @param value its TIMEX3 value: a calendar point ({@code 2025-08-22}, {@code 2025-W34},
 *     {@code 2025-08}, {@code 2025-Q3}, {@code 2025-SP}, {@code 2025}, {@code 2025-08-22T18:00Z}),
 *     a reference ({@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}), a duration or
 *     period ({@code P2W}, {@code PT24H}, {@code PXY}), or a point still relative to an unknown
 *     publication date, with {@code X} for what is unknown ({@code XXXX-08-22}, {@code XXXX-WXX-3})
 * @param precision how precisely a calendar point is known (a time of day is {@link TimePrecision#INSTANT};
 *     quarters, seasons and decades are {@link TimePrecision#YEAR}); for a duration or set, its unit;
 *     null for a reference ({@code *_REF}), which names no point
 * @param resolved false when the value depends on a publication date that was not known (the value
 *     then holds {@code X}s); true for absolute dates, durations, sets and references
 */
public record TemporalExpression(TextSpan span, String text, TimexType type, String value, TimePrecision precision,
        boolean resolved) {

    public TemporalExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a temporal expression needs its text");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not fill its span " + span);
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a temporal expression needs a value: '" + text + "'");
        }
        if ((precision == null) != value.endsWith("_REF")) {
            throw new IllegalArgumentException("precision must be null exactly for a *_REF value: " + value + " " + precision);
        }
        if (!resolved && !value.contains("X")) {
            throw new IllegalArgumentException("an unresolved value marks what is unknown with X: " + value);
        }
    }
}
