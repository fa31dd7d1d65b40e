package dev.dossier.cli;

import dev.dossier.engine.ArticleView;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.model.CleanArticle;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "List stored articles, newest first (articles with no known date last).")
final class ArticlesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}; 0 for all).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
    int offset;

    @Option(names = "--json", description = "JSON Lines: one article a line.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 0 || offset < 0) {
            spec.commandLine().getErr().println("--limit and --offset must not be negative");
            return ExitCodes.USAGE;
        }
        try (Dossier dossier = parent.global.open()) {
            List<CleanArticle> articles = dossier.articles(limit == 0 ? Integer.MAX_VALUE : limit, offset);
            if (json) {
                articles.forEach(article -> out.println(Json.line(ArticleView.of(article))));
            } else {
                Table table = new Table("ID", 16, "PUBLISHED", 20, "OUTLET", 24, "TITLE", 72);
                for (CleanArticle article : articles) {
                    table.row(article.id(), article.published() == null ? null : article.published().iso(), article.outlet(), article.title());
                }
                table.print(out);
                out.printf(Locale.ROOT, "%d of %d articles%n", articles.size(), dossier.articleCount());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
