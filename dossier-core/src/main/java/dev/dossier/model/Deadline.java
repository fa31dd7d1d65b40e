package dev.dossier.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A commitment or deadline a statement sets ("within 48 hours", "has six days to", "a deadline of
 * March 26"), with the day it falls due.
 *
 * @param expression the words that set it, as written in the statement
 * @param due the day it falls due: the day said plus the delay, or the date named; null for a
 *     delay set in a statement whose day is unknown (it is still tracked, by its delay)
 * @param delayDays for a delay, how many days it runs (hours rounded up to whole days, a month
 *     counted as 30 days); null for a date
 * @param statement the statement that set it, with its speaker, day said and sources
 */
public record Deadline(String expression, LocalDate due, Integer delayDays, QuoteRecord statement) {

    public Deadline {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(statement, "statement");
        if ((due == null) != (statement.saidOn() == null)) {
            throw new IllegalArgumentException("a deadline falls due on a day exactly when its statement's day is known");
        }
        if (due == null && delayDays == null) {
            throw new IllegalArgumentException("a date deadline needs the day it was said, to read the date against");
        }
        if (due != null && due.isBefore(statement.saidOn().date())) {
            throw new IllegalArgumentException("deadline " + due + " falls before the day it was set, " + statement.saidOn().date());
        }
    }

    /** Whether it was set as a delay from the day said (else as a date). */
    public boolean delay() {
        return delayDays != null;
    }
}
