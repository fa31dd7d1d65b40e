package dev.dossier.engine;

import dev.dossier.model.Issue;
import dev.dossier.model.Position;
import dev.dossier.model.PositionCell;
import dev.dossier.model.PositionChange;
import dev.dossier.model.PositionMatrix;
import java.util.List;
import java.util.Map;

/**
 * A story's position matrix in JSON: its issues, one cell per actor and issue (the current stance
 * and the history, each position as {@link PositionView}), and the changes and contradictions.
 */
public record PositionMatrixView(String story, List<IssueView> issues, List<CellView> cells, List<ChangeView> changes) {

    /**
     * An issue: how it is named, the phrases that mark it and those that name its other side, what
     * supporting it means, and whether a user defined it or Dossier discovered it.
     */
    public record IssueView(String name, List<String> phrases, List<String> contrary, String supports, boolean defined) {
        static IssueView of(Issue issue) {
            return new IssueView(issue.name(), issue.phrases(), issue.contrary(), issue.supports(), issue.defined());
        }
    }

    /** Where one actor stands on one issue now, and how it got there. */
    public record CellView(QuoteView.SpeakerView actor, String issue, String current, List<PositionView> history) {}

    /** A move from one stance to another; a contradiction when opposite and within days. */
    public record ChangeView(QuoteView.SpeakerView actor, String issue, String from, String fromQuoteId, String fromSaidOn, String to,
            String toQuoteId, String toSaidOn, boolean contradiction) {
        static ChangeView of(PositionChange change) {
            return new ChangeView(new QuoteView.SpeakerView(change.after().actorId(), change.after().actor()), change.after().issue(),
                    change.before().stance().key(), change.before().statement().id(), change.before().saidOn().iso(),
                    change.after().stance().key(), change.after().statement().id(), change.after().saidOn().iso(), change.contradiction());
        }
    }

    public static PositionMatrixView of(String storyId, PositionMatrix matrix) {
        Map<Position, PositionChange> changes = matrix.changesByLaterPosition();
        List<CellView> cells = matrix.cells().stream().map(cell -> cell(storyId, cell, changes)).toList();
        return new PositionMatrixView(storyId, matrix.issues().stream().map(IssueView::of).toList(), cells,
                matrix.changes().stream().map(ChangeView::of).toList());
    }

    private static CellView cell(String storyId, PositionCell cell, Map<Position, PositionChange> changes) {
        return new CellView(new QuoteView.SpeakerView(cell.actorId(), cell.actor()), cell.issue(), cell.current().key(),
                cell.history().stream().map(position -> PositionView.of(storyId, position, changes.get(position))).toList());
    }
}
