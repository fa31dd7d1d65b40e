package dev.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The confusion counts of trafilatura's evaluation: each {@code with} snippet found in the output
 * is a true positive, else a false negative; each {@code without} snippet found is a false
 * positive, else a true negative. Summing the counts over pages gives the micro-averaged scores.
 */
record SnippetCounts(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {

    static final SnippetCounts ZERO = new SnippetCounts(0, 0, 0, 0);

    /** Unicode whitespace (no-break spaces included), as Python's {@code str.split()} sees it. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    SnippetCounts {
        if (truePositives < 0 || falseNegatives < 0 || falsePositives < 0 || trueNegatives < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** The counts for one page's output (empty when the extractor gave nothing). */
    static SnippetCounts score(EvalPage page, String output) {
        String text = normalize(output);
        int tp = 0;
        int fp = 0;
        for (String snippet : page.with()) {
            tp += text.contains(normalize(snippet)) ? 1 : 0;
        }
        for (String snippet : page.without()) {
            fp += text.contains(normalize(snippet)) ? 1 : 0;
        }
        return new SnippetCounts(tp, page.with().size() - tp, fp, page.without().size() - fp);
    }

    /** The {@code with} snippets the output misses. */
    static List<String> missed(EvalPage page, String output) {
        return matching(page.with(), output, false);
    }

    /** The {@code without} snippets the output leaks. */
    static List<String> leaked(EvalPage page, String output) {
        return matching(page.without(), output, true);
    }

    /** Runs of whitespace become one space; nothing else changes. */
    static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ");
    }

    SnippetCounts plus(SnippetCounts other) {
        return new SnippetCounts(truePositives + other.truePositives, falseNegatives + other.falseNegatives,
                falsePositives + other.falsePositives, trueNegatives + other.trueNegatives);
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** The harmonic mean of precision and recall, 2TP / (2TP + FP + FN). */
    double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    double accuracy() {
        return ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives);
    }

    private static List<String> matching(List<String> snippets, String output, boolean present) {
        String text = normalize(output);
        List<String> found = new ArrayList<>();
        for (String snippet : snippets) {
            if (text.contains(normalize(snippet)) == present) {
                found.add(snippet);
            }
        }
        return found;
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
