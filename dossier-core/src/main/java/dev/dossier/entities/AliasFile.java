package dev.dossier.entities;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dossier.entities.AliasEntry.Role;
import dev.dossier.model.ActorType;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the alias file format described in {@link AliasBook}. A file that is not JSON, or whose
 * top level is not a list, is an {@link IOException} naming the file and the line; an entry with a
 * problem is left out and reported, by file and JSON path ({@code $[3].roles[0].from}), so one typo
 * costs one entry, not the whole file.
 *
 * <p>Thread-safe: the mapper is immutable once built.
 */
final class AliasFile {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // an editable file: allow // and /* */ comments and a trailing comma after the last item
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            // a key given twice is a mistake, not "the last one wins"
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> ENTRY_FIELDS = Set.of("id", "name", "type", "description", "aliases", "roles");
    private static final Set<String> ROLE_FIELDS = Set.of("title", "aliases", "from", "to");

    /** The entries read and the problems of the entries left out, one line each. */
    record Contents(List<AliasEntry> entries, List<String> problems) {}

    private final String source;
    private final List<String> problems = new ArrayList<>();

    private AliasFile(String source) {
        this.source = source;
    }

    /**
     * Reads an alias file.
     *
     * @param source how to name the file in messages (its path)
     * @throws IOException when the bytes cannot be read, are not JSON, or are not a JSON list
     */
    static Contents read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IOException(source + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new IOException(source + ": empty file; expected a JSON list of actors: [ {\"name\": ..., \"type\": ...}, ... ]");
        }
        if (!root.isArray()) {
            throw new IOException(source + ": $: expected a JSON list of actors, found " + kind(root));
        }
        return new AliasFile(source).entries(root);
    }

    private Contents entries(JsonNode root) {
        List<AliasEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            String path = "$[" + i + "]";
            int before = problems.size();
            AliasEntry entry = entry(root.get(i), path);
            if (entry != null && !ids.add(entry.id())) {
                problem(path + ".id", "'" + entry.id() + "' is used by an earlier entry (give this one its own \"id\")");
                entry = null;
            }
            if (entry != null && problems.size() == before) {
                entries.add(entry);
            }
        }
        return new Contents(List.copyOf(entries), List.copyOf(problems));
    }

    private AliasEntry entry(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "expected an object {\"name\": ..., \"type\": ...}, found " + kind(node));
            return null;
        }
        int before = problems.size();
        unknownFields(node, path, ENTRY_FIELDS);
        String name = requiredText(node, "name", path);
        String typeKey = requiredText(node, "type", path);
        ActorType type = null;
        if (typeKey != null) {
            type = ActorType.parse(typeKey).orElse(null);
            if (type == null) {
                problem(path + ".type", "expected person, organization or place, found \"" + typeKey + "\"");
            }
        }
        String id = optionalText(node, "id", path);
        String description = optionalText(node, "description", path);
        List<String> aliases = texts(node, "aliases", path);
        List<Role> roles = new ArrayList<>();
        JsonNode roleNodes = node.get("roles");
        if (roleNodes != null && !roleNodes.isNull()) {
            if (!roleNodes.isArray()) {
                problem(path + ".roles", "expected a list of roles, found " + kind(roleNodes));
            } else {
                for (int r = 0; r < roleNodes.size(); r++) {
                    Role role = role(roleNodes.get(r), path + ".roles[" + r + "]");
                    if (role != null) {
                        roles.add(role);
                    }
                }
            }
        }
        if (type == ActorType.PERSON && name != null && PersonName.parse(name).isEmpty()) {
            problem(path + ".name", "\"" + name + "\" is not a person's name (no name word after the titles)");
        }
        if (problems.size() > before || name == null || type == null) {
            return null;
        }
        String entryId = id != null ? id : Phrases.nameKey(name).replace(' ', '-');
        try {
            return new AliasEntry(entryId, name.strip(), type, description == null ? "" : description, aliases, roles);
        } catch (IllegalArgumentException e) {
            problem(path + (id != null ? ".id" : ".name"), e.getMessage());
            return null;
        }
    }

    private Role role(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "expected an object {\"title\": ..., \"from\": ..., \"to\": ...}, found " + kind(node));
            return null;
        }
        int before = problems.size();
        unknownFields(node, path, ROLE_FIELDS);
        String title = requiredText(node, "title", path);
        List<String> aliases = texts(node, "aliases", path);
        LocalDate from = date(node, "from", path);
        LocalDate to = date(node, "to", path);
        if (problems.size() > before || title == null) {
            return null;
        }
        try {
            return new Role(title, aliases, from, to);
        } catch (IllegalArgumentException e) {
            problem(path + ".to", e.getMessage());
            return null;
        }
    }

    private void unknownFields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                problem(path + "." + field, "unknown field (known fields: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private String requiredText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problem(path + "." + field, "missing; every entry needs a \"" + field + "\"");
            return null;
        }
        return text(value, path + "." + field);
    }

    private String optionalText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : text(value, path + "." + field);
    }

    private String text(JsonNode value, String path) {
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(path, "expected a non-blank string, found " + kind(value));
            return null;
        }
        return value.asText();
    }

    private List<String> texts(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(path + "." + field, "expected a list of strings, found " + kind(value));
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String text = text(value.get(i), path + "." + field + "[" + i + "]");
            if (text != null) {
                texts.add(text.strip());
            }
        }
        return texts;
    }

    private LocalDate date(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            try {
                return LocalDate.parse(value.asText());
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
        }
        problem(path + "." + field, "expected a date \"YYYY-MM-DD\" or null, found " + kind(value));
        return null;
    }

    private void problem(String path, String message) {
        problems.add(source + ": " + path + ": " + message + " (entry left out)");
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "\"" + node.asText() + "\"";
        }
        return node.isObject() ? "an object" : node.isArray() ? "a list" : node.toString();
    }
}
