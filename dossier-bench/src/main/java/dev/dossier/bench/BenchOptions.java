package dev.dossier.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The benchmark's command line, parsed by hand: three options do not need a framework, and the
 * benchmark stays independent of the CLI's library.
 *
 * @param articles how many articles each measured corpus holds (at least 1)
 * @param formats the formats to measure, in table order (at least one)
 * @param workDirectory where corpora and stores go, or null for a temporary directory that is
 *     deleted afterwards
 */
record BenchOptions(int articles, List<CorpusFormat> formats, Path workDirectory) {

    static final int DEFAULT_ARTICLES = 2000;

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: IngestBenchmark [--articles N] [--format text|html|jsonl] [--work DIR]",
            "  --articles N   articles in each measured corpus (default " + DEFAULT_ARTICLES + ")",
            "  --format F     measure one format only (default: text, html and jsonl, one row each)",
            "  --work DIR     keep corpora and stores in DIR, which must be empty or absent",
            "                 (default: a temporary directory, deleted afterwards)");

    BenchOptions {
        if (articles < 1) {
            throw new UsageException("--articles must be at least 1, got " + articles);
        }
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new UsageException("at least one format is needed");
        }
    }

    /** The options in {@code args}; throws {@link UsageException} naming the problem. */
    static BenchOptions parse(String... args) {
        int articles = DEFAULT_ARTICLES;
        List<CorpusFormat> formats = List.of(CorpusFormat.values());
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--articles" -> articles = parseCount(value(args, ++i, option));
                case "--format" -> formats = List.of(parseFormat(value(args, ++i, option)));
                case "--work" -> work = Path.of(value(args, ++i, option));
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        return new BenchOptions(articles, formats, work);
    }

    /** Whether {@code args} asks for the usage text rather than a run. */
    static boolean wantsHelp(String... args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return Objects.requireNonNull(args[index]);
    }

    private static CorpusFormat parseFormat(String text) {
        return CorpusFormat.fromCliName(text)
                .orElseThrow(() -> new UsageException("--format must be text, html or jsonl, got '" + text + "'"));
    }

    private static int parseCount(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--articles must be a whole number, got '" + text + "'");
        }
    }

    /** Bad command-line usage; the message says what is wrong. */
    static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }
}
