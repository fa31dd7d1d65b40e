package dev.dossier.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What near-duplicate detection and story clustering need of an article, computed once when it is
 * stored: the unit embedding of its title and lede, the content words of the same, and the MinHash
 * sketch of its text.
 *
 * @param embedding a unit vector (or all zeros for an article with no words)
 * @param terms the content words of its title and lede, with their counts, in alphabetical order
 *     (so that a store written twice from the same pages is the same, byte for byte)
 * @param minhash the least hash of the text's shingles under each of the sketch's hash functions
 * @param shingles how many distinct shingles the text has
 */
public record Fingerprint(float[] embedding, Map<String, Integer> terms, int[] minhash, int shingles) {

    public Fingerprint {
        if (embedding.length == 0 || minhash.length == 0) {
            throw new IllegalArgumentException("a fingerprint needs an embedding and a sketch");
        }
        if (shingles < 0) {
            throw new IllegalArgumentException("shingle count must not be negative: " + shingles);
        }
        embedding = embedding.clone();
        terms = Collections.unmodifiableMap(new TreeMap<>(terms));
        minhash = minhash.clone();
    }

    @Override
    public float[] embedding() {
        return embedding.clone();
    }

    @Override
    public int[] minhash() {
        return minhash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && shingles == that.shingles && terms.equals(that.terms)
                && Arrays.equals(embedding, that.embedding) && Arrays.equals(minhash, that.minhash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(embedding) + terms.hashCode()) + Arrays.hashCode(minhash)) + shingles;
    }

    @Override
    public String toString() {
        return "Fingerprint[" + embedding.length + " dimensions, " + terms.size() + " terms, " + shingles + " shingles]";
    }
}
