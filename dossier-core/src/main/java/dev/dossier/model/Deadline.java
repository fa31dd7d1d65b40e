package dev.dossier.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A commitment or deadline a statement sets ("within 48 hours", "has six days to", "a deadline of
 * March 26"), with the day it falls due.
 *
 * @param expression the words that set it, as written in the statement
 * @param due the day it falls due: the day said plus the delay, or the date named
 * @param delay whether it was set as a delay from the day said (else as a date)
 * @param statement the statement that set it, with its speaker, day said and sources
 */
public record Deadline(String expression, LocalDate due, boolean delay, QuoteRecord statement) {

    public Deadline {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(statement, "statement");
        if (statement.saidOn() == null) {
            throw new IllegalArgumentException("a deadline is dated from the day its statement was said");
        }
        if (due.isBefore(statement.saidOn().date())) {
            throw new IllegalArgumentException("deadline " + due + " falls before the day it was set, " + statement.saidOn().date());
        }
    }
}
