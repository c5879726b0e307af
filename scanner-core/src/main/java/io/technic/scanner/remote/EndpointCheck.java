package io.technic.scanner.remote;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A one-off check of a remote endpoint: {@code GET /health}, then, with a key, a signed request
 * with an empty body that a worker answers 401 when the key is wrong and 400 when it is right
 * (the signature is checked before the body), so no shard is computed.
 */
public final class EndpointCheck {

    /** The outcome: whether the endpoint is usable and a one-line message. */
    public record Result(URI endpoint, boolean ok, String message) {}

    private EndpointCheck() {}

    /** Blocks for at most about twice {@code timeout}. @param key null: health only */
    public static Result check(URI endpoint, HmacAuth.Key key, Duration timeout) {
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(timeout).retryOnConnectionFailure(false).build();
        try {
            long t0 = System.nanoTime();
            String health;
            try (Response r = http.newCall(new Request.Builder().url(endpoint.resolve(ShardHandler.HEALTH).toString())
                    .get().build()).execute()) {
                if (r.code() != 200) {
                    return new Result(endpoint, false, endpoint + ": health check answered " + r.code());
                }
                health = r.body().string().strip();
            }
            String line = String.format(Locale.ROOT, "%s: healthy in %.0f ms (%s)", endpoint, (System.nanoTime() - t0) / 1e6,
                    health.length() > 60 ? health.substring(0, 60) + "…" : health);
            if (key == null) {
                return new Result(endpoint, true, line + "; no HMAC key to check");
            }
            byte[] body = new byte[0];
            Request.Builder rb = new Request.Builder().url(endpoint.resolve(ShardHandler.PATH).toString())
                    .post(RequestBody.create(body, MediaType.get("application/json")));
            HmacAuth.sign(key, "POST", ShardHandler.PATH, body, Clock.systemUTC()).forEach(rb::header);
            try (Response r = http.newCall(rb.build()).execute()) {
                return switch (r.code()) {
                    case 401 -> new Result(endpoint, false, line + "; key '" + key.id() + "' REJECTED (401): the"
                            + " worker has another key id or secret, or the clocks differ by more than 5 minutes");
                    case 400, 413 -> new Result(endpoint, true, line + "; key '" + key.id() + "' accepted");
                    default -> new Result(endpoint, false, line + "; signed request answered " + r.code());
                };
            }
        } catch (IOException e) {
            return new Result(endpoint, false, endpoint + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
