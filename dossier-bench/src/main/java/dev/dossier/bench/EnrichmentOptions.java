package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The enrichment benchmark's command line, parsed by hand like {@link BenchOptions}.
 *
 * @param data PolNeAR's data folder, holding {@code dev/} and {@code train/}
 * @param split {@code dev} or {@code train}
 * @param articles how many articles to measure, the first in file-name order (at least 1)
 * @param rounds how many times each pass is measured, the fastest kept (at least 1)
 * @param coreNlpDefaults whether to measure CoreNLP's NER with its default annotators too, after the other passes
 */
record EnrichmentOptions(Path data, String split, int articles, int rounds, boolean coreNlpDefaults) {

    static final int DEFAULT_ARTICLES = 84;
    static final int DEFAULT_ROUNDS = 3;

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: EnrichmentBenchmark [--data DIR] [--split dev|train] [--articles N] [--rounds R] [--corenlp-defaults]",
            "  --data DIR     PolNeAR's data folder, with dev/ and train/ (default: the first",
            "                 " + AttributionOptions.DEFAULT_DATA + " found walking up from the working directory)",
            "  --split S      dev (the default) or train",
            "  --articles N   measure the first N articles in file-name order (default " + DEFAULT_ARTICLES + ")",
            "  --rounds R     measure every pass R times, interleaved, and keep the fastest (default " + DEFAULT_ROUNDS + ")",
            "  --corenlp-defaults",
            "                 also measure CoreNLP's NER as it comes (" + EnrichmentBenchmark.DEFAULT_ANNOTATORS + ", default models),",
            "                 once on each number of threads, after the other passes (slow: about a second an article)");

    EnrichmentOptions {
        Objects.requireNonNull(data, "data");
        if (!split.equals("dev") && !split.equals("train")) {
            throw new UsageException("--split must be dev or train, got '" + split + "'");
        }
        if (articles < 1) {
            throw new UsageException("--articles must be at least 1, got " + articles);
        }
        if (rounds < 1) {
            throw new UsageException("--rounds must be at least 1, got " + rounds);
        }
    }

    static EnrichmentOptions parse(String... args) {
        Path data = null;
        String split = "dev";
        int articles = DEFAULT_ARTICLES;
        int rounds = DEFAULT_ROUNDS;
        boolean coreNlpDefaults = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--data" -> data = Path.of(AttributionOptions.value(args, ++i, option));
                case "--split" -> split = AttributionOptions.value(args, ++i, option);
                case "--articles" -> articles = AttributionOptions.parseCount(AttributionOptions.value(args, ++i, option), option);
                case "--rounds" -> rounds = AttributionOptions.parseCount(AttributionOptions.value(args, ++i, option), option);
                case "--corenlp-defaults" -> coreNlpDefaults = true;
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        AttributionOptions.checkSplit(split);
        if (articles < 1) {
            throw new UsageException("--articles must be at least 1, got " + articles);
        }
        if (rounds < 1) {
            throw new UsageException("--rounds must be at least 1, got " + rounds);
        }
        if (data == null) {
            Path start = Path.of("").toAbsolutePath();
            data = AttributionOptions.locateData(start).orElseThrow(() -> new UsageException(
                    "no " + AttributionOptions.DEFAULT_DATA + " found above " + start + "; give --data DIR"));
        }
        return new EnrichmentOptions(data, split, articles, rounds, coreNlpDefaults);
    }
}
