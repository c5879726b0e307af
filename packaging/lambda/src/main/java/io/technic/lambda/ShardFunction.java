package io.technic.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.technic.scanner.remote.ShardHandler;
import io.technic.scanner.remote.ShardWire;
import io.technic.scanner.remote.Worker;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The scan worker on AWS Lambda behind a Function URL (payload format 2.0): decodes the event,
 * hands method, path, headers and body to the same {@link ShardHandler} the HTTP worker uses
 * (HMAC checked first), and answers with a base64 body. The handler is built once per
 * execution environment from {@code TECHNIC_KEY_ID} / {@code TECHNIC_KEY_SECRET} (or
 * {@code TECHNIC_KEYS}) and, optionally, {@code TECHNIC_REDIS_URL}.
 */
public final class ShardFunction implements RequestStreamHandler {

    /** Largest event read: a Function URL request is at most 6 MB, base64 adds a third. */
    static final int MAX_EVENT = 9 << 20;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_EVENT).maxNestingDepth(16).build())
            .build();
    private static volatile ShardHandler shared;

    private final ShardHandler handler;

    /** The constructor Lambda calls: the handler comes from the environment (once per environment). */
    public ShardFunction() {
        this(null);
    }

    /** With a given handler (tests). */
    public ShardFunction(ShardHandler handler) {
        this.handler = handler;
    }

    private ShardHandler handler() {
        if (handler != null) {
            return handler;
        }
        ShardHandler h = shared;
        if (h == null) {
            synchronized (ShardFunction.class) {
                h = shared;
                if (h == null) {
                    h = Worker.standardHandler(Worker.keysFromEnv(System.getenv()), Worker.cacheFromEnv(System.getenv()));
                    shared = h;
                }
            }
        }
        return h;
    }

    /** A Function URL request, as far as the handler needs it. */
    record Event(String method, String path, Map<String, String> headers, byte[] body) {}

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] raw = input.readNBytes(MAX_EVENT + 1);
        ShardHandler.Reply reply;
        if (raw.length > MAX_EVENT) {
            reply = new ShardHandler.Reply(413, "text/plain", "event too large\n".getBytes(StandardCharsets.UTF_8));
        } else {
            Event e;
            try {
                e = parse(raw);
            } catch (IOException | IllegalArgumentException ex) {
                e = null;
                reply = new ShardHandler.Reply(400, "text/plain",
                        ("not a Function URL event: " + ex.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                write(output, reply);
                return;
            }
            if (e.body().length > ShardWire.MAX_REQUEST_BYTES) {
                reply = new ShardHandler.Reply(413, "text/plain", "request too large\n".getBytes(StandardCharsets.UTF_8));
            } else {
                Event ev = e;
                reply = handler().handle(ev.method(), ev.path(),
                        name -> ev.headers().get(name.toLowerCase(Locale.ROOT)), ev.body());
            }
        }
        write(output, reply);
    }

    static Event parse(byte[] raw) throws IOException {
        String method = null;
        String path = null;
        String body = "";
        boolean base64 = false;
        Map<String, String> headers = new HashMap<>();
        try (JsonParser p = JSON.createParser(raw)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the event is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken t = p.nextToken();
                switch (f) {
                    case "rawPath" -> path = p.getValueAsString();
                    case "body" -> body = t == JsonToken.VALUE_NULL ? "" : p.getValueAsString();
                    case "isBase64Encoded" -> base64 = t == JsonToken.VALUE_TRUE;
                    case "headers" -> {
                        if (t != JsonToken.START_OBJECT) {
                            throw new IllegalArgumentException("headers is not an object");
                        }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName().toLowerCase(Locale.ROOT);
                            p.nextToken();
                            headers.put(name, p.getValueAsString());
                        }
                    }
                    case "requestContext" -> method = methodOf(p, t);
                    default -> p.skipChildren();
                }
            }
        }
        if (method == null || path == null) {
            throw new IllegalArgumentException("missing requestContext.http.method or rawPath");
        }
        byte[] b = base64 ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        return new Event(method, path, headers, b);
    }

    private static String methodOf(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String method = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if ("http".equals(f) && v == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String g = p.currentName();
                    p.nextToken();
                    if ("method".equals(g)) {
                        method = p.getValueAsString();
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return method;
    }

    private static void write(OutputStream output, ShardHandler.Reply r) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(output)) {
            g.writeStartObject();
            g.writeNumberField("statusCode", r.status());
            g.writeObjectFieldStart("headers");
            g.writeStringField("content-type", r.contentType());
            g.writeEndObject();
            g.writeStringField("body", Base64.getEncoder().encodeToString(r.body()));
            g.writeBooleanField("isBase64Encoded", true);
            g.writeEndObject();
        }
    }
}
