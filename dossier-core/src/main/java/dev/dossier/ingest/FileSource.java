package dev.dossier.ingest;

import dev.dossier.ingest.Sniffer.Sniffed;
import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.pipeline.DocumentSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Reads the inputs a user names: files, directories (recursively, in name order, hidden entries
 * skipped) and {@code -} for standard input. Each input's format is sniffed from its content;
 * containers (WARC, JSON Lines, feeds) yield one document per record or item.
 *
 * <p>Memory stays bounded whatever the input: single documents are read up to
 * {@link IngestOptions#maxDocumentBytes()} and rejected beyond it; containers are streamed.
 * Thread-safety: one instance reads on the calling thread; create one per run.
 */
public final class FileSource implements DocumentSource {

    /** The input name that stands for standard input. */
    public static final String STDIN = "-";

    private final List<String> inputs;
    private final IngestOptions options;
    private final Supplier<InputStream> stdin;

    private FileSource(List<String> inputs, IngestOptions options, Supplier<InputStream> stdin) {
        this.inputs = List.copyOf(inputs);
        this.options = Objects.requireNonNull(options, "options");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    public static FileSource of(List<String> inputs, IngestOptions options, Supplier<InputStream> stdin) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input is needed");
        }
        return new FileSource(inputs, options, stdin);
    }

    @Override
    public void readInto(Sink sink) {
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                readStream(Origin.ofFile(STDIN), stdin.get(), sink);
            } else {
                readPath(Path.of(input), sink);
            }
        }
    }

    /**
     * Reads one input that is not a local file (an object in a Hadoop file system, say), sniffing
     * its format as for a file: a container yields one document per record, and a corrupt record is
     * a rejection. The stream is not closed.
     */
    public static void read(Origin origin, InputStream in, IngestOptions options, Sink sink) {
        new FileSource(List.of(origin.source()), options, InputStream::nullInputStream).readStream(origin, in, sink);
    }

    private void readPath(Path path, Sink sink) {
        Origin origin = Origin.ofFile(path.toString());
        if (!Files.exists(path)) {
            boolean brokenLink = Files.isSymbolicLink(path);
            sink.rejected(new Rejection(origin, brokenLink ? "cannot read: broken symbolic link" : "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            readDirectory(path, sink);
        } else if (!Files.isRegularFile(path)) {
            sink.rejected(new Rejection(origin, "not a regular file (a device, pipe or socket)"));
        } else if (!Files.isReadable(path)) {
            sink.rejected(new Rejection(origin, "cannot read: permission denied"));
        } else {
            readFile(path, origin, sink);
        }
    }

    private void readDirectory(Path directory, Sink sink) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path entry : stream) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            sink.rejected(new Rejection(Origin.ofFile(directory.toString()), "cannot list directory: " + describe(e)));
            return;
        }
        entries.sort(null);
        for (Path entry : entries) {
            if (Files.isSymbolicLink(entry) && Files.isDirectory(entry)) {
                continue; // following directory links could loop; files behind links are read
            }
            readPath(entry, sink);
        }
    }

    private void readFile(Path path, Origin origin, Sink sink) {
        try {
            if (Files.size(path) == 0) {
                sink.rejected(new Rejection(origin, "empty file"));
                return;
            }
            try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                readStream(origin, in, sink);
            }
        } catch (AccessDeniedException e) {
            sink.rejected(new Rejection(origin, "cannot read: permission denied"));
        } catch (NoSuchFileException e) {
            sink.rejected(new Rejection(origin, "file disappeared while reading"));
        } catch (IOException e) {
            sink.rejected(new Rejection(origin, "cannot read: " + describe(e)));
        }
    }

    /** Sniffs and reads one input stream; does not close it. */
    private void readStream(Origin origin, InputStream raw, Sink sink) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            byte[] head = peek(in);
            if (head.length == 0) {
                sink.rejected(new Rejection(origin, "empty input"));
                return;
            }
            InputStream content = in;
            if (Sniffer.isGzip(head, head.length)) {
                byte[] inner = peekGzip(in);
                if (Sniffer.sniff(inner, inner.length).format() == Format.WARC) {
                    WarcRecords.read(origin, in, options, sink);
                    return;
                }
                content = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
                head = peek(content);
            }
            Sniffed sniffed = Sniffer.sniff(head, head.length);
            if (sniffed.isBinary()) {
                sink.rejected(new Rejection(origin, "binary content (" + sniffed.binaryKind() + "), not a news document"));
                return;
            }
            Format format = options.forcedFormat() != null ? options.forcedFormat() : sniffed.format();
            switch (format) {
                case WARC -> WarcRecords.read(origin, content, options, sink);
                case JSONL -> JsonLines.read(origin, content, options, sink);
                case FEED -> readBounded(origin, content, sink).ifPresent(bytes -> Feeds.read(origin, bytes, options, sink));
                case TEXT, HTML -> readBounded(origin, content, sink).ifPresent(bytes -> sink.accept(
                        new RawDocument(origin, format, bytes, null, options.clock().instant(), Metadata.EMPTY)));
            }
        } catch (IOException e) {
            sink.rejected(new Rejection(origin, "cannot read: " + describe(e)));
        }
    }

    private Optional<byte[]> readBounded(Origin origin, InputStream in, Sink sink) throws IOException {
        byte[] bytes = in.readNBytes((int) options.maxDocumentBytes() + 1);
        if (bytes.length > options.maxDocumentBytes()) {
            sink.rejected(new Rejection(origin, "document is over the " + Sizes.human(options.maxDocumentBytes())
                    + " limit for one document"));
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(Sniffer.HEAD_BYTES);
        byte[] head = in.readNBytes(Sniffer.HEAD_BYTES);
        in.reset();
        return head;
    }

    private static byte[] peekGzip(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        try {
            return new GZIPInputStream(in, 512).readNBytes(16);
        } catch (IOException corruptHead) {
            return new byte[0];
        } finally {
            in.reset();
        }
    }

    /** A one-line description of an I/O failure, without the stack. */
    static String describe(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (e instanceof java.io.EOFException || (message != null && message.contains("Unexpected end of ZLIB"))) {
            return "truncated input (" + (message == null ? kind : message) + ")";
        }
        return message == null || message.isBlank() ? kind : message.replace('\n', ' ');
    }
}
