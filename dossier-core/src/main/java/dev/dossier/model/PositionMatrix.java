package dev.dossier.model;

import java.util.List;

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

    /** Every position, cell by cell, oldest first within a cell. */
    public List<Position> positions() {
        return cells.stream().flatMap(cell -> cell.history().stream()).toList();
    }
}
