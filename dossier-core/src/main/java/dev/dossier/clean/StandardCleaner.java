package dev.dossier.clean;

import dev.dossier.clean.StorySplitter.Story;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.pipeline.Cleaned;
import dev.dossier.pipeline.Cleaner;
import java.util.ArrayList;
import java.util.List;

/**
 * The clean stage for text and HTML documents. A scraped text page may hold several stories; each
 * becomes an article. The page's metadata (front matter, or the container's) is the first story's;
 * the page's outlet, date and language also hold for the page's other stories, but not for the
 * entries of an aggregator's "Related Articles" block, which are other outlets' reports with their
 * own. Stateless and thread-safe.
 */
final class StandardCleaner implements Cleaner {

    private final ArticleAssembler assembler;

    StandardCleaner(CleanOptions options) {
        this.assembler = new ArticleAssembler(options);
    }

    @Override
    public Cleaned clean(RawDocument document) {
        String raw = Decoder.decode(document.content(), document.declaredCharset(), document.format());
        List<CleanArticle> articles = switch (document.format()) {
            case HTML -> htmlArticles(document, raw);
            case TEXT -> textArticles(document, raw);
            case FEED, WARC, JSONL -> throw new IllegalArgumentException(
                    "containers are split into documents by the ingest stage, not cleaned whole: " + document.format());
        };
        return articles.isEmpty()
                ? new Cleaned.Rejected(new Rejection(document.origin(), "no article text left after cleaning"))
                : new Cleaned.Articles(articles);
    }

    /**
     * A page's article. Its wire credit line becomes metadata; without a date in its metadata, a
     * dateline opening its text dates it.
     */
    private List<CleanArticle> htmlArticles(RawDocument document, String raw) {
        HtmlExtractor.Extracted page = HtmlExtractor.extract(raw, document.hints());
        List<Block> blocks = new ArrayList<>(page.blocks());
        String wireCredit = null;
        for (int i = blocks.size() - 1; i >= Math.max(0, blocks.size() - 3); i--) {
            if (PageFurniture.isWireCredit(blocks.get(i).text().strip())) {
                wireCredit = blocks.remove(i).text().strip();
                break;
            }
        }
        Metadata metadata = page.metadata();
        if (metadata.published() == null && !blocks.isEmpty()) {
            Metadata dated = new Metadata(null, null, null,
                    TextDates.dateline(blocks.get(0).text().strip(), document.fetchedAt()).orElse(null), null, null);
            metadata = metadata.orElse(dated);
        }
        return assembler.assemble(document, document.origin(), metadata, page.title(), blocks, wireCredit)
                .map(List::of).orElse(List.of());
    }

    private List<CleanArticle> textArticles(RawDocument document, String raw) {
        TextExtractor.Extracted page = TextExtractor.extract(raw, document.hints());
        Metadata pageMetadata = page.metadata();
        List<Story> stories = pageMetadata.title() != null
                ? List.of(new Story(pageMetadata.title(), page.lines(), List.of(), null, null))
                : StorySplitter.split(page.lines(), document.fetchedAt());
        List<CleanArticle> articles = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            ScrapedStory.Cleaned story = ScrapedStory.clean(stories.get(i), document.fetchedAt());
            Metadata own = new Metadata(story.title(), story.outlet(), null, story.published(), story.author(), null);
            Metadata metadata = i == 0 ? pageMetadata.orElse(own)
                    : stories.get(i).outlet() != null ? own.orElse(languageOf(pageMetadata))
                    : samePage(own, pageMetadata);
            Origin origin = stories.size() == 1 ? document.origin() : storyOrigin(document.origin(), i + 1);
            assembler.assemble(document, origin, metadata, metadata.title(), story.blocks(), story.wireCredit())
                    .ifPresent(articles::add);
        }
        return articles;
    }

    /** Another story of the same page: the page's outlet, date and language, its own title and author. */
    private static Metadata samePage(Metadata story, Metadata page) {
        return new Metadata(story.title(), page.outlet() != null ? page.outlet() : story.outlet(), null,
                page.published() != null ? page.published() : story.published(), story.author(), page.language());
    }

    private static Metadata languageOf(Metadata page) {
        return new Metadata(null, null, null, null, null, page.language());
    }

    private static Origin storyOrigin(Origin document, int story) {
        String record = document.record() == null ? "story " + story : document.record() + ", story " + story;
        return document.withRecord(record);
    }
}
