package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.engine.StoryView;
import dev.dossier.model.BriefingSentence;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.Source;
import dev.dossier.model.StoryDetail;
import dev.dossier.model.StorySummary;
import dev.dossier.model.TimelineEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "story", mixinStandardHelpOptions = true,
        description = {"One story: its briefing (sentences from its sources, each cited), key quotes, timeline,",
                "sources by outlet (copies marked) and related stories."})
final class StoryCommand implements Callable<Integer> {

    /** How many timeline entries the text view shows; the full timeline is one command away. */
    static final int TIMELINE_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Parameters(paramLabel = "ID", description = "The story's id (from `dossier stories`).")
    String id;

    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<StoryDetail> found;
        try (Dossier dossier = parent.global.open()) {
            found = dossier.storyDetail(id.strip());
        }
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("no story " + id);
            return ExitCodes.FAILURE;
        }
        StoryDetail detail = found.get();
        if (json) {
            out.println(Json.line(StoryView.Detail.of(detail)));
        } else {
            print(detail, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(StoryDetail detail, PrintWriter out) {
        StorySummary story = detail.story();
        out.println(story.title());
        out.printf(Locale.ROOT, "%s   %s to %s   %d articles from %d outlets%n", story.id(), orDash(story.first()), orDash(story.last()),
                story.articles().size(), story.outlets().size());
        if (!story.actors().isEmpty()) {
            out.println("Key actors: " + String.join(", ", story.actors()));
        }
        out.println();
        out.println("BRIEFING");
        int n = 1;
        for (BriefingSentence sentence : detail.briefing()) {
            out.printf(Locale.ROOT, "%d. %s%n   [%s]%n", n++, sentence.text(), cite(sentence.sources()));
        }
        section(out, "KEY QUOTES");
        for (QuoteRecord quote : detail.keyQuotes()) {
            out.printf(Locale.ROOT, "- %s: \u201c%s\u201d (%s)%n   [%s]%n", quote.speakerName() != null ? quote.speakerName()
                    : quote.speakerMention() != null ? quote.speakerMention() : "unknown speaker", quote.text(),
                    quote.saidOn() == null ? "date unknown" : quote.saidOn().iso(), cite(quote.sources()));
        }
        section(out, "TIMELINE (events and key quotes)");
        Set<String> keyQuotes = detail.keyQuotes().stream().map(QuoteRecord::text).collect(Collectors.toSet());
        List<TimelineEntry> shown = detail.timeline().stream()
                .filter(entry -> entry.kind() == TimelineEntry.Kind.EVENT || keyQuotes.contains(entry.text())).toList();
        for (TimelineEntry entry : shown.subList(0, Math.min(TIMELINE_SHOWN, shown.size()))) {
            out.printf(Locale.ROOT, "%s  %-9s %s%n   [%s]%n", entry.date(), entry.kind().key(), entry.text(), cite(entry.sources()));
        }
        if (detail.timeline().size() > Math.min(TIMELINE_SHOWN, shown.size())) {
            out.printf(Locale.ROOT, "(%d entries in all: dossier timeline --story %s)%n", detail.timeline().size(), story.id());
        }
        section(out, "SOURCES");
        for (Source source : detail.sources()) {
            out.printf(Locale.ROOT, "%s  %-24s %s%s%n", source.articleId(), source.outlet() == null ? "-" : source.outlet(),
                    source.title() == null ? "(untitled)" : source.title(), detail.copies().contains(source.articleId()) ? "  (copy)" : "");
        }
        section(out, "RELATED STORIES");
        for (StorySummary related : detail.related()) {
            out.printf(Locale.ROOT, "%s  %s to %s  %s%n", related.id(), orDash(related.first()), orDash(related.last()), related.title());
        }
    }

    private static void section(PrintWriter out, String title) {
        out.println();
        out.println(title);
    }

    private static String cite(List<Source> sources) {
        return String.join("; ", sources.stream().map(source -> (source.outlet() == null ? "?" : source.outlet()) + " " + source.articleId())
                .toList());
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
