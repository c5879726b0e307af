package io.technic.scanner.ml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads small JSON documents (configs, metadata) into plain maps, lists, strings, numbers
 * ({@code Long} or {@code Double}), booleans and nulls with jackson-core's streaming parser —
 * no reflection-based binding.
 */
final class Json {

    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {}

    /** @throws IOException on malformed JSON, naming {@code where} */
    static Map<String, Object> readObject(String text, String where) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(where + ": expected a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) value(p);
            return m;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(where + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    m.put(k, value(p));
                }
                yield m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                yield l;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected JSON token " + t);
        };
    }

    /** A required field. @throws IllegalArgumentException naming the field and {@code where} */
    static Object need(Map<String, Object> m, String key, String where) {
        if (!m.containsKey(key) || m.get(key) == null) {
            throw new IllegalArgumentException(where + ": missing field '" + key + "'");
        }
        return m.get(key);
    }

    static double num(Map<String, Object> m, String key, String where) {
        Object v = need(m, key, where);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(where + ": field '" + key + "' must be a number, was " + v);
    }

    static double numOr(Map<String, Object> m, String key, double dflt) {
        return m.get(key) instanceof Number n ? n.doubleValue() : dflt;
    }

    static String str(Map<String, Object> m, String key, String where) {
        return String.valueOf(need(m, key, where));
    }
}
