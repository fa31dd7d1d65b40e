package dev.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The API's OpenAPI 3 description, served at {@code /openapi.json}; a test checks it lists every API route. */
final class OpenApi {

    private OpenApi() {}

    private static final class Holder {
        static final String DOCUMENT = load();
    }

    static String document() {
        return Holder.DOCUMENT;
    }

    private static String load() {
        try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the application jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read openapi.json from the application jar", e);
        }
    }
}
