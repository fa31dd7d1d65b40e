package dev.dossier.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The ingest benchmark's table: one row per format, numbers formatted with {@link Locale#ROOT},
 * so the output reads the same on every machine.
 */
final class ResultTable {

    private static final List<String> HEADERS = List.of(
            "format", "articles", "seconds", "articles/s", "re-ingest articles/s", "peak heap MB", "store MB");
    private static final double MB = 1024.0 * 1024.0;

    private final TextTable table = new TextTable(HEADERS);

    ResultTable add(IngestMeasurement measurement) {
        table.add(List.of(
                measurement.corpus().format().cliName(),
                Integer.toString(measurement.corpus().articles()),
                String.format(Locale.ROOT, "%.2f", measurement.first().seconds()),
                String.format(Locale.ROOT, "%.1f", measurement.firstArticlesPerSecond()),
                String.format(Locale.ROOT, "%.1f", measurement.reingestArticlesPerSecond()),
                megabytes(measurement.peakHeapBytes()),
                megabytes(measurement.storeBytes())));
        return this;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / MB);
    }

    /** Prints the header, a rule and the rows; the first column is left-aligned, the rest right. */
    void print(PrintStream out) {
        table.print(out);
    }
}
