package dev.dossier.positions;

import dev.dossier.model.TextSpan;

/**
 * A condition found by {@link Conditions}: its text, whether it decides alone ({@code firm}), the
 * index of its marker's first word, its words {@code [first, last]}, and whether it conditions
 * nothing on the issue ({@code idle}: a wish for the issue, or the condition of a threat of
 * something else), its words read neither as cues nor as terms.
 */
record Condition(TextSpan span, boolean firm, int marker, int first, int last, boolean idle) {

    Condition(TextSpan span, boolean firm, int marker, int first, int last) {
        this(span, firm, marker, first, last, false);
    }

    Condition firmer() {
        return new Condition(span, true, marker, first, last);
    }

    Condition looser() {
        return new Condition(span, false, marker, first, last);
    }

    /**
     * A clause that conditions nothing on the issue: an if-clause that wishes for it ("if a summit is
     * not scheduled"), or the if-clause of a threat of something else ("threatened 'severe
     * consequences' if ..."). Its words are not read as cues either.
     */
    Condition asIdle() {
        return new Condition(span, false, marker, first, last, true);
    }

    boolean covers(int word) {
        return word >= first && word <= last;
    }
}
