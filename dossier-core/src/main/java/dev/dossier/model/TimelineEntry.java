package dev.dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of a timeline: a statement or an event, its day (or week, month) with that
 * precision, its words, who it is about or by, and every article that carried it.
 */
public record TimelineEntry(LocalDate date, TimePrecision precision, String text, Kind kind, String actor, List<Source> sources) {

    /** What the entry records. */
    public enum Kind {
        STATEMENT,
        EVENT;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a timeline entry cites at least one source");
        }
    }
}
