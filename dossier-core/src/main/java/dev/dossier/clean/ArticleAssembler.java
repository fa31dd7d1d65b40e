package dev.dossier.clean;

import dev.dossier.model.CleanArticle;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Published;
import dev.dossier.model.RawDocument;
import dev.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The last step shared by every format: repairs mojibake in the blocks and the title (the raw
 * spans of paragraphs still point at the input as it was), normalises them, drops furniture and
 * exact repeats (of each other and of the title), joins them into the article text with one blank
 * line between paragraphs, and derives the id. Stateless.
 */
final class ArticleAssembler {

    static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final CleanOptions options;

    ArticleAssembler(CleanOptions options) {
        this.options = options;
    }

    /**
     * The article, or empty when no text is left after cleaning.
     *
     * @param origin where the article came from (the document's origin, or a story within it)
     * @param wireCredit the credit line taken out of the text, or null
     */
    Optional<CleanArticle> assemble(
            RawDocument document, Origin origin, Metadata metadata, String title, List<Block> blocks, String wireCredit) {
        String cleanTitle = title == null ? "" : repairAndNormalize(title);
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(cleanTitle);
        for (Block block : blocks) {
            String paragraph = repairAndNormalize(block.text());
            if (paragraph.isEmpty() || Boilerplate.isBoilerplate(paragraph) || !seen.add(paragraph)) {
                continue;
            }
            if (text.length() > 0) {
                text.append(PARAGRAPH_SEPARATOR);
            }
            int start = text.length();
            text.append(paragraph);
            paragraphs.add(new Paragraph(new TextSpan(start, text.length()), block.raw()));
        }
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        String body = text.toString();
        if (cleanTitle.isEmpty()) {
            cleanTitle = firstWords(body);
        }
        Published published = options.publishedOverride() != null ? options.publishedOverride() : metadata.published();
        String url = metadata.url() != null ? metadata.url() : origin.url();
        return Optional.of(new CleanArticle(
                ArticleIds.of(metadata.outlet(), cleanTitle, body),
                url == null || url.equals(origin.url()) ? origin : origin.withUrl(url),
                cleanTitle,
                metadata.outlet(),
                url,
                metadata.author(),
                published,
                metadata.language() != null ? metadata.language() : Languages.detect(body).orElse(null),
                body,
                paragraphs,
                wireCredit,
                document.fetchedAt()));
    }

    /**
     * Mojibake repaired, then whitespace normalised; again if that changed something, because
     * dropping an invisible character or a line break can bring together characters that read as
     * mojibake only side by side. Cleaning its own output thus changes nothing.
     */
    private static String repairAndNormalize(String text) {
        String current = text;
        for (int round = 0; round < 3; round++) {
            String next = Whitespace.normalize(Mojibake.repair(current));
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** A stand-in title for a document that has none: its first words. */
    private static String firstWords(String body) {
        int end = Math.min(body.length(), 80);
        int newline = body.indexOf('\n');
        if (newline >= 0 && newline < end) {
            end = newline;
        }
        if (end < body.length()) {
            int space = body.lastIndexOf(' ', end);
            if (space > 20) {
                return body.substring(0, space) + " …";
            }
        }
        return body.substring(0, end);
    }
}
