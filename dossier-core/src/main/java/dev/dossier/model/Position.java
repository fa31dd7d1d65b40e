package dev.dossier.model;

import java.util.Objects;

/**
 * One statement's stance on one issue: who, on what, which way, when, and the words that show it.
 *
 * @param actorId the speaker's actor id in the store
 * @param actor the speaker's canonical name
 * @param issue the issue's name
 * @param condition for a conditional stance, the condition as written; else null
 * @param saidOn when it was said, or null when nothing dates it
 * @param statement the statement, with its article, span and every outlet that carried it
 * @param evidence the deciding words, as a span of the statement's article; null when neutral for
 *     want of any
 * @param evidenceWords those words as written, or null with no evidence
 */
public record Position(
        long actorId,
        String actor,
        String issue,
        Stance stance,
        String condition,
        SaidOn saidOn,
        QuoteRecord statement,
        TextSpan evidence,
        String evidenceWords) {

    public Position {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(statement, "statement");
        if ((evidence == null) != (evidenceWords == null)) {
            throw new IllegalArgumentException("evidence comes as a span with its words");
        }
    }
}
