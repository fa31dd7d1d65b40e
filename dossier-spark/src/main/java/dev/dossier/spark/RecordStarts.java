package dev.dossier.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Finds where the next WARC record starts after a corrupt one: in a gzipped archive (one gzip
 * member per record, as crawlers write them) the next gzip header whose member inflates to
 * {@code WARC/}; in a plain archive the next {@code WARC/1.} at the start of a line. Candidates
 * are checked, so compressed bytes that happen to look like a gzip header are passed over.
 *
 * <p>Stateless.
 */
final class RecordStarts {

    private static final int BLOCK = 1 << 16;
    private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PLAIN_START = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    /** A gzip header: magic and the deflate method. */
    private static final byte[] GZIP_START = {0x1f, (byte) 0x8b, 0x08};
    /** Enough compressed bytes to inflate the first few bytes of a member. */
    private static final int PROBE = 1024;

    private RecordStarts() {}

    /** The offset of the first record start after {@code offset}, or -1 when there is none. */
    static long after(FileSystem fs, Path path, long offset) throws IOException {
        try (FSDataInputStream in = fs.open(path)) {
            byte[] head = new byte[2];
            boolean gzip = in.read(head) == 2 && head[0] == GZIP_START[0] && head[1] == GZIP_START[1];
            byte[] pattern = gzip ? GZIP_START : PLAIN_START;
            long from = gzip ? offset + 1 : offset;
            while (true) {
                long candidate = find(in, pattern, from);
                if (candidate < 0) {
                    return -1;
                }
                long start = gzip ? candidate : candidate + 1;
                if (!gzip || inflatesToWarc(in, start)) {
                    return start;
                }
                from = candidate + 1;
            }
        }
    }

    /** The first offset at or after {@code from} where {@code pattern} occurs, or -1. */
    private static long find(FSDataInputStream in, byte[] pattern, long from) throws IOException {
        byte[] block = new byte[BLOCK + pattern.length];
        long position = from;
        while (true) {
            in.seek(position);
            int read = in.readNBytes(block, 0, block.length);
            for (int i = 0; i + pattern.length <= read; i++) {
                if (Arrays.equals(block, i, i + pattern.length, pattern, 0, pattern.length)) {
                    return position + i;
                }
            }
            if (read < block.length) {
                return -1;
            }
            position += BLOCK;
        }
    }

    private static boolean inflatesToWarc(FSDataInputStream in, long start) throws IOException {
        in.seek(start);
        byte[] probe = in.readNBytes(PROBE);
        try (GZIPInputStream member = new GZIPInputStream(new ByteArrayInputStream(probe))) {
            return Arrays.equals(member.readNBytes(WARC.length), WARC);
        } catch (IOException notAMember) {
            return false;
        }
    }
}
