package dev.dossier.cli;

import dev.dossier.engine.ArticleView;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.model.CleanArticle;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one article: metadata, provenance and text.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Parameters(paramLabel = "ID", description = "The article id (as listed by 'articles').")
    String id;

    @Option(names = "--json", description = "The article as one JSON object, paragraph spans included.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<CleanArticle> found;
        try (Dossier dossier = parent.global.open()) {
            found = dossier.article(id.strip());
        }
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("no article with id " + id);
            return ExitCodes.FAILURE;
        }
        CleanArticle article = found.get();
        if (json) {
            out.println(Json.line(ArticleView.of(article)));
        } else {
            out.println(article.title());
            out.println("=".repeat(Math.min(article.title().length(), 100)));
            field(out, "id", article.id());
            field(out, "outlet", article.outlet());
            field(out, "author", article.author());
            field(out, "published", article.published() == null ? null
                    : article.published().iso() + " (from " + article.published().from().key() + ")");
            field(out, "language", article.language());
            field(out, "url", article.url());
            field(out, "origin", article.origin().label());
            field(out, "fetched", article.fetchedAt().toString());
            out.println();
            out.println(article.text());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void field(PrintWriter out, String name, String value) {
        if (value != null) {
            out.printf(Locale.ROOT, "%-10s %s%n", name + ":", value);
        }
    }
}
