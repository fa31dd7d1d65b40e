package dev.dossier.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: a header, a rule, and rows, each column as wide as its widest
 * cell up to a cap; longer cells end in an ellipsis. The last column is never padded.
 */
final class Table {

    private final List<String> headers;
    private final int[] caps;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param columns pairs of header and maximum width: {@code "ID", 16, "TITLE", 60} */
    Table(Object... columns) {
        if (columns.length == 0 || columns.length % 2 != 0) {
            throw new IllegalArgumentException("columns come in pairs of header and width");
        }
        headers = new ArrayList<>();
        caps = new int[columns.length / 2];
        for (int i = 0; i < columns.length; i += 2) {
            headers.add((String) columns[i]);
            caps[i / 2] = (Integer) columns[i + 1];
        }
    }

    Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row needs " + headers.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            row.add(fit(cells[i] == null ? "-" : cells[i].toString().replaceAll("\\s+", " "), caps[i]));
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        printRow(out, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(i == 0 ? "" : "  ").append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cell.length()));
            }
        }
        out.println(line.toString().stripTrailing());
    }

    private static String fit(String cell, int cap) {
        return cell.length() <= cap ? cell : cell.substring(0, Math.max(0, cap - 1)) + "…";
    }
}
