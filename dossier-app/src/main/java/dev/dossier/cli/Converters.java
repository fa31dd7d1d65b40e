package dev.dossier.cli;

import dev.dossier.model.Format;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for option values, each failing with a message that says what is expected. */
final class Converters {

    private Converters() {}

    /** {@code text}, {@code html}, {@code feed} (or {@code rss}, {@code atom}), {@code warc}, {@code jsonl}. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.fromCliName(value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "': expected one of text, html, feed, warc, jsonl"));
        }
    }

    /** An ISO 8601 date or date-time: {@code 2025-08-22} or {@code 2025-08-22T10:00:00Z}. */
    static final class PublishedConverter implements ITypeConverter<Published> {
        @Override
        public Published convert(String value) {
            return Published.parse(value, PublishedFrom.USER).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a date: expected 2025-08-22 or 2025-08-22T10:00:00Z"));
        }
    }

    /** A size in bytes with an optional unit: {@code 500000}, {@code 512KB}, {@code 64MB}, {@code 1GB}. */
    static final class SizeConverter implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)i?b?");

        @Override
        public Long convert(String value) {
            Matcher matcher = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!matcher.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size: expected 500000, 512KB, 64MB or 1GB");
            }
            long number = Long.parseLong(matcher.group(1));
            int shift = switch (matcher.group(2)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            return number << shift;
        }
    }
}
