package dev.dossier.bench;

import dev.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The characters of an annotation as one or more disjoint pieces of a text, in text order: brat
 * writes a discontinuous span ("'...,' he said. '...'") as several pieces.
 */
record Spans(List<TextSpan> pieces) {

    /** What {@link #trimmed} strips from both ends of every piece: spaces, quote marks and edge punctuation. */
    static final String EDGE = "\"“”'‘’«»„‹›,.;:!?…—–-()";

    Spans {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a span needs at least one piece");
        }
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i).start() < pieces.get(i - 1).end()) {
                throw new IllegalArgumentException("pieces must be disjoint and in text order: " + pieces);
            }
        }
    }

    /** The characters any of {@code pieces} covers, whatever their order and overlaps. */
    static Spans union(List<TextSpan> pieces) {
        List<TextSpan> sorted = new ArrayList<>(pieces);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<TextSpan> merged = new ArrayList<>();
        for (TextSpan piece : sorted) {
            TextSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && piece.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextSpan(last.start(), Math.max(last.end(), piece.end())));
            } else {
                merged.add(piece);
            }
        }
        return new Spans(merged);
    }

    static Spans of(TextSpan span) {
        return new Spans(List.of(span));
    }

    int start() {
        return pieces.get(0).start();
    }

    int end() {
        return pieces.get(pieces.size() - 1).end();
    }

    /** The number of characters the pieces cover. */
    int length() {
        int length = 0;
        for (TextSpan piece : pieces) {
            length += piece.length();
        }
        return length;
    }

    /** The number of characters both cover. */
    int shared(Spans other) {
        int shared = 0;
        for (TextSpan mine : pieces) {
            for (TextSpan theirs : other.pieces) {
                shared += Math.max(0, Math.min(mine.end(), theirs.end()) - Math.max(mine.start(), theirs.start()));
            }
        }
        return shared;
    }

    /** {@code |this ∩ other| / max(|this|, |other|)}: 1 for the same characters, 0 for none in common. */
    double overlap(Spans other) {
        int longer = Math.max(length(), other.length());
        return longer == 0 ? 0 : (double) shared(other) / longer;
    }

    /**
     * Every piece without the spaces, quote marks and punctuation at its ends ({@link #EDGE}), so
     * that {@code “We will win,”} and {@code We will win} are the same content; pieces that trim to
     * nothing are dropped, and if all do, the spans stay as they are.
     */
    Spans trimmed(String text) {
        List<TextSpan> trimmed = new ArrayList<>();
        for (TextSpan piece : pieces) {
            int start = piece.start();
            int end = piece.end();
            while (start < end && isEdge(text.charAt(start))) {
                start++;
            }
            while (end > start && isEdge(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                trimmed.add(new TextSpan(start, end));
            }
        }
        return trimmed.isEmpty() ? this : new Spans(trimmed);
    }

    /** The pieces' characters, joined with a space as brat writes them. */
    String of(String text) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            joined.append(i == 0 ? "" : " ").append(pieces.get(i).of(text));
        }
        return joined.toString();
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || EDGE.indexOf(c) >= 0;
    }
}
