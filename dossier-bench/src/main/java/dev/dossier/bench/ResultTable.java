package dev.dossier.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's table: one row per format, numbers right-aligned and formatted with
 * {@link Locale#ROOT}, so the output reads the same on every machine.
 */
final class ResultTable {

    private static final List<String> HEADERS = List.of(
            "format", "articles", "seconds", "articles/s", "re-ingest articles/s", "peak heap MB", "store MB");
    private static final double MB = 1024.0 * 1024.0;

    private final List<List<String>> rows = new ArrayList<>();

    ResultTable add(IngestMeasurement measurement) {
        rows.add(List.of(
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
        int[] widths = new int[HEADERS.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = HEADERS.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(line(HEADERS, widths));
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        out.println(line(rule, widths));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            line.append(i == 0 ? "" : "  ").append(i == 0 ? cell + padding : padding + cell);
        }
        return line.toString().stripTrailing();
    }
}
