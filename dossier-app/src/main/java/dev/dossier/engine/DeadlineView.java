package dev.dossier.engine;

import dev.dossier.model.Deadline;
import dev.dossier.model.TrackedDeadline;
import java.time.LocalDate;
import java.util.List;

/**
 * A deadline in JSON: the words that set it, the day it falls due, how it was set (and a delay's
 * length in days), who set it and when, the statement, its sources, and whether coverage has
 * reached the due day ({@code passed}) or not yet ({@code open}), or the day is {@code unknown}
 * (a delay set in a statement whose day is unknown: {@code due} and {@code setOn} are null), the
 * other statements that report the same commitment ({@code otherReports}, each with the words that
 * set it there and its own due day), and what later statements say of it ({@code followUps}).
 */
public record DeadlineView(String expression, String due, String setAs, Integer delayDays, String setOn, QuoteView.SpeakerView speaker, String statement,
        String quoteId, String articleId, String status, List<QuoteView.SourceView> sources, List<Report> otherReports, List<QuoteView> followUps) {

    /** Another statement that reports the commitment: the words that set it there, the day they make it due, and the statement. */
    public record Report(String expression, String due, QuoteView statement) {}

    /** @param coverageUntil the latest day of stored coverage, or null when unknown */
    public static DeadlineView of(TrackedDeadline tracked, LocalDate coverageUntil) {
        Deadline deadline = tracked.deadline();
        QuoteView quote = QuoteView.of(deadline.statement());
        String status = deadline.due() == null ? "unknown"
                : coverageUntil != null && coverageUntil.isAfter(deadline.due()) ? "passed" : "open";
        return new DeadlineView(deadline.expression(), deadline.due() == null ? null : deadline.due().toString(),
                deadline.delay() ? "delay" : "date", deadline.delayDays(),
                deadline.statement().saidOn() == null ? null : deadline.statement().saidOn().date().toString(), quote.speaker(), quote.text(), quote.id(), quote.articleId(), status,
                quote.sources(), tracked.otherReports().stream()
                        .map(report -> new Report(report.expression(), report.due().toString(), QuoteView.of(report.statement()))).toList(),
                tracked.followUps().stream().map(QuoteView::of).toList());
    }
}
