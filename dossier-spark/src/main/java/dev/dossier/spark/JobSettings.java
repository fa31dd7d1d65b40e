package dev.dossier.spark;

import java.util.List;
import java.util.Objects;

/**
 * What one run of the job reads, where it writes, and how it groups, validated when made.
 *
 * @param inputs files or directories (read recursively) on any Hadoop file system
 * @param output the directory the Parquet tables are written under; it must not exist yet
 * @param aliasFile the bytes of an alias file extending the starter book, or null
 * @param partitions how many partitions the documents are spread over for the costly stages
 *     (0: twice the cluster's default parallelism)
 * @param windowDays the length of the time windows stories are first formed in (phase one)
 * @param lshTables how many MinHash tables the near-duplicate search ORs together
 * @param lshLeastJaccard the least Jaccard similarity of shingle sets the near-duplicate search
 *     looks for (below it, pairs are never compared)
 */
record JobSettings(List<String> inputs, String output, byte[] aliasFile, int partitions, int windowDays, int lshTables, double lshLeastJaccard) {

    /** Windows a week long: longer than the clusterer's own join window, so most stories form whole in one. */
    static final int DEFAULT_WINDOW_DAYS = 7;
    /** With 20 tables a pair at Jaccard 0.2 (a copy trimmed to a fifth) is compared with probability 0.99. */
    static final int DEFAULT_LSH_TABLES = 20;
    static final double DEFAULT_LSH_LEAST_JACCARD = 0.2;

    JobSettings {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("the job needs at least one input");
        }
        Objects.requireNonNull(output, "output");
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must not be negative: " + partitions);
        }
        if (windowDays < 1) {
            throw new IllegalArgumentException("a time window must be at least one day: " + windowDays);
        }
        if (lshTables < 1) {
            throw new IllegalArgumentException("the near-duplicate search needs at least one hash table: " + lshTables);
        }
        if (!(lshLeastJaccard > 0 && lshLeastJaccard <= 1)) {
            throw new IllegalArgumentException("the least Jaccard similarity must be in (0, 1]: " + lshLeastJaccard);
        }
        aliasFile = aliasFile == null ? null : aliasFile.clone();
    }

    /** The defaults for these inputs and output. */
    static JobSettings of(List<String> inputs, String output) {
        return new JobSettings(inputs, output, null, 0, DEFAULT_WINDOW_DAYS, DEFAULT_LSH_TABLES,
                DEFAULT_LSH_LEAST_JACCARD);
    }

    JobSettings withAliasFile(byte[] bytes) {
        return new JobSettings(inputs, output, bytes, partitions, windowDays, lshTables, lshLeastJaccard);
    }

    JobSettings withPartitions(int count) {
        return new JobSettings(inputs, output, aliasFile, count, windowDays, lshTables, lshLeastJaccard);
    }

    JobSettings withWindowDays(int days) {
        return new JobSettings(inputs, output, aliasFile, partitions, days, lshTables, lshLeastJaccard);
    }

    @Override
    public byte[] aliasFile() {
        return aliasFile == null ? null : aliasFile.clone();
    }
}
