package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.engine.SearchView;
import dev.dossier.model.SearchHit;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over titles and texts, best match first.",
                "Every word must match; \"quoted words\" match as a phrase; a trailing * matches a prefix."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to search for.")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "JSON Lines: one result a line.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (limit <= 0) {
            spec.commandLine().getErr().println("--limit must be positive");
            return ExitCodes.USAGE;
        }
        List<SearchHit> hits;
        try (Dossier dossier = parent.global.open()) {
            hits = dossier.search(String.join(" ", words), limit);
        }
        if (json) {
            hits.forEach(hit -> out.println(Json.line(SearchView.of(hit))));
        } else {
            Table table = new Table("ID", 16, "OUTLET", 20, "TITLE", 50, "MATCH", 90);
            hits.forEach(hit -> table.row(hit.article().id(), hit.article().outlet(), hit.article().title(), hit.snippet("[", "]")));
            table.print(out);
            out.printf(Locale.ROOT, "%d results%n", hits.size());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
