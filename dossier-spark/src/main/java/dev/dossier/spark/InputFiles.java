package dev.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files of the job's inputs on any Hadoop file system: a file is itself, a directory
 * its files at any depth in name order; names starting with {@code .} or {@code _} (hidden files,
 * Hadoop's markers) are skipped, as the single-machine ingest skips hidden entries. Runs on the
 * driver before any task. Stateless.
 */
final class InputFiles {

    private InputFiles() {}

    /**
     * @throws IllegalArgumentException when an input does not exist, so that a mistyped path fails
     *     the job at once rather than producing an empty output
     */
    static List<String> list(List<String> inputs, Configuration hadoop) {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(hadoop);
                if (!fs.exists(path)) {
                    throw new IllegalArgumentException("no such input: " + input);
                }
                FileStatus status = fs.getFileStatus(path);
                if (status.isFile()) {
                    files.add(status.getPath().toString());
                    continue;
                }
                List<String> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> listing = fs.listFiles(path, true);
                while (listing.hasNext()) {
                    Path file = listing.next().getPath();
                    if (!hidden(path, file)) {
                        found.add(file.toString());
                    }
                }
                found.sort(null);
                files.addAll(found);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    /** Whether a file, or a directory between it and the input, is hidden. */
    private static boolean hidden(Path input, Path file) {
        String root = input.toUri().getPath();
        for (Path at = file; at != null && !at.toUri().getPath().equals(root); at = at.getParent()) {
            if (at.getName().startsWith(".") || at.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
