package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.engine.TimelineView;
import dev.dossier.model.TimelineEntry;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"The dated timeline of an actor (what they said, by the day said, and the events that name them)",
                "or of a story (its statements and events), every entry citing all the outlets that carried it."})
final class TimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    /** Whose timeline: an actor's or a story's. */
    static final class Subject {
        @Option(names = "--entity", paramLabel = "NAME", required = true, description = "The actor, in any spelling.")
        String entity;

        @Option(names = "--story", paramLabel = "ID", required = true, description = "The story (from `dossier stories`).")
        String story;
    }

    @Option(names = "--since", paramLabel = "DATE", description = "From this day on (2025-08-01).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Up to this day.")
    LocalDate until;

    @Option(names = "--json", description = "JSON Lines: one entry a line.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (since != null && until != null && until.isBefore(since)) {
            spec.commandLine().getErr().println("--until must not be before --since");
            return ExitCodes.USAGE;
        }
        List<TimelineEntry> entries;
        try (Dossier dossier = parent.global.open()) {
            entries = subject.story != null ? dossier.storyTimeline(subject.story.strip(), since, until)
                    : dossier.timeline(subject.entity.strip(), since, until);
        }
        if (json) {
            entries.forEach(entry -> out.println(Json.line(TimelineView.of(entry))));
        } else {
            Table table = new Table("DATE", 10, "PRECISION", 9, "KIND", 9, "TEXT", 90, "SOURCES", 40);
            for (TimelineEntry entry : entries) {
                table.row(entry.date(), entry.precision().name().toLowerCase(Locale.ROOT), entry.kind().key(), entry.text(),
                        entry.sources().size() + ": " + String.join(", ", entry.sources().stream()
                                .map(s -> s.outlet() == null ? s.articleId() : s.outlet()).distinct().toList()));
            }
            table.print(out);
            out.printf(Locale.ROOT, "%d entries%n", entries.size());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
