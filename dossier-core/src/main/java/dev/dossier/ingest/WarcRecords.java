package dev.dossier.ingest;

import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.pipeline.DocumentSource.Sink;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Streams a WARC file (plain or gzipped) record by record: each response or resource record
 * holding HTML becomes a document whose fetch time is the record's WARC-Date. Other records
 * (requests, metadata, images) are passed over. A record that cannot be parsed ends the file with a
 * rejection naming its offset; the documents before it are kept.
 */
final class WarcRecords {

    private WarcRecords() {}

    static void read(Origin file, InputStream in, IngestOptions options, Sink sink) {
        long offset = 0;
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            while (true) {
                offset = reader.position();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    return;
                }
                WarcRecord record = next.get();
                if (record instanceof WarcResponse || record instanceof WarcResource) {
                    readCapture((WarcTargetRecord) record, file.atOffset(record.position()), options, sink);
                }
            }
        } catch (IOException | RuntimeException e) {
            // jwarc reports malformed headers as ParsingException (an IOException) and some
            // malformed values as unchecked exceptions; either way this archive cannot be resynced.
            String message = e instanceof IOException io ? FileSource.describe(io) : String.valueOf(e.getMessage());
            sink.rejected(new Rejection(file.atOffset(offset), "corrupt WARC record: " + message.replace('\n', ' ')));
        }
    }

    private static void readCapture(WarcTargetRecord record, Origin origin, IngestOptions options, Sink sink)
            throws IOException {
        Optional<WarcPayload> payload = record.payload();
        if (payload.isEmpty()) {
            return;
        }
        if (record instanceof WarcResponse response && response.http().status() != 200) {
            return;
        }
        MediaType type = payload.get().type();
        String subtype = type.base().toString().toLowerCase(Locale.ROOT);
        if (!subtype.equals("text/html") && !subtype.equals("application/xhtml+xml")) {
            return;
        }
        Origin located = origin.withUrl(record.target());
        byte[] bytes = payload.get().body().stream().readNBytes((int) options.maxDocumentBytes() + 1);
        if (bytes.length > options.maxDocumentBytes()) {
            sink.rejected(new Rejection(located, "record is over the " + Sizes.human(options.maxDocumentBytes())
                    + " limit for one document"));
            return;
        }
        if (bytes.length == 0) {
            sink.rejected(new Rejection(located, "empty record payload"));
            return;
        }
        String charset = type.parameters().get("charset");
        Metadata hints = new Metadata(null, null, record.target(), null, null, null);
        sink.accept(new RawDocument(located, Format.HTML, bytes, charset, record.date(), hints));
    }
}
