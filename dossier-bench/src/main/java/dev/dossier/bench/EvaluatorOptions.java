package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The extraction evaluator's command line, parsed by hand like {@link BenchOptions}.
 *
 * @param data the evaluation set: a folder with {@code evaldata.json} and {@code html/}
 * @param listFailures how many of Dossier's worst pages to list with their snippets (0 for none)
 * @param warmUp whether each extractor runs over the pages once, untimed, before the timed pass
 */
record EvaluatorOptions(Path data, int listFailures, boolean warmUp) {

    /** Where the set sits relative to a checkout's parent folder. */
    static final Path DEFAULT_DATA = Path.of("shared", "bench", "extraction-dev");

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: ExtractionEvaluator [--data DIR] [--list-failures N] [--no-warm-up]",
            "  --data DIR           the evaluation set: DIR/evaldata.json and DIR/html/ (default: the first",
            "                       " + DEFAULT_DATA + " found walking up from the working directory)",
            "  --list-failures N    list Dossier's N worst pages by F1, with missed and leaked snippets",
            "  --no-warm-up         skip the untimed warm-up pass (pages/s then includes JIT compilation)");

    EvaluatorOptions {
        Objects.requireNonNull(data, "data");
        if (listFailures < 0) {
            throw new UsageException("--list-failures must not be negative, got " + listFailures);
        }
    }

    static EvaluatorOptions parse(String... args) {
        Path data = null;
        int failures = 0;
        boolean warmUp = true;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--data" -> data = Path.of(value(args, ++i, option));
                case "--list-failures" -> failures = parseCount(value(args, ++i, option), option);
                case "--no-warm-up" -> warmUp = false;
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        return new EvaluatorOptions(data != null ? data : findData(Path.of("").toAbsolutePath()), failures, warmUp);
    }

    /** {@link #DEFAULT_DATA} under {@code start} or the nearest of its ancestors. */
    static Path findData(Path start) {
        return locateData(start).orElseThrow(
                () -> new UsageException("no " + DEFAULT_DATA + " found above " + start + "; give --data DIR"));
    }

    /** {@link #DEFAULT_DATA} under {@code start} or the nearest of its ancestors, if there is one. */
    static Optional<Path> locateData(Path start) {
        for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(DEFAULT_DATA);
            if (Files.isRegularFile(candidate.resolve(EvalPage.INDEX))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return Objects.requireNonNull(args[index]);
    }

    private static int parseCount(String text, String option) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, got '" + text + "'");
        }
    }
}
