package dev.dossier.embed;

/**
 * Arithmetic on embedding vectors, shared by everything that compares them (story clustering,
 * related stories and articles). Sums are taken in double precision over float products.
 */
public final class Vectors {

    private Vectors() {
    }

    /** The dot product of two vectors of the same length: their cosine when both are unit vectors. */
    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** A new vector of length one in the direction of {@code vector}; the zero vector stays zero. */
    public static float[] unit(float[] vector) {
        double norm = Math.sqrt(dot(vector, vector));
        float[] unit = vector.clone();
        if (norm > 0) {
            for (int i = 0; i < unit.length; i++) {
                unit[i] /= (float) norm;
            }
        }
        return unit;
    }
}
