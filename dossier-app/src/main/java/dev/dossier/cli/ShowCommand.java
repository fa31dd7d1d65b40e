package dev.dossier.cli;

import dev.dossier.engine.ArticleView;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.Json;
import dev.dossier.engine.QuoteView;
import dev.dossier.engine.StoryView;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.RelatedArticle;
import dev.dossier.model.StorySummary;
import dev.dossier.model.TextSpan;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one article: metadata, provenance, and its text with the statements marked and attributed.")
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
        List<QuoteRecord> quotes;
        Optional<StorySummary> story;
        List<RelatedArticle> related;
        Optional<String> skipped;
        try (Dossier dossier = parent.global.open()) {
            found = dossier.article(id.strip());
            quotes = found.isPresent() ? dossier.quotesOf(found.get().id()) : List.of();
            story = found.isPresent() ? dossier.storyOf(found.get().id()) : Optional.empty();
            related = found.isPresent() ? dossier.relatedArticles(found.get().id()) : List.of();
            skipped = found.isPresent() ? dossier.analysisSkipped(found.get().id()) : Optional.empty();
        }
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("no article with id " + id);
            return ExitCodes.FAILURE;
        }
        CleanArticle article = found.get();
        if (json) {
            Map<String, Object> more = new LinkedHashMap<>();
            more.put("quotes", quotes.stream().map(QuoteView::of).toList());
            more.put("story", story.map(StorySummary::id).orElse(null));
            more.put("analysisSkipped", skipped.orElse(null));
            more.put("related", related.stream().map(StoryView.RelatedView::of).toList());
            out.println(Json.lineWith(ArticleView.of(article), more));
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
            field(out, "wire", article.wireCredit());
            field(out, "story", story.map(s -> s.id() + " (" + s.title() + ")").orElse(null));
            field(out, "analysis", skipped.map(why -> "not analysed: " + why).orElse(null));
            out.println();
            out.println(marked(article.text(), quotes));
            if (!quotes.isEmpty()) {
                out.println();
                out.println("Statements (marked ⟪…⟫[n] in the text):");
                for (int i = 0; i < quotes.size(); i++) {
                    QuoteRecord quote = quotes.get(i);
                    String who = quote.speakerName() != null ? quote.speakerName()
                            : quote.speakerMention() != null ? quote.speakerKind().key() + ": " + quote.speakerMention() : "unknown";
                    out.printf(Locale.ROOT, "  [%d] %s — %s%s%s%n", i + 1, who, quote.kind().key(),
                            quote.cue() == null ? "" : ", \"" + quote.cue() + "\"",
                            quote.saidOn() == null ? "" : ", said on " + quote.saidOn().iso() + " (" + quote.saidOn().basis() + ")");
                }
            }
            if (!related.isEmpty()) {
                out.println();
                out.println("Related articles:");
                for (RelatedArticle other : related) {
                    out.printf(Locale.ROOT, "  %-10s %s  %-24s %s%n", other.relation().key(), other.source().articleId(),
                            other.source().outlet() == null ? "-" : other.source().outlet(), other.source().title());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The text with each statement's words between ⟪ and ⟫ and its number after. */
    static String marked(String text, List<QuoteRecord> quotes) {
        StringBuilder marked = new StringBuilder(text.length() + quotes.size() * 8);
        int at = 0;
        for (int i = 0; i < quotes.size(); i++) {
            TextSpan span = quotes.get(i).span();
            if (span.start() < at || !span.fitsWithin(text.length())) {
                continue; // overlapping statements: the first one is marked
            }
            marked.append(text, at, span.start()).append('⟪').append(text, span.start(), span.end()).append("⟫[").append(i + 1).append(']');
            at = span.end();
        }
        return marked.append(text.substring(at)).toString();
    }

    private static void field(PrintWriter out, String name, String value) {
        if (value != null) {
            out.printf(Locale.ROOT, "%-10s %s%n", name + ":", value);
        }
    }
}
