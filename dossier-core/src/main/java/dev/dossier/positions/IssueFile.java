package dev.dossier.positions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dossier.model.Issue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a user's issues file: a JSON list of issues, each a name, the phrases that mark a
 * statement as being about it, and optionally what supporting it means and the phrases that name
 * its other side (a statement that backs "deportations" opposes legal status for immigrants).
 *
 * <pre>{@code
 * // comments and a trailing comma are allowed
 * [
 *   {"name": "sanctions", "phrases": ["sanctions package", "embargo"], "supports": "wants sanctions kept or tightened"},
 *   {"name": "legal status", "phrases": ["path to citizenship"], "contrary": ["deportation"]}
 * ]
 * }</pre>
 *
 * The name is a phrase too. A file that is not JSON or not a list is an {@link IOException} naming
 * the file and the line; an entry with a problem is left out and reported by its JSON path, so one
 * typo costs one issue, not the file.
 *
 * <p>Thread-safe: the mapper is immutable once built.
 */
public final class IssueFile {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> FIELDS = Set.of("name", "phrases", "supports", "contrary");

    /** The issues read, and one line for each entry left out. */
    public record Contents(List<Issue> issues, List<String> problems) {}

    private IssueFile() {
    }

    public static Contents read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** @param source how to name the file in messages */
    public static Contents read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IOException(source + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || !root.isArray()) {
            throw new IOException(source + ": expected a JSON list of issues: [ {\"name\": ..., \"phrases\": [...]}, ... ]");
        }
        List<Issue> issues = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            String path = source + ": $[" + i + "]";
            JsonNode node = root.get(i);
            if (!node.isObject()) {
                problems.add(path + ": expected an object {\"name\": ..., \"phrases\": [...]}");
                continue;
            }
            String unknown = unknownField(node);
            JsonNode name = node.get("name");
            if (unknown != null) {
                problems.add(path + "." + unknown + ": unknown field (expected name, phrases, supports, contrary)");
            } else if (name == null || !name.isTextual() || name.asText().isBlank()) {
                problems.add(path + ".name: expected the issue's name as text");
            } else if (!names.add(name.asText().strip().toLowerCase(Locale.ROOT))) {
                problems.add(path + ".name: '" + name.asText() + "' is defined twice");
            } else {
                Issue issue = issue(node, name.asText().strip(), path, problems);
                if (issue != null) {
                    issues.add(issue);
                }
            }
        }
        return new Contents(List.copyOf(issues), List.copyOf(problems));
    }

    private static Issue issue(JsonNode node, String name, String path, List<String> problems) {
        Set<String> phrases = new LinkedHashSet<>();
        phrases.add(name.toLowerCase(Locale.ROOT));
        Set<String> contrary = new LinkedHashSet<>();
        if (!phrases(node, "phrases", path, phrases, problems) || !phrases(node, "contrary", path, contrary, problems)) {
            return null;
        }
        for (String phrase : contrary) {
            if (phrases.contains(phrase)) {
                problems.add(path + ".contrary: '" + phrase + "' is one of the issue's phrases too");
                return null;
            }
        }
        JsonNode supports = node.get("supports");
        if (supports != null && !supports.isNull() && !supports.isTextual()) {
            problems.add(path + ".supports: expected text saying what supporting the issue means");
            return null;
        }
        return new Issue(name, List.copyOf(phrases), supports == null || supports.isNull() ? null : supports.asText(), true,
                List.copyOf(contrary));
    }

    /** Adds the phrases listed under {@code field}, if any; false, with the problem reported, when the list is malformed. */
    private static boolean phrases(JsonNode node, String field, String path, Set<String> into, List<String> problems) {
        JsonNode list = node.get(field);
        if (list == null || list.isNull()) {
            return true;
        }
        if (!list.isArray()) {
            problems.add(path + "." + field + ": expected a list of phrases");
            return false;
        }
        for (int k = 0; k < list.size(); k++) {
            if (!list.get(k).isTextual() || list.get(k).asText().isBlank()) {
                problems.add(path + "." + field + "[" + k + "]: expected a phrase as text");
                return false;
            }
            into.add(list.get(k).asText().strip().toLowerCase(Locale.ROOT));
        }
        return true;
    }

    private static String unknownField(JsonNode node) {
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext();) {
            String field = fields.next();
            if (!FIELDS.contains(field)) {
                return field;
            }
        }
        return null;
    }
}
