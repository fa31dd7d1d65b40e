package dev.dossier.clean;

import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Test fixtures from src/test/resources/clean. */
final class CleanerFixtures {

    static final Instant FETCHED = Instant.parse("2026-03-07T12:00:00Z");

    private CleanerFixtures() {}

    static byte[] resource(String name) {
        try (InputStream in = CleanerFixtures.class.getResourceAsStream("/clean/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource clean/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawDocument document(String name, Format format) {
        return document(resource(name), format, Metadata.EMPTY);
    }

    static RawDocument document(byte[] content, Format format, Metadata hints) {
        return new RawDocument(Origin.ofFile("fixture"), format, content, null, FETCHED, hints);
    }
}
