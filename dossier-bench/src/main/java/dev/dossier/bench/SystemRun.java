package dev.dossier.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One attribution system run over a corpus: its predictions per article, the time it spent, and
 * the articles it failed on (which count as articles without predictions).
 *
 * @param loadNanos building the system and the untimed warm-up articles
 * @param nanos the timed pass: the system's work on every article, reading and scoring excluded
 */
record SystemRun(String system, PolnearCorpus corpus, List<List<PredictedAttribution>> predictions,
        long loadNanos, long nanos, List<String> errors) {

    SystemRun {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(corpus, "corpus");
        predictions = List.copyOf(predictions);
        errors = List.copyOf(errors);
        if (predictions.size() != corpus.articles().size()) {
            throw new IllegalArgumentException(predictions.size() + " predictions for " + corpus.articles().size() + " articles");
        }
    }

    /**
     * Builds the system (loading its models), runs it untimed over the first {@code warmUp}
     * articles, then timed over all of them. A failure on an article is recorded and the run goes
     * on. Progress goes to {@code progress} every 20 articles, unless it is null.
     */
    static SystemRun run(Supplier<AttributionSystem> factory, PolnearCorpus corpus, int warmUp, PrintStream progress) {
        long loadStart = System.nanoTime();
        AttributionSystem system = factory.get();
        List<PolnearArticle> articles = corpus.articles();
        for (int i = 0; i < Math.min(warmUp, articles.size()); i++) {
            attempt(system, articles.get(i), new ArrayList<>());
        }
        long loadNanos = System.nanoTime() - loadStart;
        List<List<PredictedAttribution>> predictions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        long nanos = 0;
        for (int i = 0; i < articles.size(); i++) {
            long start = System.nanoTime();
            predictions.add(attempt(system, articles.get(i), errors));
            nanos += System.nanoTime() - start;
            if ((i + 1) % 20 == 0 && progress != null) {
                progress.println(String.format(Locale.ROOT, "  %s: %d of %d articles", system.name(), i + 1, articles.size()));
            }
        }
        return new SystemRun(system.name(), corpus, predictions, loadNanos, nanos, errors);
    }

    private static List<PredictedAttribution> attempt(AttributionSystem system, PolnearArticle article, List<String> errors) {
        try {
            return List.copyOf(system.attribute(article.text()));
        } catch (RuntimeException e) {
            // a library failing on one article is a result to report, not a reason to stop
            errors.add(article.id() + ": " + e);
            return List.of();
        }
    }

    /** Every article scored on {@code subset}, in corpus order. */
    List<ArticleScore> scores(Subset subset) {
        List<ArticleScore> scores = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            scores.add(ArticleScore.score(corpus.articles().get(i), predictions.get(i), subset));
        }
        return scores;
    }

    AttributionCounts total(Subset subset) {
        AttributionCounts total = AttributionCounts.ZERO;
        for (ArticleScore score : scores(subset)) {
            total = total.plus(score.counts());
        }
        return total;
    }

    /** Spurious predictions on {@code subset} that are fragments of a matched gold content ({@link ArticleScore#fragments}). */
    int fragments(Subset subset) {
        return scores(subset).stream().mapToInt(score -> score.fragments().size()).sum();
    }

    double articlesPerSecond() {
        return nanos == 0 ? 0 : predictions.size() / (nanos / 1e9);
    }
}
