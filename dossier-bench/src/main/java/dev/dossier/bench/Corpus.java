package dev.dossier.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A corpus written to disk, ready to ingest.
 *
 * @param format the shape its articles are written in
 * @param input what to hand to ingest: a directory of files, or one JSON Lines file
 * @param articles how many articles it holds
 * @param bytes its size on disk
 */
record Corpus(CorpusFormat format, Path input, int articles, long bytes) {

    Corpus {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(input, "input");
        if (articles < 1 || bytes < 1) {
            throw new IllegalArgumentException("a corpus holds at least one article: " + articles + " articles, " + bytes + " bytes");
        }
    }
}
