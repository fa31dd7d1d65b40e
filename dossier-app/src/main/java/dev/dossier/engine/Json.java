package dev.dossier.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of Dossier's views, shared by the CLI's {@code --json} output and the HTTP API so
 * the two can never drift apart. Null fields are written as {@code null}: a stable shape is easier
 * to consume than a shape that changes with the data.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {}

    /** A view with more fields after its own: the article of {@code show} with its quotes, say. */
    public static String lineWith(Object view, Map<String, Object> more) {
        Map<String, Object> fields = MAPPER.convertValue(view, new TypeReference<LinkedHashMap<String, Object>>() {});
        fields.putAll(more);
        return line(fields);
    }

    /** One JSON object on one line (JSON Lines). */
    public static String line(Object view) {
        try {
            return MAPPER.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view " + view.getClass().getSimpleName() + " is not serialisable", e);
        }
    }
}
