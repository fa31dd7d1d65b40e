package dev.dossier.clean;

import dev.dossier.model.CleanArticle;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.pipeline.Cleaned;
import dev.dossier.pipeline.Cleaner;
import java.util.List;
import java.util.Optional;

/** The clean stage for text and HTML documents. Stateless and thread-safe. */
final class StandardCleaner implements Cleaner {

    private final ArticleAssembler assembler;

    StandardCleaner(CleanOptions options) {
        this.assembler = new ArticleAssembler(options);
    }

    @Override
    public Cleaned clean(RawDocument document) {
        String raw = Decoder.decode(document.content(), document.declaredCharset(), document.format());
        Optional<CleanArticle> article = switch (document.format()) {
            case HTML -> {
                HtmlExtractor.Extracted page = HtmlExtractor.extract(raw, document.hints());
                yield assembler.assemble(document, page.metadata(), page.title(), page.blocks());
            }
            case TEXT -> {
                TextExtractor.Extracted text = TextExtractor.extract(raw, document.hints());
                yield assembler.assemble(document, text.metadata(), text.title(), text.blocks());
            }
            case FEED, WARC, JSONL -> throw new IllegalArgumentException(
                    "containers are split into documents by the ingest stage, not cleaned whole: " + document.format());
        };
        return article.<Cleaned>map(a -> new Cleaned.Articles(List.of(a)))
                .orElseGet(() -> new Cleaned.Rejected(new Rejection(document.origin(), "no article text left after cleaning")));
    }

}
