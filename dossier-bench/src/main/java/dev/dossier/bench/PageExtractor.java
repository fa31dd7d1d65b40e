package dev.dossier.bench;

import dev.dossier.clean.CleanOptions;
import dev.dossier.clean.Cleaners;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.RawDocument;
import dev.dossier.pipeline.Cleaned;
import dev.dossier.pipeline.Cleaner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A main-text extractor under evaluation: page bytes in, plain text out (empty for none). */
interface PageExtractor {

    String name();

    /** The main text of the page at {@code url} whose file holds {@code html}; never null. */
    String extract(EvalPage page, byte[] html);

    /** Dossier's clean stage: each article's title, a newline, and its text; nothing when it rejects the page. */
    static PageExtractor dossier() {
        Cleaner cleaner = Cleaners.standard(CleanOptions.defaults());
        Instant fetched = Instant.EPOCH;
        return new PageExtractor() {
            @Override
            public String name() {
                return "Dossier";
            }

            @Override
            public String extract(EvalPage page, byte[] html) {
                RawDocument document = new RawDocument(
                        Origin.ofFile(page.file().toString()), Format.HTML, html, null, fetched, Metadata.EMPTY);
                if (!(cleaner.clean(document) instanceof Cleaned.Articles articles)) {
                    return "";
                }
                List<String> texts = new ArrayList<>();
                for (CleanArticle article : articles.articles()) {
                    texts.add(article.title() + "\n" + article.text());
                }
                return String.join("\n\n", texts);
            }
        };
    }

    /**
     * Readability4J, the Java port of Mozilla's Readability, on the page as jsoup decodes it (byte
     * order mark, then the charset the page declares, else UTF-8).
     */
    static PageExtractor readability() {
        return new PageExtractor() {
            @Override
            public String name() {
                return "Readability4J";
            }

            @Override
            public String extract(EvalPage page, byte[] html) {
                try {
                    Document document = Jsoup.parse(new ByteArrayInputStream(html), null, page.url());
                    String text = new Readability4J(page.url(), document).parse().getTextContent();
                    return text == null ? "" : text;
                } catch (IOException e) {
                    throw new UncheckedIOException("reading " + page.file() + " from memory", e);
                }
            }
        };
    }
}
