package io.technic.scanner.watch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.technic.scanner.json.JsonTree;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Reads small JSON documents into maps, lists, strings, numbers and booleans (streaming parser, no binding). */
final class Json {

    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {}

    /** The single value in {@code text}. @throws IOException if it is not exactly one JSON value */
    static Object parse(String text) throws IOException {
        try {
            return parseValue(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new IOException(e.getOriginalMessage() + (at == null ? "" : " at " + at.getLineNr() + ":" + at.getColumnNr()), e);
        }
    }

    private static Object parseValue(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IOException("empty document");
            }
            Object v = JsonTree.value(p, t);
            if (p.nextToken() != null) {
                throw new IOException("trailing content at " + p.currentLocation().getLineNr() + ":"
                        + p.currentLocation().getColumnNr());
            }
            return v;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object o, String what) throws IOException {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IOException(what + " is not an object");
    }

    static List<?> array(Object o, String what) throws IOException {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l;
        }
        throw new IOException(what + " is not an array");
    }

    static String string(Map<String, Object> m, String key, String what) throws IOException {
        Object o = m.get(key);
        if (o == null) {
            return null;
        }
        if (o instanceof String s) {
            return s;
        }
        throw new IOException(what + "." + key + " is not a string");
    }

    static double number(Map<String, Object> m, String key, String what) throws IOException {
        Object o = m.get(key);
        if (o instanceof Double d) {
            return d;
        }
        throw new IOException(what + "." + key + " is not a number");
    }
}
