package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.EntityView;
import dev.dossier.engine.Json;
import dev.dossier.model.ActorSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List actors (people, organisations, places acting as governments) with their name variants and counts.")
final class EntitiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "JSON Lines: one actor a line.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (limit <= 0) {
            spec.commandLine().getErr().println("--limit must be positive");
            return ExitCodes.USAGE;
        }
        List<ActorSummary> actors;
        try (Dossier dossier = parent.global.open()) {
            actors = dossier.actors(limit);
        }
        if (json) {
            actors.forEach(actor -> out.println(Json.line(EntityView.of(actor))));
        } else {
            Table table = new Table("ID", 6, "NAME", 28, "TYPE", 12, "MENTIONS", 8, "ARTICLES", 8, "QUOTES", 6, "ALIASES", 60);
            for (ActorSummary actor : actors) {
                table.row(actor.id(), actor.name(), actor.type().key(), actor.mentions(), actor.articles(), actor.quotes(),
                        String.join(" | ", actor.aliases()));
            }
            table.print(out);
            out.printf(Locale.ROOT, "%d actors%n", actors.size());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
