package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.engine.QuoteView;
import dev.dossier.model.QuoteQuery;
import dev.dossier.model.QuoteRecord;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"List statements: who said what, when, and every outlet that carried it.",
                "The same words carried by several outlets (wire copies, trimmed versions) are one statement."})
final class QuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker, in any spelling (Zelensky, Zelenskyy, Mr Zelensky).")
    String speaker;

    @Option(names = "--about", paramLabel = "TEXT", description = "Only statements containing these words.")
    String about;

    @Option(names = "--story", paramLabel = "ID", description = "Only statements carried by this story's articles.")
    String story;

    @Option(names = "--since", paramLabel = "DATE", description = "Said on or after this day (2025-08-01).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Said on or before this day.")
    LocalDate until;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "JSON Lines: one statement a line.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (limit <= 0 || (since != null && until != null && until.isBefore(since))) {
            spec.commandLine().getErr().println("--limit must be positive and --until not before --since");
            return ExitCodes.USAGE;
        }
        List<QuoteRecord> quotes;
        try (Dossier dossier = parent.global.open()) {
            quotes = dossier.quotes(new QuoteQuery(blankToNull(speaker), blankToNull(about), since, until, blankToNull(story), limit));
        }
        if (json) {
            quotes.forEach(quote -> out.println(Json.line(QuoteView.of(quote))));
        } else {
            Table table = new Table("SAID ON", 10, "SPEAKER", 24, "KIND", 8, "QUOTE", 70, "SOURCES", 40);
            for (QuoteRecord quote : quotes) {
                String who = quote.speakerName() != null ? quote.speakerName()
                        : quote.speakerMention() != null ? "(" + quote.speakerMention() + ")" : "(unknown)";
                String sources = quote.sources().size() + ": " + String.join(", ", quote.sources().stream()
                        .map(s -> s.outlet() == null ? s.articleId() : s.outlet()).distinct().toList());
                table.row(quote.saidOn() == null ? null : quote.saidOn().iso(), who, quote.kind().key(), quote.text(), sources);
            }
            table.print(out);
            out.printf(Locale.ROOT, "%d statements%n", quotes.size());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
