package dev.dossier.bench;

import dev.dossier.model.TextSpan;

/** Where given words stand in a test's text: the bench tests' spans, written as the words they cover. */
final class Phrase {

    private Phrase() {}

    /** The span of the first occurrence of {@code words} in {@code text}. */
    static TextSpan in(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + words + "\" is not in the test's text");
        }
        return new TextSpan(start, start + words.length());
    }
}
