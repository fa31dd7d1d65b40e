package dev.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One extractor's run over the evaluation set: what it gave for each page, the summed counts, and
 * the time it spent extracting.
 *
 * @param nanos the time spent inside the extractor over all pages (file reading and scoring excluded)
 */
record Evaluation(String extractor, List<PageOutcome> pages, long nanos) {

    Evaluation {
        Objects.requireNonNull(extractor, "extractor");
        pages = List.copyOf(pages);
    }

    /** One page's output and its counts; {@code error} is the extractor's failure, or null. */
    record PageOutcome(EvalPage page, String output, SnippetCounts counts, String error) {}

    SnippetCounts total() {
        SnippetCounts total = SnippetCounts.ZERO;
        for (PageOutcome page : pages) {
            total = total.plus(page.counts());
        }
        return total;
    }

    double pagesPerSecond() {
        return nanos == 0 ? 0 : pages.size() / (nanos / 1e9);
    }

    List<PageOutcome> errors() {
        List<PageOutcome> errors = new ArrayList<>();
        for (PageOutcome page : pages) {
            if (page.error() != null) {
                errors.add(page);
            }
        }
        return errors;
    }

    /**
     * Runs {@code extractor} over every page, once untimed if {@code warmUp}, then once timed.
     * A page the extractor fails on counts as an empty output and is recorded with its error.
     */
    static Evaluation run(PageExtractor extractor, List<EvalPage> pages, List<byte[]> contents, boolean warmUp) {
        if (warmUp) {
            for (int i = 0; i < pages.size(); i++) {
                attempt(extractor, pages.get(i), contents.get(i));
            }
        }
        List<PageOutcome> outcomes = new ArrayList<>();
        long nanos = 0;
        for (int i = 0; i < pages.size(); i++) {
            long start = System.nanoTime();
            Attempt attempt = attempt(extractor, pages.get(i), contents.get(i));
            nanos += System.nanoTime() - start;
            EvalPage page = pages.get(i);
            outcomes.add(new PageOutcome(page, attempt.output(), SnippetCounts.score(page, attempt.output()), attempt.error()));
        }
        return new Evaluation(extractor.name(), outcomes, nanos);
    }

    private record Attempt(String output, String error) {}

    private static Attempt attempt(PageExtractor extractor, EvalPage page, byte[] content) {
        try {
            return new Attempt(extractor.extract(page, content), null);
        } catch (RuntimeException | StackOverflowError e) {
            // a third-party extractor failing on one page is a result to report, not a reason to stop
            return new Attempt("", e.toString());
        }
    }
}
