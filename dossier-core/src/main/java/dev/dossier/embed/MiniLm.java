package dev.dossier.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The LangChain4j packaging of all-MiniLM-L6-v2 (quantized). LangChain4j splits a text longer than
 * the model's window into parts and averages them, so the cost grows with length: callers embed
 * titles and ledes, which is what story similarity needs. The ONNX session is thread-safe, so one
 * instance serves every ingest worker. The model's own thread pool is not used: {@link #embedAll} runs on the caller's
 * thread, and parallelism comes from the ingest workers.
 *
 * <p>The session runs each text on the calling thread alone, without ONNX Runtime's spinning
 * worker threads ({@link OneThreadModel}): the ingest already keeps every core busy with one worker
 * each, and the spinning threads doubled the CPU time per text (34 ms against 16 ms per lede,
 * measured on 84 news ledes in one run) for the same vectors.
 */
final class MiniLm implements Embedder {

    private static final int DIMENSIONS = 384;

    private final EmbeddingModel model;

    private MiniLm(EmbeddingModel model) {
        this.model = model;
    }

    /** Holder idiom: the model (about 23 MB) loads on first use, once. */
    private static final class Holder {
        static final MiniLm INSTANCE = new MiniLm(OneThreadModel.load());
    }

    static MiniLm shared() {
        return Holder.INSTANCE;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        List<Integer> positions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            if (!texts.get(i).isBlank()) {
                segments.add(TextSegment.from(texts.get(i)));
                positions.add(i);
            }
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            vectors.add(new float[DIMENSIONS]);
        }
        if (segments.isEmpty()) {
            return vectors;
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        for (int i = 0; i < embeddings.size(); i++) {
            vectors.set(positions.get(i), unit(embeddings.get(i).vector()));
        }
        return vectors;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
