package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.engine.StoryView;
import dev.dossier.model.StorySummary;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"List stories (the articles that report one development, from every outlet), latest first;",
                "stories with no dated article last."})
final class StoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Option(names = "--since", paramLabel = "DATE", description = "Stories still running on or after this day (2025-08-01).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Stories that began on or before this day.")
    LocalDate until;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}; 0 for all).")
    int limit;

    @Option(names = "--json", description = "JSON Lines: one story a line, with its briefing.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 0 || since != null && until != null && until.isBefore(since)) {
            spec.commandLine().getErr().println("--limit must not be negative and --until not before --since");
            return ExitCodes.USAGE;
        }
        try (Dossier dossier = parent.global.open()) {
            List<StorySummary> stories = dossier.stories(since, until, limit == 0 ? Integer.MAX_VALUE : limit, 0);
            if (json) {
                stories.forEach(story -> out.println(Json.line(StoryView.of(story, dossier.briefing(story)))));
            } else {
                Table table = new Table("ID", 18, "FIRST", 10, "LAST", 10, "ARTICLES", 8, "OUTLETS", 7, "TITLE", 80);
                for (StorySummary story : stories) {
                    table.row(story.id(), story.first(), story.last(), story.articles().size(), story.outlets().size(), story.title());
                }
                table.print(out);
                out.printf(Locale.ROOT, "%d stories%n", stories.size());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
