package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.IngestReport;
import dev.dossier.engine.LinkReport;
import dev.dossier.engine.IngestRequest;
import dev.dossier.engine.Json;
import dev.dossier.engine.ReportView;
import dev.dossier.model.Format;
import dev.dossier.model.Published;
import dev.dossier.model.Rejection;
import dev.dossier.pipeline.RunReport;
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

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read news documents into the store: text dumps, HTML pages, RSS/Atom feeds, WARC archives",
                "and JSON Lines files, sniffed from their content; find each article's actors and statements.",
                "Re-ingesting the same content adds nothing.",
                "Exits with 1 when any document was rejected (the others are stored)."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files, directories (read recursively) or - for standard input.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.FormatConverter.class,
            description = "Read every input as this format instead of sniffing it: text, html, feed, warc, jsonl.")
    Format format;

    @Option(names = "--published", paramLabel = "DATE", converter = Converters.PublishedConverter.class,
            description = "Publication date or time to give every article (ISO 8601), overriding what the documents say.")
    Published published;

    @Option(names = "--max-document-size", paramLabel = "SIZE", converter = Converters.SizeConverter.class,
            defaultValue = "32MB", description = "Largest single document to read; larger ones are rejected (default: ${DEFAULT-VALUE}).")
    long maxDocumentBytes = IngestRequest.DEFAULT_MAX_DOCUMENT_BYTES;

    @Option(names = "--no-enrich", description = "Store articles only: no actors, no quotes (much faster; no NLP models loaded).")
    boolean noEnrich;

    @Option(names = "--threads", paramLabel = "N", description = "Documents cleaned and analysed at once (default: one per core).")
    Integer threads;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress display.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) {
            err.println("--threads must be at least 1");
            return ExitCodes.USAGE;
        }
        IngestReport report;
        try (Dossier dossier = parent.global.open(); Progress progress = Progress.on(err, quiet)) {
            dossier.aliasProblems().forEach(problem -> err.println("warning: alias file: " + problem));
            report = dossier.ingest(new IngestRequest(paths, format, published, maxDocumentBytes, !noEnrich,
                    threads == null ? IngestRequest.defaultThreads() : threads), () -> System.in, progress);
        }
        if (json) {
            out.println(Json.line(ReportView.of(report)));
        } else {
            print(report, out);
        }
        out.flush();
        return report.run().hasRejections() ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    static void print(IngestReport ingest, PrintWriter out) {
        RunReport report = ingest.run();
        out.printf(Locale.ROOT, "Documents read:     %d%n", report.documentsRead());
        out.printf(Locale.ROOT, "Articles stored:    %d%n", report.articlesStored());
        out.printf(Locale.ROOT, "Duplicates skipped: %d%n", report.duplicatesSkipped());
        out.printf(Locale.ROOT, "Rejected:           %d%n", report.rejectedCount());
        for (Rejection rejection : report.rejections()) {
            out.println("  " + rejection);
        }
        if (report.rejectedCount() > report.rejections().size()) {
            out.printf(Locale.ROOT, "  ... and %d more (all recorded in the store's rejections table)%n",
                    report.rejectedCount() - report.rejections().size());
        }
        LinkReport stories = ingest.stories();
        out.printf(Locale.ROOT, "Stories:            %d (%d changed, %d merged; %d near-duplicate copies found)%n",
                stories.stories(), stories.changed(), stories.merged(), stories.copies());
        out.printf(Locale.ROOT, "Time by stage:      %s; summed over workers%n", ingest.times().describe());
    }
}
