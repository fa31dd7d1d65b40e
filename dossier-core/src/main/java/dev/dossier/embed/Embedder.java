package dev.dossier.embed;

import java.util.List;

/**
 * Turns text into a dense vector whose cosine with another text's vector says how close their
 * meanings are. Vectors are unit length, so the cosine is the dot product.
 *
 * <p>Implementations are thread-safe and load their model once per process.
 */
public interface Embedder {

    /** The length of every vector this embedder returns. */
    int dimensions();

    /** The unit vector of one text; a blank text gives the zero vector. */
    float[] embed(String text);

    /** The unit vectors of several texts, in order; cheaper per text than one call each. */
    List<float[]> embedAll(List<String> texts);

    /**
     * all-MiniLM-L6-v2, quantized, run in process by ONNX Runtime (384 dimensions). The model and its
     * tokenizer ship inside a jar: nothing is downloaded. Loaded on first use, once per process.
     */
    static Embedder miniLm() {
        return MiniLm.shared();
    }
}
