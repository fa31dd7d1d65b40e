package dev.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of the extraction evaluation set: its address, its HTML file, and the snippets its main
 * text must contain ({@code with}) and must not contain ({@code without}).
 */
record EvalPage(String url, Path file, List<String> with, List<String> without) {

    static final String INDEX = "evaldata.json";

    EvalPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        with = List.copyOf(with);
        without = List.copyOf(without);
    }

    /**
     * The pages listed in {@code DIR/evaldata.json} ({@code {url: {file, with, without}}}), their
     * files under {@code DIR/html/}, in the order the index lists them.
     */
    static List<EvalPage> readAll(Path directory) throws IOException {
        JsonNode index = new ObjectMapper().readTree(directory.resolve(INDEX).toFile());
        if (index == null || !index.isObject()) {
            throw new IOException(directory.resolve(INDEX) + " is not a JSON object of pages");
        }
        List<EvalPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : index.properties()) {
            JsonNode page = entry.getValue();
            String file = page.path("file").asText("");
            if (file.isBlank()) {
                throw new IOException(directory.resolve(INDEX) + ": page " + entry.getKey() + " names no file");
            }
            pages.add(new EvalPage(entry.getKey(), directory.resolve("html").resolve(file),
                    strings(page.path("with")), strings(page.path("without"))));
        }
        return pages;
    }

    byte[] bytes() throws IOException {
        return Files.readAllBytes(file);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.asText());
        }
        return values;
    }
}
