package dev.dossier.stories;

import dev.dossier.embed.Vectors;
import java.util.List;

/** 2-means over unit vectors by cosine, for deciding whether a story has drifted into two. */
final class TwoMeans {

    private static final int ROUNDS = 8;

    private TwoMeans() {
    }

    /**
     * Which of two groups each vector falls in ({@code false} for the first). Seeded with the
     * vector least like the mean and the vector least like that one, so the result is
     * deterministic.
     */
    static boolean[] partition(List<float[]> vectors) {
        int n = vectors.size();
        boolean[] side = new boolean[n];
        if (n < 2) {
            return side;
        }
        float[] mean = mean(vectors, side, false, true);
        int a = farthest(vectors, mean);
        int b = farthest(vectors, vectors.get(a));
        float[] centreA = vectors.get(a).clone();
        float[] centreB = vectors.get(b).clone();
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                boolean toB = Vectors.dot(vectors.get(i), centreB) > Vectors.dot(vectors.get(i), centreA);
                changed |= toB != side[i];
                side[i] = toB;
            }
            if (!changed && round > 0) {
                break;
            }
            centreA = mean(vectors, side, false, false);
            centreB = mean(vectors, side, true, false);
        }
        return side;
    }

    private static int farthest(List<float[]> vectors, float[] from) {
        int farthest = 0;
        double least = Double.MAX_VALUE;
        for (int i = 0; i < vectors.size(); i++) {
            double similarity = Vectors.dot(vectors.get(i), from);
            if (similarity < least) {
                least = similarity;
                farthest = i;
            }
        }
        return farthest;
    }

    private static float[] mean(List<float[]> vectors, boolean[] side, boolean which, boolean all) {
        float[] mean = new float[vectors.get(0).length];
        for (int i = 0; i < vectors.size(); i++) {
            if (all || side[i] == which) {
                float[] vector = vectors.get(i);
                for (int d = 0; d < mean.length; d++) {
                    mean[d] += vector[d];
                }
            }
        }
        return mean;
    }
}
