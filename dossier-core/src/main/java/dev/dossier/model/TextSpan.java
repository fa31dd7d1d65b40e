package dev.dossier.model;

/**
 * A half-open range {@code [start, end)} of character offsets (UTF-16 code units, as Java
 * strings count them) into a text that the holder of the span names.
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0) {
            throw new IllegalArgumentException("span start must not be negative: " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("span end " + end + " is before its start " + start);
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether this span lies inside a text of the given length. */
    public boolean fitsWithin(int textLength) {
        return end <= textLength;
    }

    /** The characters of {@code text} this span covers. */
    public String of(CharSequence text) {
        if (!fitsWithin(text.length())) {
            throw new IndexOutOfBoundsException("span " + this + " is outside a text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
