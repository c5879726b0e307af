package io.technic.scanner.remote;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 request authentication. The client signs
 * {@code METHOD \n PATH \n TIMESTAMP \n NONCE \n hex(SHA-256(body))} with the secret of a key id
 * and sends the id, timestamp (epoch seconds), nonce and signature as headers. The worker
 * looks the key up by id (several ids may be valid at once, for rotation), rejects timestamps
 * more than {@value #SKEW_SECONDS} s away from its clock, rejects a nonce it has already seen
 * within the window, and compares signatures in constant time. Verification happens before
 * the body is decompressed or parsed, so an unauthenticated request costs no compute.
 */
public final class HmacAuth {

    public static final String KEY_ID = "X-Technic-Key-Id";
    public static final String TIMESTAMP = "X-Technic-Timestamp";
    public static final String NONCE = "X-Technic-Nonce";
    public static final String SIGNATURE = "X-Technic-Signature";
    public static final long SKEW_SECONDS = 300;

    private static final SecureRandom RANDOM = new SecureRandom();

    private HmacAuth() {}

    /** A key id and its secret. The secret never appears in {@link #toString()}. */
    public record Key(String id, byte[] secret) {
        /** @throws IllegalArgumentException for a blank id or a secret shorter than 16 bytes */
        public Key {
            if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("HMAC key id must be 1-64 letters, digits, '.', '_' or '-': '" + id + "'");
            }
            if (secret == null || secret.length < 16) {
                throw new IllegalArgumentException("HMAC secret of key '" + id + "' must be at least 16 bytes");
            }
            secret = secret.clone();
        }

        /** A key from a text secret (UTF-8). */
        public static Key of(String id, String secret) {
            return new Key(id, secret == null ? null : secret.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Key[id=" + id + ", secret=***]";
        }
    }

    /** The headers that sign a request. */
    public static Map<String, String> sign(Key key, String method, String path, byte[] body, Clock clock) {
        String ts = Long.toString(clock.instant().getEpochSecond());
        byte[] n = new byte[16];
        RANDOM.nextBytes(n);
        String nonce = HexFormat.of().formatHex(n);
        Map<String, String> h = new LinkedHashMap<>();
        h.put(KEY_ID, key.id());
        h.put(TIMESTAMP, ts);
        h.put(NONCE, nonce);
        h.put(SIGNATURE, HexFormat.of().formatHex(mac(key.secret(), canonical(method, path, ts, nonce, body))));
        return h;
    }

    static byte[] canonical(String method, String path, String ts, String nonce, byte[] body) {
        try {
            String bodyHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            return (method + "\n" + path + "\n" + ts + "\n" + nonce + "\n" + bodyHash).getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] mac(byte[] secret, byte[] data) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(secret, "HmacSHA256"));
            return m.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The worker's side: known keys, a clock and a replay window of seen nonces. Thread-safe. */
    public static final class Verifier {
        private final Map<String, byte[]> keys;
        private final Clock clock;
        private final Cache<String, Boolean> seen;

        /** @throws IllegalArgumentException without keys */
        public Verifier(java.util.Collection<Key> keys, Clock clock) {
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("a worker needs at least one HMAC key");
            }
            Map<String, byte[]> m = new LinkedHashMap<>();
            keys.forEach(k -> m.put(k.id(), k.secret()));
            this.keys = Map.copyOf(m);
            this.clock = Objects.requireNonNull(clock, "clock");
            this.seen = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(2 * SKEW_SECONDS + 5))
                    .maximumSize(2_000_000).build();
        }

        /**
         * Checks a request's signature.
         *
         * @param header looks a header up by name, case-insensitively; null when absent
         * @throws WireException 401 naming what is wrong (never which part of a signature differed)
         */
        public void verify(String method, String path, java.util.function.Function<String, String> header, byte[] body) {
            String id = header.apply(KEY_ID);
            String ts = header.apply(TIMESTAMP);
            String nonce = header.apply(NONCE);
            String sig = header.apply(SIGNATURE);
            if (id == null || ts == null || nonce == null || sig == null) {
                throw new WireException(401, "missing authentication headers (" + KEY_ID + ", " + TIMESTAMP + ", "
                        + NONCE + ", " + SIGNATURE + ")");
            }
            byte[] secret = keys.get(id);
            if (secret == null) {
                throw new WireException(401, "unknown key id");
            }
            long t;
            try {
                t = Long.parseLong(ts);
            } catch (NumberFormatException e) {
                throw new WireException(401, "timestamp is not epoch seconds");
            }
            long now = clock.instant().getEpochSecond();
            if (Math.abs(now - t) > SKEW_SECONDS) {
                throw new WireException(401, "timestamp outside ±" + SKEW_SECONDS + " s of the worker's clock");
            }
            if (!nonce.matches("[0-9a-fA-F]{16,64}")) {
                throw new WireException(401, "nonce must be 16-64 hex digits");
            }
            byte[] given;
            try {
                given = HexFormat.of().parseHex(sig);
            } catch (IllegalArgumentException e) {
                throw new WireException(401, "signature is not hex");
            }
            byte[] expected = mac(secret, canonical(method, path, ts, nonce, body));
            if (!MessageDigest.isEqual(expected, given)) {
                throw new WireException(401, "bad signature");
            }
            if (seen.asMap().putIfAbsent(id + ":" + nonce, Boolean.TRUE) != null) {
                throw new WireException(401, "replayed nonce");
            }
        }
    }
}
