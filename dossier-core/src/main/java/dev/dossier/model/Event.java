package dev.dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated action an article reports ("The ministers met in Haldeby on Wednesday"): the sentence,
 * its span in the article's text, the day (or week, month) it happened, and the actors it names.
 *
 * @param value the TIMEX3 value the date came from ({@code 2026-03-11}, {@code 2026-W11})
 */
public record Event(TextSpan span, String text, LocalDate date, TimePrecision precision, String value, List<NamedActor> actors) {

    public Event {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        actors = List.copyOf(actors);
    }
}
