package dev.dossier.spark;

import dev.dossier.ingest.FileSource;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.model.Origin;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.pipeline.DocumentSource;
import java.io.IOException;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads one input file from any Hadoop file system through the core's ingest stage, which sniffs
 * its format (WARC plain or gzipped, JSON Lines, feeds, pages) and yields a document per record.
 *
 * <p>Design notes. The ingest stage ends a WARC archive at a record it cannot parse (on a stream
 * it cannot find the next record). A Hadoop file can be sought, so here reading resumes after such
 * a record ({@link RecordStarts}): a corrupt record in a multi-gigabyte archive costs that record,
 * one rejection, not the rest of the archive. The ingest stage names a failure by the offset of
 * the last record it read (the reader cannot tell where the bad bytes begin); when reading resumed
 * at the next record start fails at once, that record is the corrupt one and the rejection names
 * its offset; otherwise the bad bytes lay between records and the rejection names the record they
 * follow ({@code "after offset N"}). Record offsets in origins stay offsets into the file.
 *
 * <p>Stateless; each call reads one file on the calling thread.
 */
final class ArchiveReader {

    private ArchiveReader() {}

    static void read(String file, Configuration hadoop, IngestOptions options, DocumentSource.Sink sink) {
        Origin origin = Origin.ofFile(file);
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            Rejection pending = null;
            long start = 0;
            while (true) {
                Segment segment = new Segment(start, sink);
                try (FSDataInputStream in = fs.open(path)) {
                    in.seek(start);
                    FileSource.read(origin, in, options, segment);
                }
                Rejection failure = segment.failure();
                if (failure == null) {
                    break;
                }
                if (segment.failedAtStart()) {
                    sink.rejected(failure); // located exactly; it is what a pending failure ran into
                    pending = null;
                } else {
                    if (pending != null) {
                        sink.rejected(following(pending));
                    }
                    pending = failure;
                }
                start = RecordStarts.after(fs, path, failure.origin().offset().orElseThrow());
                if (start < 0) {
                    break;
                }
            }
            if (pending != null) {
                sink.rejected(following(pending));
            }
        } catch (IOException e) {
            sink.rejected(new Rejection(origin, "cannot read: " + String.valueOf(e.getMessage()).replace('\n', ' ')));
        }
    }

    /** A failure somewhere after the record at its offset. */
    private static Rejection following(Rejection failure) {
        return new Rejection(failure.origin().withRecord("after " + failure.origin().record()), failure.reason());
    }

    /**
     * The part of a file read from one starting point: passes documents and rejections on with
     * record offsets made absolute, except a rejection that names an offset and ends the reading:
     * that is the corrupt record after which reading may resume, kept for the caller.
     */
    private static final class Segment implements DocumentSource.Sink {

        private final long start;
        private final DocumentSource.Sink sink;
        private boolean delivered;
        private Rejection held;

        Segment(long start, DocumentSource.Sink sink) {
            this.start = start;
            this.sink = sink;
        }

        @Override
        public void accept(RawDocument document) {
            release();
            sink.accept(new RawDocument(absolute(document.origin()), document.format(), document.content(), document.declaredCharset(),
                    document.fetchedAt(), document.hints()));
            delivered = true;
        }

        @Override
        public void rejected(Rejection rejection) {
            release();
            Rejection located = new Rejection(absolute(rejection.origin()), rejection.reason());
            if (located.origin().offset().isPresent()) {
                held = located;
            } else {
                sink.rejected(located);
            }
        }

        /** The rejection that ended the reading, or null when it ran to the end. */
        Rejection failure() {
            return held;
        }

        /** Whether reading failed at the very record it started from. */
        boolean failedAtStart() {
            return held != null && !delivered && held.origin().offset().orElseThrow() == start;
        }

        private void release() {
            if (held != null) {
                sink.rejected(held);
                held = null;
                delivered = true;
            }
        }

        private Origin absolute(Origin origin) {
            OptionalLong offset = origin.offset();
            return offset.isEmpty() ? origin : origin.atOffset(start + offset.getAsLong());
        }
    }
}
