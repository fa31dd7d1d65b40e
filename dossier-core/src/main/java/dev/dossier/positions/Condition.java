package dev.dossier.positions;

import dev.dossier.model.TextSpan;

/**
 * A condition found by {@link Conditions}: its text, whether it decides alone ({@code firm}), the
 * index of its marker's first word, its words {@code [first, last]}, and whether it is a wish for the
 * issue rather than a condition on it.
 */
record Condition(TextSpan span, boolean firm, int marker, int first, int last, boolean wish) {

    Condition(TextSpan span, boolean firm, int marker, int first, int last) {
        this(span, firm, marker, first, last, false);
    }

    Condition firmer() {
        return new Condition(span, true, marker, first, last);
    }

    Condition looser() {
        return new Condition(span, false, marker, first, last);
    }

    /** An if-clause that wishes for the issue: its words are not read as cues, and it conditions nothing. */
    Condition asWish() {
        return new Condition(span, false, marker, first, last, true);
    }

    boolean covers(int word) {
        return word >= first && word <= last;
    }
}
