package dev.dossier.engine;

import dev.dossier.model.Deadline;
import dev.dossier.model.TrackedDeadline;
import java.time.LocalDate;
import java.util.List;

/**
 * A deadline in JSON: the words that set it, the day it falls due, how it was set, who set it and
 * when, the statement, its sources, and whether coverage has reached the due day ({@code passed})
 * or not yet ({@code open}), and what later statements say of it ({@code followUps}).
 */
public record DeadlineView(String expression, String due, String setAs, String setOn, QuoteView.SpeakerView speaker, String statement,
        String quoteId, String articleId, String status, List<QuoteView.SourceView> sources, List<QuoteView> followUps) {

    /** @param coverageUntil the latest day of stored coverage, or null when unknown */
    public static DeadlineView of(TrackedDeadline tracked, LocalDate coverageUntil) {
        Deadline deadline = tracked.deadline();
        QuoteView quote = QuoteView.of(deadline.statement());
        String status = coverageUntil != null && coverageUntil.isAfter(deadline.due()) ? "passed" : "open";
        return new DeadlineView(deadline.expression(), deadline.due().toString(), deadline.delay() ? "delay" : "date",
                deadline.statement().saidOn().date().toString(), quote.speaker(), quote.text(), quote.id(), quote.articleId(), status,
                quote.sources(), tracked.followUps().stream().map(QuoteView::of).toList());
    }
}
