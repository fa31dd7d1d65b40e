package dev.dossier.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's positions: its issues, actor by issue the current stance with its history, and the
 * changes and contradictions among them.
 */
public record PositionMatrix(List<Issue> issues, List<PositionCell> cells, List<PositionChange> changes) {

    public static final PositionMatrix EMPTY = new PositionMatrix(List.of(), List.of(), List.of());

    public PositionMatrix {
        issues = List.copyOf(issues);
        cells = List.copyOf(cells);
        changes = List.copyOf(changes);
    }

    /** Each change by the position it moved to (the same object as in the cells), for showing a position with how it came. */
    public Map<Position, PositionChange> changesByLaterPosition() {
        Map<Position, PositionChange> byPosition = new IdentityHashMap<>();
        changes.forEach(change -> byPosition.put(change.after(), change));
        return byPosition;
    }

    /** Every position, cell by cell, oldest first within a cell. */
    public List<Position> positions() {
        return cells.stream().flatMap(cell -> cell.history().stream()).toList();
    }
}
