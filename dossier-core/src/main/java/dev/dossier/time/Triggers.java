package dev.dossier.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a text's trigger words are: the runs of ASCII letters that, lower-cased, are words of the
 * rules' triggers, and every run of digits, by position. Time expressions are rare in news text,
 * and trying 34 patterns at every character made the tagger six times slower (8.7 against 1.4 ms
 * of CPU an article on PolNeAR); each pattern is tried instead only within {@link #REACH}
 * characters of the words its matches must contain ({@link Rule#triggers}). The text is read once,
 * whatever the number of rules.
 */
final class Triggers {

    /** The trigger that stands for any run of digits. */
    static final String DIGIT = "#";
    /**
     * How far from its trigger word a match may start or end. The longest expressions ("more than
     * the past three consecutive trading days") are under 80 characters; the margin leaves room for
     * unusual spacing.
     */
    static final int REACH = 160;

    /** A stretch of the text to run a pattern over: {@code [start, end)}. */
    record Region(int start, int end) {}

    private final int length;
    private final Map<String, List<int[]>> places = new HashMap<>();

    private Triggers(String text, Set<String> vocabulary) {
        this.length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            int end = i + 1;
            if (isAsciiLetter(c)) {
                while (end < length && isAsciiLetter(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                if (vocabulary.contains(word)) {
                    add(word, i, end);
                }
            } else if (c >= '0' && c <= '9') {
                while (end < length && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                    end++;
                }
                add(DIGIT, i, end);
            }
            i = end;
        }
    }

    /** The places of {@code vocabulary}'s words (and of digits) in {@code text}. */
    static Triggers of(String text, Set<String> vocabulary) {
        return new Triggers(text, vocabulary);
    }

    /** The whole text as one region: what a scan without triggers covers. */
    List<Region> everywhere() {
        return List.of(new Region(0, length));
    }

    /** The stretches within {@link #REACH} of any of {@code words}, merged where they overlap, in order. */
    List<Region> near(Set<String> words) {
        List<int[]> hits = new ArrayList<>();
        for (String word : words) {
            hits.addAll(places.getOrDefault(word, List.of()));
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Region> regions = new ArrayList<>();
        int start = Math.max(0, hits.get(0)[0] - REACH);
        int end = Math.min(length, hits.get(0)[1] + REACH);
        for (int[] hit : hits) {
            int from = Math.max(0, hit[0] - REACH);
            if (from > end) {
                regions.add(new Region(start, end));
                start = from;
            }
            end = Math.max(end, Math.min(length, hit[1] + REACH));
        }
        regions.add(new Region(start, end));
        return regions;
    }

    private void add(String word, int start, int end) {
        places.computeIfAbsent(word, w -> new ArrayList<>()).add(new int[] {start, end});
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
