package dev.dossier.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A text with its sentences, tokens and named-entity mentions, all with character offsets into
 * {@link #text()}. Immutable.
 */
public record AnnotatedText(String text, List<Sentence> sentences, List<Token> tokens, List<EntityMention> mentions) {

    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }

    /** The tokens of sentence {@code index}. */
    public List<Token> tokensOf(int index) {
        Sentence sentence = sentences.get(index);
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** The index of the sentence holding character {@code offset}, or -1. */
    public int sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Sentence sentence = sentences.get(middle);
            if (offset < sentence.span().start()) {
                high = middle - 1;
            } else if (offset >= sentence.span().end()) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return -1;
    }
}
