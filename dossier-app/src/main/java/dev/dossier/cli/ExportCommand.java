package dev.dossier.cli;

import dev.dossier.engine.ArticleView;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.model.CleanArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export every stored article, as JSON Lines (the fields of 'articles --json') or CSV.",
                "With --output the file appears only when complete (written aside, then moved into place)."})
final class ExportCommand implements Callable<Integer> {

    enum ExportFormat { jsonl, csv }

    private static final List<String> CSV_COLUMNS = List.of("id", "title", "outlet", "url", "published", "publishedFrom",
            "language", "originSource", "originRecord", "originUrl", "text");

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            export(out);
            out.flush();
            return ExitCodes.OK;
        }
        Path target = output.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        try {
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                export(writer);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        spec.commandLine().getErr().println("exported to " + output);
        return ExitCodes.OK;
    }

    private void export(Writer writer) {
        Consumer<CleanArticle> line = format == ExportFormat.jsonl
                ? article -> write(writer, Json.line(ArticleView.of(article)) + "\n")
                : article -> write(writer, csvRow(article));
        if (format == ExportFormat.csv) {
            write(writer, String.join(",", CSV_COLUMNS) + "\r\n");
        }
        try (Dossier dossier = parent.global.open()) {
            dossier.forEachArticle(line);
        }
    }

    private static String csvRow(CleanArticle article) {
        ArticleView view = ArticleView.of(article);
        List<String> cells = Arrays.asList(view.id(), view.title(), view.outlet(), view.url(), view.published(),
                view.publishedFrom(), view.language(), view.origin().source(), view.origin().record(), view.origin().url(), view.text());
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            row.append(i == 0 ? "" : ",").append(csvCell(cells.get(i)));
        }
        return row.append("\r\n").toString();
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write export", e);
        }
    }
}
