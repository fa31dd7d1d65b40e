package dev.dossier.clean;

import dev.dossier.model.Metadata;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text, as scrapers dump it: one paragraph a line, optionally preceded by a front-matter
 * header ({@code title:}, {@code outlet:}, {@code url:}, {@code published:}, {@code author:},
 * {@code language:}) ended by a blank line. Which lines are headlines is for {@link StorySplitter}
 * to tell.
 */
final class TextExtractor {

    private static final Pattern HEADER_LINE = Pattern.compile("(?i)^(title|outlet|url|published|author|language)\\s*:\\s*(.*)$");

    private TextExtractor() {}

    /** The result of reading plain text: metadata from the header (or the container), and the lines. */
    record Extracted(Metadata metadata, List<Block> lines) {}

    static Extracted extract(String raw, Metadata hints) {
        List<Block> lines = lines(raw);
        Map<String, String> header = new HashMap<>();
        int bodyStart = frontMatterEnd(raw, lines, header);
        Metadata metadata = new Metadata(
                header.get("title"),
                header.get("outlet"),
                header.get("url"),
                Published.parse(header.get("published"), PublishedFrom.METADATA).orElse(null),
                header.get("author"),
                header.get("language")).orElse(hints);
        List<Block> body = new ArrayList<>();
        for (Block line : lines) {
            if (line.raw().start() >= bodyStart) {
                body.add(line);
            }
        }
        return new Extracted(metadata, body);
    }

    /** Every line with visible text, trimmed, with its span in {@code raw}. */
    private static List<Block> lines(String raw) {
        List<Block> lines = new ArrayList<>();
        int start = 0;
        while (start <= raw.length()) {
            int newline = raw.indexOf('\n', start);
            int end = newline < 0 ? raw.length() : newline;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(raw.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
                to--;
            }
            if (to > from && !Whitespace.normalize(raw.substring(from, to)).isEmpty()) {
                lines.add(new Block(raw.substring(from, to), new TextSpan(from, to)));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /**
     * Reads a front-matter header if the text opens with one (at least one known key, then a
     * blank line) and returns the offset where the body starts; 0 when there is no header.
     */
    private static int frontMatterEnd(String raw, List<Block> lines, Map<String, String> header) {
        Map<String, String> found = new HashMap<>();
        int end = 0;
        for (Block line : lines) {
            Matcher matcher = HEADER_LINE.matcher(line.text());
            if (!matcher.matches()) {
                break;
            }
            found.put(matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2).strip());
            end = line.raw().end();
        }
        if (found.isEmpty() || !followedByBlankLine(raw, end)) {
            return 0;
        }
        header.putAll(found);
        return end;
    }

    private static boolean followedByBlankLine(String raw, int offset) {
        int newline = raw.indexOf('\n', offset);
        if (newline < 0) {
            return true;
        }
        int next = raw.indexOf('\n', newline + 1);
        String following = raw.substring(newline + 1, next < 0 ? raw.length() : next);
        return following.isBlank();
    }
}
