package dev.dossier.web;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestReport;
import dev.dossier.engine.IngestRequest;
import dev.dossier.engine.ReportView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * {@code POST /api/ingest}: one document in the request body, ingested as {@code dossier ingest -}
 * would ingest it. Off unless the server was given a token; a request must then carry it as
 * {@code Authorization: Bearer TOKEN} (compared in constant time). The body is bounded by the
 * server's request size limit. One ingest at a time: the store has a single writer.
 */
final class HttpIngest {

    private final Dossier dossier;
    private final byte[] token;

    HttpIngest(Dossier dossier, String token) {
        this.dossier = dossier;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void handle(Context ctx) {
        if (token == null) {
            WebServer.error(ctx, HttpStatus.FORBIDDEN, "ingest_disabled", "ingest over HTTP is off: start the server with --ingest-token");
            return;
        }
        String authorization = ctx.header("Authorization");
        byte[] offered = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(offered, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            WebServer.error(ctx, HttpStatus.UNAUTHORIZED, "unauthorized", "a valid bearer token is required to ingest");
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new BadRequest("missing_body", "the request body (the document to ingest) is empty");
        }
        IngestReport report;
        synchronized (this) {
            report = dossier.ingest(new IngestRequest(List.of("-"), null, null, IngestRequest.DEFAULT_MAX_DOCUMENT_BYTES, true, 1),
                    () -> (InputStream) new ByteArrayInputStream(body), IngestListener.NONE);
        }
        WebServer.json(ctx, ReportView.of(report));
    }
}
