package dev.dossier.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, how precisely that is known, and where it came from.
 *
 * @param at the instant; for {@link TimePrecision#DAY} the start of that day in UTC
 */
public record Published(Instant at, TimePrecision precision, PublishedFrom from) {

    public Published {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(from, "from");
    }

    /**
     * ISO 8601 text at the known precision: {@code 2026-03-12T09:30:00Z}, or {@code 2026-03-12}
     * for a date known only to the day. Never more precise than what is known.
     */
    public String iso() {
        LocalDate day = day();
        return switch (precision) {
            case INSTANT -> at.toString();
            case DAY, WEEK -> day.toString();
            case MONTH -> day.toString().substring(0, 7);
            case YEAR -> day.toString().substring(0, 4);
        };
    }

    /** The UTC calendar day of {@link #at}: the day itself for a date known to the day. */
    public LocalDate day() {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    public Published from(PublishedFrom source) {
        return new Published(at, precision, source);
    }

    /**
     * Reads the machine-readable forms that metadata uses: ISO 8601 instants with or without an
     * offset ({@code 2026-03-12T09:30:00Z}, {@code 2026-03-12T10:30:00+01:00}, a local time taken as
     * UTC), ISO dates ({@code 2026-03-12}, day precision) and RFC 1123 ({@code Thu, 12 Mar 2026
     * 09:30:00 GMT}). Anything else is empty: a date is never guessed.
     */
    public static Optional<Published> parse(String text, PublishedFrom from) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        for (DateTimeFormatter formatter : new DateTimeFormatter[] {
                DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME}) {
            try {
                return Optional.of(new Published(OffsetDateTime.parse(value, formatter).toInstant(), TimePrecision.INSTANT, from));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        try {
            return Optional.of(new Published(ZonedDateTime.parse(value).toInstant(), TimePrecision.INSTANT, from));
        } catch (DateTimeParseException notZoned) {
            // try the next form
        }
        try {
            return Optional.of(new Published(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC), TimePrecision.INSTANT, from));
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return Optional.of(ofDay(LocalDate.parse(value), from));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** A date known to the day only. */
    public static Published ofDay(LocalDate day, PublishedFrom from) {
        return new Published(day.atStartOfDay(ZoneOffset.UTC).toInstant(), TimePrecision.DAY, from);
    }
}
