package dev.dossier.cli;

import dev.dossier.engine.DeadlineView;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.model.TrackedDeadline;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = {"Commitments and deadlines that statements set (\"within 48 hours\", \"has six days to\", \"a deadline of",
                "March 26\"), soonest due first, each with who set it, when, and every outlet that carried it."})
final class DeadlinesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Option(names = "--since", paramLabel = "DATE", description = "Falling due on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Falling due on or before this day.")
    LocalDate until;

    @Option(names = "--json", description = "JSON Lines: one deadline a line.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (since != null && until != null && until.isBefore(since)) {
            spec.commandLine().getErr().println("--until must not be before --since");
            return ExitCodes.USAGE;
        }
        List<DeadlineView> views = new ArrayList<>();
        LocalDate coverage;
        try (Dossier dossier = parent.global.open()) {
            coverage = dossier.coverageUntil();
            for (TrackedDeadline deadline : dossier.deadlines(since, until)) {
                views.add(DeadlineView.of(deadline, coverage));
            }
        }
        if (json) {
            views.forEach(view -> out.println(Json.line(view)));
        } else {
            Table table = new Table("DUE", 10, "STATUS", 7, "SET ON", 10, "BY", 22, "SET AS", 26, "STATEMENT", 64, "ALSO", 4, "LATER", 5);
            for (DeadlineView view : views) {
                table.row(view.due() == null ? "+" + view.delayDays() + " d" : view.due(), view.status(), view.setOn(), view.speaker() == null ? "-" : view.speaker().name(), view.expression(),
                        view.statement(), view.otherReports().size(), view.followUps().size());
            }
            table.print(out);
            out.printf(Locale.ROOT, "%d deadlines; coverage runs to %s; DUE +N d: N days after a statement whose day is unknown; "
                    + "ALSO: other statements that report the same commitment; LATER: statements since that speak of it (--json lists both)%n",
                    views.size(), coverage == null ? "an unknown day" : coverage);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
