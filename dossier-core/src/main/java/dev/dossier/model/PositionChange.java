package dev.dossier.model;

import java.util.Objects;

/**
 * An actor whose stance on an issue moved from one statement to the next that took a side.
 *
 * @param contradiction whether the two are on opposite sides and close in time: a reversal within
 *     days, or one of the two reports being wrong, either worth a reader's look
 */
public record PositionChange(Position before, Position after, boolean contradiction) {

    public PositionChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.actorId() != after.actorId() || !before.issue().equals(after.issue())) {
            throw new IllegalArgumentException("a change is one actor's, on one issue");
        }
    }
}
