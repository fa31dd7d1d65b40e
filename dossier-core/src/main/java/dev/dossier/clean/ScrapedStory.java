package dev.dossier.clean;

import dev.dossier.clean.StorySplitter.Story;
import dev.dossier.model.Published;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One story of a scraped text page, with its furniture taken off and turned into metadata where it
 * carries some: photo captions (dropped; their dates kept as an estimate), marker lines, the head's
 * byline, date and section lines, newsletter blocks, the closing wire credit, and furniture glued
 * onto paragraphs. Stateless.
 */
final class ScrapedStory {

    private static final Pattern SIGN_UP = Pattern.compile("(?i)sign up (to|for) .{1,120}");
    private static final Pattern PROMOTION_END = Pattern.compile("(?i)after newsletter promotion");
    private static final Pattern LINK_LIST_LABEL = Pattern.compile("(?i)(read also|read more|see also|more on this story|more from \\S.{0,40}):?");
    private static final int LINK_TITLE_CHARS = 120;
    private static final int HEAD_LINES = 6;
    private static final int LEAD_PARAGRAPH_CHARS = 100;

    private ScrapedStory() {}

    /** A cleaned story; {@code published} is an estimate from its text, or null. */
    record Cleaned(String title, List<Block> blocks, String author, String outlet, Published published, String wireCredit) {}

    static Cleaned clean(Story story, Instant fetchedAt) {
        List<String> captions = new ArrayList<>(story.captions());
        List<Block> lines = withoutCaptions(story.lines(), captions);
        lines = withoutNewsletterBlocks(lines);
        lines = withoutLinkLists(lines);

        String author = null;
        String outlet = story.outlet();
        Published published = null;
        int head = 0;
        int counted = 0;
        Set<String> seen = new HashSet<>();
        seen.add(story.title() == null ? "" : story.title());
        while (head < lines.size() && counted < HEAD_LINES && !isLeadParagraph(lines.get(head).text())) {
            String line = lines.get(head).text();
            Optional<String> byline = PageFurniture.byline(line);
            if (PageFurniture.isPublishedLine(line) || PageFurniture.isBareDateLine(line)) {
                published = published != null ? published : TextDates.absoluteDate(line).orElse(null);
            } else if (PageFurniture.isUpdatedLine(line)) {
                // the update time is not the publication time; the line is furniture either way
            } else if (PageFurniture.isSectionLine(line)) {
                outlet = outlet != null ? outlet : outletOfSectionLine(line);
                published = published != null ? published : TextDates.absoluteDate(line).orElse(null);
            } else if (author == null && byline.isPresent()) {
                author = byline.get();
            } else {
                // a line the article leaves out does not count towards the head's lines: a byline it would push out of
                // the head is found, as it is when the article's own text is cleaned again
                counted += assemblyDrops(line, seen) ? 0 : 1;
                head++;
                continue;
            }
            lines.remove(head);
        }

        String wireCredit = null;
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 3); i--) {
            if (PageFurniture.isWireCredit(lines.get(i).text())) {
                wireCredit = lines.remove(i).text();
                break;
            }
        }

        List<Block> blocks = new ArrayList<>(lines.size());
        for (Block line : lines) {
            String trimmed = PageFurniture.trimInline(line.text());
            blocks.add(trimmed.equals(line.text()) ? line : new Block(trimmed, line.raw()));
        }
        if (published == null && !blocks.isEmpty()) {
            published = TextDates.dateline(blocks.get(0).text(), fetchedAt).orElse(null);
        }
        for (int i = 0; published == null && i < captions.size(); i++) {
            published = TextDates.absoluteDate(captions.get(i)).orElse(null);
        }
        return new Cleaned(story.title(), blocks, author, outlet, published != null ? published : story.published(), wireCredit);
    }

    /**
     * Whether the article assembler will leave {@code line} out (boilerplate, or the title or an
     * earlier line again); records it in {@code seen} otherwise.
     */
    private static boolean assemblyDrops(String line, Set<String> seen) {
        return line.isBlank() || Boilerplate.isBoilerplate(line) || !seen.add(line);
    }

    /** Drops captions (lines printed twice in a row, lines ending in a photo credit) and marker lines. */
    private static List<Block> withoutCaptions(List<Block> lines, List<String> captions) {
        List<Block> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            boolean doubled = (i + 1 < lines.size() && lines.get(i + 1).text().equals(text))
                    || (i > 0 && lines.get(i - 1).text().equals(text));
            if (PageFurniture.isCaption(text) || (doubled && text.length() < 500)) {
                captions.add(text);
            } else if (!PageFurniture.isMarker(text)) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /** Drops "Sign up to ..." blocks up to their "after newsletter promotion" line. */
    private static List<Block> withoutNewsletterBlocks(List<Block> lines) {
        List<Block> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (SIGN_UP.matcher(lines.get(i).text()).matches()) {
                for (int j = i + 1; j < Math.min(lines.size(), i + 5); j++) {
                    if (PROMOTION_END.matcher(lines.get(j).text()).matches()) {
                        i = j;
                        break;
                    }
                }
                continue;
            }
            kept.add(lines.get(i));
        }
        return kept;
    }

    /** Drops a "Read also:" label and the link titles under it (short lines without a full stop). */
    private static List<Block> withoutLinkLists(List<Block> lines) {
        List<Block> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (LINK_LIST_LABEL.matcher(lines.get(i).text()).matches()) {
                while (i + 1 < lines.size() && isLinkTitle(lines.get(i + 1).text())) {
                    i++;
                }
                continue;
            }
            kept.add(lines.get(i));
        }
        return kept;
    }

    private static boolean isLinkTitle(String line) {
        return line.length() < LINK_TITLE_CHARS && !line.endsWith(".");
    }

    private static boolean isLeadParagraph(String line) {
        return line.length() >= LEAD_PARAGRAPH_CHARS && line.matches("(?s).*[.!?\"”’']$");
    }

    /** The first part of a section line, when it names an outlet rather than a date. */
    private static String outletOfSectionLine(String line) {
        String first = line.substring(0, line.indexOf(" | ")).strip();
        if (TextDates.absoluteDate(first).isPresent() || first.isEmpty()) {
            return null;
        }
        if (first.equals(first.toUpperCase(Locale.ROOT))) {
            StringBuilder titled = new StringBuilder();
            for (String word : first.toLowerCase(Locale.ROOT).split(" ")) {
                if (!word.isEmpty()) {
                    titled.append(titled.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
            return titled.toString();
        }
        return first;
    }
}
