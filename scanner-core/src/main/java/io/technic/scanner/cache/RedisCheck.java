package io.technic.scanner.cache;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * A one-off check that a Redis configuration works: connect (TLS and ACL login included), PING,
 * disconnect; the answer says what failed in words a user can act on, never with the password.
 */
public final class RedisCheck {

    /** The outcome: whether it worked and a one-line message. */
    public record Result(boolean ok, String message) {}

    private RedisCheck() {}

    /**
     * Blocks for at most a few seconds (the connect timeout).
     *
     * @throws IllegalArgumentException if the configuration has no Redis URL
     */
    public static Result ping(CacheConfig cfg) {
        if (!cfg.hasRedis()) {
            throw new IllegalArgumentException("no Redis URL to check");
        }
        String where = RedisTier.redact(cfg.redisUrl());
        long t0 = System.nanoTime();
        RedisTier tier;
        try {
            tier = new RedisTier(cfg);
        } catch (IllegalArgumentException e) {
            return new Result(false, "Redis: " + e.getMessage());
        }
        try (tier) {
            String pong = tier.ping();
            double ms = (System.nanoTime() - t0) / 1e6;
            boolean tls = cfg.redisUrl().toLowerCase(Locale.ROOT).startsWith("rediss:");
            return new Result(true, String.format(Locale.ROOT, "Redis %s: %s in %.0f ms%s", where, pong, ms,
                    tls ? " over TLS" : " (not encrypted)"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "Redis " + where + ": interrupted");
        } catch (TimeoutException e) {
            return new Result(false, "Redis " + where + ": no answer within the timeout (wrong port, a firewall,"
                    + " or plain text to a TLS port?)");
        } catch (Exception e) {
            return new Result(false, "Redis " + where + ": " + explain(e));
        }
    }

    private static String explain(Throwable e) {
        Throwable root = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = String.valueOf(root.getMessage());
        if (root instanceof javax.net.ssl.SSLException || msg.contains("PKIX")) {
            return "TLS handshake failed (" + msg + "); if the server uses a private CA, set its CA file";
        }
        if (msg.contains("WRONGPASS") || msg.contains("NOAUTH") || msg.contains("NOPERM")) {
            return "login refused (" + msg + ")";
        }
        if (root instanceof java.net.ConnectException || msg.contains("Connection refused")) {
            return "connection refused (nothing listens there)";
        }
        return root.getClass().getSimpleName() + ": " + msg;
    }
}
