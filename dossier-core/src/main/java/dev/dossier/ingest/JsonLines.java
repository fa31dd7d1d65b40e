package dev.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.pipeline.DocumentSource.Sink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Streams a JSON Lines file: one article a line, as an object with {@code url, title, text | html,
 * published, outlet} (and optionally {@code author, language}). A line that is not such an object is
 * rejected on its own; the next line is read. Lines are read with a bounded buffer, so one
 * enormous line cannot exhaust memory.
 */
final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {}

    static void read(Origin file, InputStream in, IngestOptions options, Sink sink) throws IOException {
        long limit = options.maxDocumentBytes();
        ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
        long lineNumber = 1;
        boolean overlong = false;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                finishLine(file, lineNumber++, line, overlong, options, sink);
                line.reset();
                overlong = false;
            } else if (!overlong) {
                if (line.size() >= limit) {
                    overlong = true;
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }
        finishLine(file, lineNumber, line, overlong, options, sink);
    }

    private static void finishLine(
            Origin file, long lineNumber, ByteArrayOutputStream line, boolean overlong, IngestOptions options, Sink sink) {
        Origin origin = file.withRecord("line " + lineNumber);
        if (overlong) {
            sink.rejected(new Rejection(origin, "line is over the " + Sizes.human(options.maxDocumentBytes()) + " limit for one document"));
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            sink.rejected(new Rejection(origin, "not a JSON object: " + e.getOriginalMessage().replace('\n', ' ')));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.rejected(new Rejection(origin, "not a JSON object"));
            return;
        }
        String html = field(node, "html");
        String body = html != null ? html : field(node, "text");
        if (body == null || body.isBlank()) {
            sink.rejected(new Rejection(origin, "no \"text\" or \"html\" field"));
            return;
        }
        String url = field(node, "url");
        Metadata hints = new Metadata(
                field(node, "title"),
                field(node, "outlet"),
                url,
                Published.parse(field(node, "published"), PublishedFrom.METADATA).orElse(null),
                field(node, "author"),
                field(node, "language"));
        sink.accept(new RawDocument(
                origin.withUrl(url),
                html != null ? Format.HTML : Format.TEXT,
                body.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8.name(),
                options.clock().instant(),
                hints));
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
