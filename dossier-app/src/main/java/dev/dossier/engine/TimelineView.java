package dev.dossier.engine;

import dev.dossier.model.TimelineEntry;
import java.util.List;
import java.util.Locale;

/**
 * A timeline entry in JSON, with the field names of DESIGN.md's contract: {@code date, precision,
 * text, kind, sources}, plus the actor it is by or about.
 */
public record TimelineView(String date, String precision, String text, String kind, String actor, List<QuoteView.SourceView> sources) {

    public static TimelineView of(TimelineEntry entry) {
        return new TimelineView(entry.date().toString(), entry.precision().name().toLowerCase(Locale.ROOT), entry.text(),
                entry.kind().key(), entry.actor(), entry.sources().stream().map(QuoteView.SourceView::of).toList());
    }
}
