package dev.dossier.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a scraped page around and inside a story that are not reporting, by their shape:
 * photo captions with credits, marker lines, bylines, date and section lines, wire credits, and
 * furniture that scrapers glue onto the end of a paragraph. Each rule is a pattern here, in one
 * place; {@link Boilerplate} holds the whole-line furniture shared with HTML.
 */
final class PageFurniture {

    /** A caption's closing credit: "(AP)", "(Lars Emmerich/Lindpress)", "Peter Nicholls/Pool via REUTERS", "Photo: X". */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            ".{20,400}(\\((?:[^()]{0,80}/[^()]{0,80}|(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|File Photo|[A-Z]{2,4} photo)[^()]{0,80})\\)"
                    + "|\\b[A-Z][\\w.'’ -]{1,40}/(?:Pool via )?(?:REUTERS|Reuters|AFP|AP|EPA)|\\bPhoto: [^.]{2,60})\\.?");
    /** A short all-capitals line a page prints between a caption and a story ("TT", "EH"). */
    private static final Pattern MARKER = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern BYLINE = Pattern.compile(
            "(?:By |BY )?([A-Z][\\p{L}.'’-]+(?: [A-Z][\\p{L}.'’-]+){1,3})(?: in [A-Z][\\p{L}]+)?");
    private static final Pattern EXPLICIT_BYLINE = Pattern.compile("(?:By|BY) [A-Z].{2,60}");
    private static final Pattern PUBLISHED_LINE = Pattern.compile("(?i)(published|posted|first published)\\b.{0,80}");
    private static final Pattern UPDATED_LINE = Pattern.compile("(?i)(updated|last updated|modified)\\b.{0,80}");
    private static final Pattern SECTION_LINE = Pattern.compile("[^|]{2,60}( \\| [^|]{1,60}){1,5}");
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "\\(?(?:.{3,160} contributed(?: reporting)? to this (?:report|story|article)\\.?"
                    + "|(?:Reporting|Additional reporting|Writing) by .{3,200})\\)?");
    /** Where a scraper glued page furniture onto the end of a paragraph. */
    private static final List<Pattern> TRAILING_FURNITURE = List.of(
            Pattern.compile(" ?Get in touch with our news team\\b"),
            Pattern.compile(" ?For more stories like this,? check\\b"),
            Pattern.compile(" MORE: "));
    /** A video timestamp between two sentences: "... in Ukraine. 0:49 The details ...". */
    private static final Pattern INLINE_TIMESTAMP = Pattern.compile("(?<=[.!?\"”’]) \\d{1,2}:\\d{2}(?= [A-Z\"“‘'])");

    private PageFurniture() {}

    static boolean isCaption(String line) {
        return line.length() <= 600 && CAPTION_CREDIT.matcher(line).matches();
    }

    static boolean isMarker(String line) {
        return MARKER.matcher(line).matches();
    }

    /** The author named by a byline in a story's head, or empty. A bare name counts only when short. */
    static Optional<String> byline(String line) {
        if (line.length() > 60 || line.matches(".*[.!?:;,\"“”].*$") && !EXPLICIT_BYLINE.matcher(line).matches()) {
            return Optional.empty();
        }
        Matcher matcher = BYLINE.matcher(line);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static boolean isPublishedLine(String line) {
        return PUBLISHED_LINE.matcher(line).matches() && TextDates.absoluteDate(line).isPresent();
    }

    static boolean isUpdatedLine(String line) {
        return UPDATED_LINE.matcher(line).matches() && TextDates.absoluteDate(line).isPresent();
    }

    /** A date line with nothing else on it: "18 March 2026, 21:05". */
    static boolean isBareDateLine(String line) {
        return line.length() <= 40 && TextDates.absoluteDate(line).isPresent() && !line.matches(".*\\p{Ll}{4,}.*\\p{Ll}{4,}.*");
    }

    /** "Valdorian Broadcasting | News | Orsk valley", "KESTRIA TODAY | POLITICS | 18.03.2026 19:47". */
    static boolean isSectionLine(String line) {
        return SECTION_LINE.matcher(line).matches();
    }

    static boolean isWireCredit(String line) {
        return line.length() <= 300 && WIRE_CREDIT.matcher(line).matches();
    }

    /** The paragraph without furniture glued onto its end and without inline video timestamps. */
    static String trimInline(String paragraph) {
        String text = paragraph;
        for (Pattern furniture : TRAILING_FURNITURE) {
            Matcher matcher = furniture.matcher(text);
            if (matcher.find() && matcher.start() > 0) {
                text = text.substring(0, matcher.start());
            }
        }
        return INLINE_TIMESTAMP.matcher(text).replaceAll("");
    }
}
