package io.technic.scanner.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers alerts to a webhook: one HTTP POST per alert, the body {@link Alert#json()}, signed so
 * the receiver can check it came from the holder of the shared secret and is fresh:
 * <pre>
 * X-Technic-Timestamp: 1795444500                      (Unix seconds when sent)
 * X-Technic-Signature: sha256=HEX(HMAC-SHA256(secret, timestamp + "." + body))
 * </pre>
 * A 5xx answer or an I/O error is retried twice (after 0.5 and 1 s); a 4xx is not. A delivery that
 * fails is logged (never the secret) and reported by {@link #deliver}'s result: monitoring goes on.
 * Thread-safe.
 */
public final class WebhookSink {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSink.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** The timestamp header. */
    public static final String TIMESTAMP = "X-Technic-Timestamp";
    /** The signature header. */
    public static final String SIGNATURE = "X-Technic-Signature";

    private final HttpUrl url;
    private final byte[] secret;
    private final OkHttpClient client;
    private final Clock clock;
    private final Duration retryDelay;

    /**
     * @param url    an http or https URL
     * @param secret the shared secret, at least 16 bytes
     * @throws IllegalArgumentException for a bad URL or a short secret
     */
    public WebhookSink(String url, byte[] secret) {
        this(url, secret, new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build(), Clock.systemUTC(),
                Duration.ofMillis(500));
    }

    WebhookSink(String url, byte[] secret, OkHttpClient client, Clock clock, Duration retryDelay) {
        HttpUrl u = HttpUrl.parse(Objects.requireNonNull(url, "url"));
        if (u == null) {
            throw new IllegalArgumentException("webhook URL '" + url + "' is not an http(s) URL");
        }
        if (secret.length < 16) {
            throw new IllegalArgumentException("the webhook secret must be at least 16 bytes, was " + secret.length);
        }
        this.url = u;
        this.secret = secret.clone();
        this.client = client;
        this.clock = clock;
        this.retryDelay = retryDelay;
    }

    /** Posts one alert; true when the receiver answered 2xx. */
    public boolean deliver(Alert alert) {
        String body = alert.json();
        for (int attempt = 1; attempt <= 3; attempt++) {
            String ts = Long.toString(clock.instant().getEpochSecond());
            Request req = new Request.Builder().url(url)
                    .header(TIMESTAMP, ts)
                    .header(SIGNATURE, "sha256=" + sign(secret, ts, body))
                    .post(RequestBody.create(body, JSON)).build();
            try (Response r = client.newCall(req).execute()) {
                if (r.isSuccessful()) {
                    return true;
                }
                LOG.warn("webhook {} answered {} for {} {} (attempt {})", url.redact(), r.code(), alert.rule(),
                        alert.symbol(), attempt);
                if (r.code() < 500) {
                    return false;
                }
            } catch (IOException e) {
                LOG.warn("webhook {} failed for {} {} (attempt {}): {}", url.redact(), alert.rule(), alert.symbol(),
                        attempt, e.getMessage());
            }
            if (attempt < 3) {
                try {
                    Thread.sleep(retryDelay.multipliedBy(attempt));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    /** Lowercase hex HMAC-SHA256 of {@code timestamp + "." + body} under {@code secret}. */
    public static String sign(byte[] secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** Whether {@code signature} ({@code sha256=HEX}) is right for the body, compared in constant time. */
    public static boolean verify(byte[] secret, String timestamp, String body, String signature) {
        if (signature == null || !signature.startsWith("sha256=")) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                signature.substring(7).getBytes(StandardCharsets.US_ASCII));
    }
}
