package dev.dossier.bench;

import dev.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PolNeAR's brat standoff files. Text-bound lines ({@code T3\tContent 10 20;25 40\t...})
 * give spans; event lines ({@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}) tie a content,
 * a cue and a source together ({@code Content2} adds pieces to the content; an
 * {@code Attribution-no-source} has no source). Other annotation types ({@code Discuss},
 * {@code Discard}) are not attributions and are skipped.
 *
 * <p>Offsets: brat counts Unicode code points (it is written in Python); Java strings count UTF-16
 * code units. They differ only after a character outside the Basic Multilingual Plane, and the
 * offsets are converted when the text has one. Every span's characters are compared with the text
 * the line repeats (a text with a line break continues on the following lines), and mismatches are
 * counted in {@link Result#mismatches}, so a wrong reading cannot go unnoticed.
 */
final class BratAttributions {

    private static final Pattern LINE_ID = Pattern.compile("^[TERAMN#]\\d+\t");
    private static final Pattern ROLE = Pattern.compile("([A-Za-z-]+?)\\d*:([TE]\\d+)");

    private BratAttributions() {}

    /**
     * What one file holds.
     *
     * @param spansChecked text-bound spans whose text was compared with the article's
     * @param mismatches descriptions of spans whose text differed, or whose offsets fell outside the text
     * @param incomplete event lines without a content, which are skipped
     */
    record Result(List<GoldAttribution> attributions, int spansChecked, List<String> mismatches, int incomplete) {

        Result {
            attributions = List.copyOf(attributions);
            mismatches = List.copyOf(mismatches);
        }
    }

    static Result parse(String annotations, String text) {
        Offsets offsets = Offsets.of(text);
        Map<String, Spans> bounds = new HashMap<>();
        Map<String, Map<String, List<String>>> events = new LinkedHashMap<>();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        List<String[]> textBound = new ArrayList<>();
        String[] open = null; // the text-bound line whose text may go on over the next lines
        for (String line : annotations.split("\n", -1)) {
            if (LINE_ID.matcher(line).find()) {
                String[] fields = line.split("\t", 3);
                open = null;
                if (line.startsWith("T")) {
                    open = new String[] {fields[0], fields[1], fields.length > 2 ? fields[2] : ""};
                    textBound.add(open);
                } else if (line.startsWith("E")) {
                    events.put(fields[0], roles(fields.length > 1 ? fields[1] : ""));
                }
            } else if (open != null) {
                // a span whose text holds a line break: brat writes the rest on the following lines
                open[2] = open[2] + "\n" + line;
            }
        }
        for (String[] line : textBound) {
            String[] typeAndOffsets = line[1].split(" ", 2);
            List<TextSpan> pieces;
            try {
                if (typeAndOffsets.length < 2) {
                    throw new IllegalArgumentException("no offsets");
                }
                pieces = pieces(typeAndOffsets[1], offsets, text.length());
            } catch (RuntimeException e) {
                mismatches.add(line[0] + " " + line[1] + ": " + e.getMessage());
                continue;
            }
            checked++;
            // brat repeats the pieces' text in the order the offsets list them, joined by a space
            StringBuilder written = new StringBuilder();
            for (int i = 0; i < pieces.size(); i++) {
                written.append(i == 0 ? "" : " ").append(pieces.get(i).of(text));
            }
            String expected = line[2].stripTrailing();
            if (!written.toString().stripTrailing().equals(expected)) {
                mismatches.add(line[0] + " " + line[1] + ": text '" + abbreviate(written.toString()) + "', file says '" + abbreviate(expected) + "'");
            }
            Spans spans = Spans.union(pieces);
            bounds.put(line[0], spans);
        }
        List<GoldAttribution> attributions = new ArrayList<>();
        int incomplete = 0;
        for (Map.Entry<String, Map<String, List<String>>> event : events.entrySet()) {
            Map<String, List<String>> roles = event.getValue();
            Spans content = joined(roles.get("Content"), bounds);
            if (content == null) {
                incomplete++;
                continue;
            }
            attributions.add(new GoldAttribution(event.getKey(), content, joined(roles.get("Cue"), bounds),
                    joined(roles.get("Source"), bounds), QuoteDelimited.test(text, content)));
        }
        attributions.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
        return new Result(attributions, checked, mismatches, incomplete);
    }

    /** {@code Attribution:T4 Content:T3 Content2:T9 Cue:T2}: role name (numbering dropped) to ids. */
    private static Map<String, List<String>> roles(String arguments) {
        Map<String, List<String>> roles = new HashMap<>();
        Matcher matcher = ROLE.matcher(arguments);
        while (matcher.find()) {
            roles.computeIfAbsent(matcher.group(1), k -> new ArrayList<>()).add(matcher.group(2));
        }
        return roles;
    }

    /** The pieces of every id, merged in text order; null when there are none. */
    private static Spans joined(List<String> ids, Map<String, Spans> bounds) {
        if (ids == null) {
            return null;
        }
        List<TextSpan> pieces = new ArrayList<>();
        for (String id : ids) {
            Spans spans = bounds.get(id);
            if (spans != null) {
                pieces.addAll(spans.pieces());
            }
        }
        return pieces.isEmpty() ? null : Spans.union(pieces);
    }

    /** {@code 10 20;25 40} as spans in the order written, converted from code points to UTF-16 units. */
    private static List<TextSpan> pieces(String field, Offsets offsets, int length) {
        List<TextSpan> pieces = new ArrayList<>();
        for (String piece : field.split(";")) {
            String[] bounds = piece.strip().split(" ");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("expected 'start end', got '" + piece + "'");
            }
            TextSpan span = new TextSpan(offsets.utf16(Integer.parseInt(bounds[0])), offsets.utf16(Integer.parseInt(bounds[1])));
            if (!span.fitsWithin(length)) {
                throw new IllegalArgumentException("span " + span + " is outside the text (" + length + " chars)");
            }
            pieces.add(span);
        }
        return pieces;
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }

    /** Code-point offsets to UTF-16 offsets; the identity for a text without supplementary characters. */
    private record Offsets(int[] utf16ByCodePoint) {

        static Offsets of(String text) {
            if (text.codePointCount(0, text.length()) == text.length()) {
                return new Offsets(null);
            }
            int[] map = new int[text.codePointCount(0, text.length()) + 1];
            int codePoint = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                map[codePoint++] = i;
            }
            map[codePoint] = text.length();
            return new Offsets(map);
        }

        int utf16(int codePoint) {
            if (utf16ByCodePoint == null) {
                return codePoint;
            }
            if (codePoint < 0 || codePoint >= utf16ByCodePoint.length) {
                throw new IllegalArgumentException("offset " + codePoint + " is outside the text");
            }
            return utf16ByCodePoint[codePoint];
        }
    }
}
