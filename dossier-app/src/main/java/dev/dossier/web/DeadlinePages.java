package dev.dossier.web;

import dev.dossier.model.Deadline;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.TrackedDeadline;
import java.time.LocalDate;
import java.util.List;

/** The deadlines page: commitments and deadlines statements set, soonest due first. Every piece of data passes through {@link Html#escape}. */
final class DeadlinePages {

    private DeadlinePages() {}

    static String list(List<TrackedDeadline> deadlines, LocalDate coverage) {
        StringBuilder body = new StringBuilder("<h1>Deadlines</h1>\n<p class=\"meta\">Commitments and deadlines set in statements, soonest due first. ")
                .append("Coverage runs to ").append(Layout.day(coverage)).append(": a deadline due before that day has <strong>passed</strong>, ")
                .append("later ones are <strong>open</strong>.</p>\n");
        if (deadlines.isEmpty()) {
            body.append("<p>No statement sets a deadline.</p>\n");
        }
        body.append("<ol class=\"timeline\">\n");
        for (TrackedDeadline tracked : deadlines) {
            Deadline deadline = tracked.deadline();
            QuoteRecord statement = deadline.statement();
            boolean known = deadline.due() != null;
            boolean passed = known && coverage != null && coverage.isAfter(deadline.due());
            body.append("<li data-kind=\"").append(passed ? "event" : "statement").append("\"><span class=\"when\">")
                    .append(known ? "due " + deadline.due() : deadline.delayDays() + " days after it was said")
                    .append("</span><span class=\"kind\">").append(known ? passed ? "passed" : "open" : "day said unknown").append("</span><br>")
                    .append("<strong>").append(Html.escape(deadline.expression())).append("</strong>, set ")
                    .append(known ? statement.saidOn().date().toString() : "on an unknown day").append(" by ")
                    .append(statement.speakerId() == null ? Html.escape(statement.speakerMention() == null ? "an unknown speaker" : statement.speakerMention())
                            : "<a href=\"/actors/" + statement.speakerId() + "\">" + Html.escape(statement.speakerName()) + "</a>")
                    .append(":\n").append(QuotePages.quote(statement, List.of()));
            if (!tracked.otherReports().isEmpty()) {
                body.append("<details><summary>Also reported (").append(tracked.otherReports().size()).append(")</summary>\n");
                tracked.otherReports().forEach(report -> body.append("<strong>").append(Html.escape(report.expression())).append("</strong>, ")
                        .append(report.statement().saidOn().date()).append(":\n").append(QuotePages.quote(report.statement(), List.of())));
                body.append("</details>\n");
            }
            List<QuoteRecord> later = tracked.followUps();
            if (!later.isEmpty()) {
                body.append("<details><summary>What later coverage says (").append(later.size()).append(")</summary>\n");
                later.forEach(quote -> body.append(QuotePages.quote(quote, List.of())));
                body.append("</details>\n");
            }
            body.append("</li>\n");
        }
        body.append("</ol>\n");
        return Layout.page("Deadlines", Layout.Section.DEADLINES, body.toString());
    }
}
