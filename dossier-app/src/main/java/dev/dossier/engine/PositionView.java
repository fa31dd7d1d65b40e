package dev.dossier.engine;

import dev.dossier.model.Position;
import dev.dossier.model.PositionChange;
import java.util.List;
import java.util.Map;

/**
 * A position in JSON, with DESIGN.md's contract fields {@code actor, issue, stance, condition,
 * saidOn, quoteId, sources}, plus the story, the statement's words, the evidence (its words and
 * their offsets in the article's {@code text}), and, when the stance moved since the actor's
 * previous one on the issue, that previous stance and whether the move is a contradiction.
 */
public record PositionView(
        String story,
        QuoteView.SpeakerView actor,
        String issue,
        String stance,
        String condition,
        String saidOn,
        String quoteId,
        String statement,
        EvidenceView evidence,
        ChangeView change,
        List<QuoteView.SourceView> sources) {

    /** The words that decided the stance, in the statement's article. */
    public record EvidenceView(String articleId, int start, int end, String text) {}

    /** The actor's previous stance on the issue, when this one differs. */
    public record ChangeView(String from, String fromQuoteId, String fromSaidOn, boolean contradiction) {}

    /** Every position of a story's matrix, cell by cell, each with the change it completes. */
    public static List<PositionView> all(StoryPositions story) {
        Map<Position, PositionChange> changes = story.matrix().changesByLaterPosition();
        return story.matrix().positions().stream().map(position -> of(story.story().id(), position, changes.get(position))).toList();
    }

    /** @param change the change this position completes, or null */
    public static PositionView of(String storyId, Position position, PositionChange change) {
        EvidenceView evidence = position.evidence() == null ? null : new EvidenceView(position.statement().articleId(),
                position.evidence().start(), position.evidence().end(), position.evidenceWords());
        ChangeView changed = change == null ? null : new ChangeView(change.before().stance().key(), change.before().statement().id(),
                change.before().saidOn() == null ? null : change.before().saidOn().iso(), change.contradiction());
        return new PositionView(storyId, new QuoteView.SpeakerView(position.actorId(), position.actor()), position.issue(),
                position.stance().key(), position.condition(), position.saidOn() == null ? null : position.saidOn().iso(),
                position.statement().id(), position.statement().text(), evidence, changed,
                position.statement().sources().stream().map(QuoteView.SourceView::of).toList());
    }
}
