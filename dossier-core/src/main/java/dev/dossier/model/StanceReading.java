package dev.dossier.model;

import java.util.Objects;

/**
 * The stance a statement takes on one issue, with the words that show it.
 *
 * @param evidence the span of the deciding words (a cue such as "rejects", a negated mention, a
 *     condition) in the text that was read; null when nothing decided (neutral)
 * @param condition for a conditional stance, the condition as written; else null
 */
public record StanceReading(Stance stance, TextSpan evidence, String condition) {

    public static final StanceReading UNDECIDED = new StanceReading(Stance.NEUTRAL, null, null);

    public StanceReading {
        Objects.requireNonNull(stance, "stance");
        if ((stance == Stance.CONDITIONAL) != (condition != null)) {
            throw new IllegalArgumentException("a condition comes with a conditional stance, and only with one: " + stance);
        }
    }
}
