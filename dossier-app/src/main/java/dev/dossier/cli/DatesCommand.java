package dev.dossier.cli;

import dev.dossier.engine.DateView;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.model.TemporalExpression;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"List an article's temporal expressions with their spans and TIMEX3 values, resolved against",
                "its publication day (2025-08-22, 2025-W34, 2025-08, PRESENT_REF; XXXX-08-22 when the day is unknown)."})
final class DatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Parameters(paramLabel = "ID", description = "The article id (as listed by 'articles').")
    String id;

    @Option(names = "--json", description = "JSON Lines: one expression a line.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<List<TemporalExpression>> dates;
        try (Dossier dossier = parent.global.open()) {
            dates = dossier.dates(id.strip());
        }
        if (dates.isEmpty()) {
            spec.commandLine().getErr().println("no article with id " + id);
            return ExitCodes.FAILURE;
        }
        if (json) {
            dates.get().forEach(date -> out.println(Json.line(DateView.of(date))));
        } else {
            Table table = new Table("SPAN", 13, "TEXT", 40, "TYPE", 8, "VALUE", 16, "PRECISION", 9, "RESOLVED", 8);
            for (TemporalExpression date : dates.get()) {
                table.row(date.span().start() + "-" + date.span().end(), date.text(), date.type().name(), date.value(),
                        date.precision() == null ? null : date.precision().name().toLowerCase(Locale.ROOT), date.resolved() ? "yes" : "no");
            }
            table.print(out);
            out.printf(Locale.ROOT, "%d temporal expressions%n", dates.get().size());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
