package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The attribution evaluator's command line, parsed by hand like {@link BenchOptions}.
 *
 * @param data PolNeAR's data folder, holding {@code dev/} and {@code train/}
 * @param split {@code dev} or {@code train}
 * @param limit how many articles to read, in file-name order (0 for all)
 * @param coreNlp whether to run the CoreNLP baseline row
 * @param listFailures how many of Dossier's worst articles to list (0 for none)
 */
record AttributionOptions(Path data, String split, int limit, boolean coreNlp, int listFailures) {

    /** Where PolNeAR sits relative to a checkout's parent folder. */
    static final Path DEFAULT_DATA = Path.of("shared", "bench", "polnear");

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: AttributionEvaluator [--data DIR] [--split dev|train] [--limit N] [--no-corenlp] [--list-failures N]",
            "  --data DIR          PolNeAR's data folder, with dev/ and train/ (default: the first",
            "                      " + DEFAULT_DATA + " found walking up from the working directory)",
            "  --split S           dev (84 articles, the default) or train (840)",
            "  --limit N           only the first N articles in file-name order",
            "  --no-corenlp        skip the CoreNLP quote-attribution baseline (about 2 s an article; needs -Xmx4g)",
            "  --list-failures N   list Dossier's N worst articles on the direct subset: missed and spurious",
            "                      contents, wrong speakers");

    AttributionOptions {
        Objects.requireNonNull(data, "data");
        if (!split.equals("dev") && !split.equals("train")) {
            throw new UsageException("--split must be dev or train, got '" + split + "'");
        }
        if (limit < 0) {
            throw new UsageException("--limit must not be negative, got " + limit);
        }
        if (listFailures < 0) {
            throw new UsageException("--list-failures must not be negative, got " + listFailures);
        }
    }

    static AttributionOptions parse(String... args) {
        Path data = null;
        String split = "dev";
        int limit = 0;
        boolean coreNlp = true;
        int failures = 0;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--data" -> data = Path.of(value(args, ++i, option));
                case "--split" -> split = value(args, ++i, option);
                case "--limit" -> limit = parseCount(value(args, ++i, option), option);
                case "--no-corenlp" -> coreNlp = false;
                case "--list-failures" -> failures = parseCount(value(args, ++i, option), option);
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        checkSplit(split); // before looking for the data, so a wrong option is named even where there is none
        if (data == null) {
            Path start = Path.of("").toAbsolutePath();
            data = locateData(start).orElseThrow(
                    () -> new UsageException("no " + DEFAULT_DATA + " found above " + start + "; give --data DIR"));
        }
        return new AttributionOptions(data, split, limit, coreNlp, failures);
    }

    /** {@link #DEFAULT_DATA} under {@code start} or the nearest of its ancestors, if there is one. */
    static Optional<Path> locateData(Path start) {
        for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(DEFAULT_DATA);
            if (Files.isDirectory(candidate.resolve("dev"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return Objects.requireNonNull(args[index]);
    }

    static void checkSplit(String split) {
        if (!split.equals("dev") && !split.equals("train")) {
            throw new UsageException("--split must be dev or train, got '" + split + "'");
        }
    }

    static int parseCount(String text, String option) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, got '" + text + "'");
        }
    }
}
