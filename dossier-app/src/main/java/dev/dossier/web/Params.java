package dev.dossier.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Validated query parameters, shared by the API and the pages: a bad value is a {@link BadRequest} with a code. */
final class Params {

    /** The longest text a query parameter may hold. */
    static final int MAX_TEXT = 1000;

    private Params() {}

    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value != null && value.length() > MAX_TEXT) {
            throw new BadRequest("invalid_parameter", "parameter " + name + " is longer than " + MAX_TEXT + " characters");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest("invalid_parameter", name + " must be a date such as 2025-08-22: " + value);
        }
    }

    static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new BadRequest("invalid_parameter", name + " must be between " + min + " and " + max + ": " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadRequest("invalid_parameter", name + " must be a whole number: " + value);
        }
    }

    /** A range of days, checked for order. */
    static void requireOrdered(LocalDate since, LocalDate until) {
        if (since != null && until != null && until.isBefore(since)) {
            throw new BadRequest("invalid_parameter", "until must not be before since");
        }
    }
}
