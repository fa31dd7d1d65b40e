package dev.dossier.nlp;

/**
 * Dossier's view of the NLP library: sentences, tokens with part-of-speech tags, and named
 * entities, with character offsets. Implementations are thread-safe and load their models once.
 */
public interface Nlp {

    AnnotatedText annotate(String text);

    /**
     * The shared CoreNLP-backed instance, created on first use (loading the models takes a few
     * seconds and a few hundred megabytes; every thread shares them).
     */
    static Nlp coreNlp() {
        return CoreNlp.shared();
    }
}
