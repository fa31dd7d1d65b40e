package dev.dossier.positions;

import dev.dossier.model.TextSpan;

/**
 * A cue to the stance in a statement: the side it speaks for, its weight, its words, the index of its
 * decisive word (of two cues that weigh the same, the one nearer the issue is the evidence), and
 * whether it is {@code turned}: a negation or an undoing verb made it a no ("will not go", "lift the
 * sanctions").
 */
record Cue(Side side, double weight, TextSpan span, int at, boolean turned) {

    /** The side a cue speaks for: for the issue or against it. */
    enum Side {
        FOR, AGAINST;

        Side opposite() {
            return this == FOR ? AGAINST : FOR;
        }
    }
}
