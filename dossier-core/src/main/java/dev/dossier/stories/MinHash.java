package dev.dossier.stories;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash sketches of texts, for finding near-duplicates (wire copies, trimmed or retitled
 * republications) without comparing texts pairwise.
 *
 * <p>A text's shingles are its runs of five consecutive normalised words (case and
 * punctuation ignored). The sketch keeps, for each of {@value #HASHES} hash functions, the least
 * hash of any shingle: the share of equal positions in two sketches estimates the Jaccard
 * similarity of their shingle sets. For the index, the sketch is cut into {@value #BANDS} bands of
 * {@value #ROWS} rows; two texts share a band key with probability {@code 1 - (1 - J^3)^40}:
 * 0.68 at J = 0.3, 0.99 at J = 0.5, 0.005 at J = 0.05.
 *
 * <p>Stateless and thread-safe.
 */
public final class MinHash {

    public static final int BANDS = 40;
    public static final int ROWS = 3;
    public static final int HASHES = BANDS * ROWS;
    private static final int SHINGLE_WORDS = 5;
    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /** A text's sketch and how many distinct shingles it has (needed to estimate containment). */
    public record Sketch(int[] mins, int shingles) {

        public Sketch {
            if (mins.length != HASHES) {
                throw new IllegalArgumentException("a sketch has " + HASHES + " values, not " + mins.length);
            }
            if (shingles < 0) {
                throw new IllegalArgumentException("shingle count must not be negative: " + shingles);
            }
        }

        /** The estimated Jaccard similarity of the two texts' shingle sets. */
        public double jaccard(Sketch other) {
            if (shingles == 0 || other.shingles == 0) {
                return 0;
            }
            int equal = 0;
            for (int i = 0; i < HASHES; i++) {
                if (mins[i] == other.mins[i]) {
                    equal++;
                }
            }
            return equal / (double) HASHES;
        }

        /**
         * The estimated share of the smaller text's shingles found in the larger one: near 1 for a
         * copy trimmed to its first paragraphs, whose Jaccard similarity may be low.
         */
        public double containment(Sketch other) {
            double jaccard = jaccard(other);
            int smaller = Math.min(shingles, other.shingles);
            if (smaller == 0) {
                return 0;
            }
            double union = (shingles + other.shingles) / (1 + jaccard);
            return Math.min(1, jaccard * union / smaller);
        }

        /** The index key of one band: the band's number and a hash of its rows. */
        public long bandKey(int band) {
            long hash = band;
            for (int row = 0; row < ROWS; row++) {
                hash = hash * 31 + mins[band * ROWS + row];
            }
            return mix(hash);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Sketch sketch && shingles == sketch.shingles && Arrays.equals(mins, sketch.mins);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(mins) + shingles;
        }

        @Override
        public String toString() {
            return "Sketch[" + shingles + " shingles]";
        }
    }

    /** The sketch of a text; a text of fewer than five words has no shingles and matches nothing. */
    public static Sketch sketch(String text) {
        Set<Long> shingles = shingles(text);
        int[] mins = new int[HASHES];
        Arrays.fill(mins, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int hash = (int) mix(shingle ^ SEEDS[i]);
                if (hash < mins[i]) {
                    mins[i] = hash;
                }
            }
        }
        return new Sketch(mins, shingles.size());
    }

    /**
     * The hashes of a text's shingles (runs of five normalised words): the set whose Jaccard
     * similarity the sketch estimates, for callers that compare the sets themselves.
     */
    public static Set<Long> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+");
        int start = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        Set<Long> shingles = new HashSet<>();
        for (int i = start; i + SHINGLE_WORDS <= words.length; i++) {
            long hash = 0xcbf29ce484222325L;
            for (int w = i; w < i + SHINGLE_WORDS; w++) {
                for (byte b : words[w].getBytes(StandardCharsets.UTF_8)) {
                    hash ^= b & 0xff;
                    hash *= 0x100000001b3L;
                }
                hash ^= ' ';
                hash *= 0x100000001b3L;
            }
            shingles.add(hash);
        }
        return shingles;
    }

    /** The finaliser of MurmurHash3: spreads every input bit over the whole output. */
    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53e1a87L;
        h ^= h >>> 33;
        return h;
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x9e3779b97f4a7c15L;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
