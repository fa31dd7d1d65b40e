package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Where one actor stands on one issue: the current stance (the latest that took a side, else
 * neutral) and every statement that bears on it, oldest first.
 */
public record PositionCell(long actorId, String actor, String issue, Stance current, List<Position> history) {

    public PositionCell {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(current, "current");
        history = List.copyOf(history);
    }
}
