package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.engine.PositionView;
import dev.dossier.engine.StoryPositions;
import dev.dossier.model.Issue;
import dev.dossier.model.Position;
import dev.dossier.model.PositionCell;
import dev.dossier.model.PositionChange;
import dev.dossier.model.PositionMatrix;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "positions", mixinStandardHelpOptions = true,
        description = {"Where each actor stands on each issue of a story (supports, opposes, conditional, neutral), with the",
                "words that show it, every outlet that carried it, and the changes and contradictions over time.",
                "Issues come from the issues file (--issues) and from what the statements themselves keep returning to."})
final class PositionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Option(names = "--story", paramLabel = "ID", description = "Only this story (else every story the actor spoke in, or the latest stories).")
    String story;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only this actor, in any spelling (Voronel, Arkadi Voronell).")
    String actor;

    @Option(names = "--issue", paramLabel = "NAME", description = "Only issues whose name contains these words, or with this phrase.")
    String issue;

    @Option(names = "--json", description = "JSON Lines: one position a line (actor, issue, stance, condition, saidOn, quoteId, sources, ...).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<StoryPositions> found;
        PositionMatrix across = null;
        try (Dossier dossier = parent.global.open()) {
            dossier.issueProblems().forEach(problem -> spec.commandLine().getErr().println("issues file: " + problem));
            if (story != null && dossier.story(story).isEmpty()) {
                spec.commandLine().getErr().println("no story " + story + " (see: dossier stories)");
                return ExitCodes.FAILURE;
            }
            found = dossier.positions(story, actor, issue);
            if (actor != null && story == null && !json && found.size() > 1) {
                across = dossier.positionsAcrossStories(actor, issue);
            }
        }
        if (json) {
            for (StoryPositions positions : found) {
                PositionView.all(positions).forEach(view -> out.println(Json.line(view)));
            }
        } else {
            found.forEach(positions -> print(positions, out));
            if (across != null) {
                printAcross(across, out);
            }
            if (found.isEmpty()) {
                out.println("No positions found" + (story == null && actor == null ? "" : " for that story or actor")
                        + (issue == null ? "" : " on issues matching '" + issue + "'") + ".");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(StoryPositions positions, PrintWriter out) {
        out.printf(Locale.ROOT, "Story %s: %s%n", positions.story().id(), positions.story().title());
        out.println("Issues: " + String.join("; ", positions.matrix().issues().stream().map(PositionsCommand::issueLabel).toList()));
        Table matrix = new Table("ACTOR", 24, "ISSUE", 30, "NOW", 11, "SINCE", 10, "HISTORY", 60);
        for (PositionCell cell : positions.matrix().cells()) {
            Position latest = cell.history().get(cell.history().size() - 1);
            matrix.row(cell.actor(), cell.issue(), cell.current().key(), latest.saidOn() == null ? null : latest.saidOn().iso(),
                    String.join(" → ", cell.history().stream().map(PositionsCommand::step).toList()));
        }
        out.println();
        matrix.print(out);
        Table evidence = new Table("SAID ON", 10, "ACTOR", 24, "ISSUE", 30, "STANCE", 11, "EVIDENCE", 40, "STATEMENT", 70, "OUTLETS", 7);
        for (Position position : positions.matrix().positions()) {
            evidence.row(position.saidOn() == null ? null : position.saidOn().iso(), position.actor(), position.issue(),
                    position.stance().key(), position.condition() != null ? "if: " + position.condition() : position.evidenceWords(),
                    position.statement().text(), position.statement().sources().size());
        }
        out.println();
        evidence.print(out);
        if (!positions.matrix().changes().isEmpty()) {
            out.println();
            printChanges(positions.matrix().changes(), out);
        }
        out.println();
    }

    /** An actor's stances issue by issue across the stories listed, and the changes between them. */
    private static void printAcross(PositionMatrix across, PrintWriter out) {
        out.println("Across stories:");
        Table table = new Table("ACTOR", 24, "ISSUE", 30, "NOW", 11, "HISTORY", 90);
        for (PositionCell cell : across.cells()) {
            table.row(cell.actor(), cell.issue(), cell.current().key(), String.join(" → ", cell.history().stream().map(PositionsCommand::step).toList()));
        }
        table.print(out);
        printChanges(across.changes(), out);
    }

    private static void printChanges(List<PositionChange> changes, PrintWriter out) {
        for (PositionChange change : changes) {
            out.printf(Locale.ROOT, "%s %s on %s: %s (%s, %s) → %s (%s, %s)%n", change.contradiction() ? "CONTRADICTION" : "CHANGE",
                    change.after().actor(), change.after().issue(), change.before().stance().key(), change.before().saidOn().iso(),
                    change.before().statement().id(), change.after().stance().key(), change.after().saidOn().iso(),
                    change.after().statement().id());
        }
    }

    private static String issueLabel(Issue issue) {
        return issue.name() + (issue.defined() ? "" : " (discovered)");
    }

    private static String step(Position position) {
        return position.stance().key() + (position.saidOn() == null ? "" : " " + position.saidOn().iso().substring(5));
    }
}
