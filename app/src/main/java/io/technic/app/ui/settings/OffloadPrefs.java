package io.technic.app.ui.settings;

/**
 * The non-secret offload and cache settings, as saved in {@code workstation.json}. Secrets (the
 * HMAC key id and secret, the Redis password, the Polygon key) live in the credentials store.
 *
 * @param redisUrl  {@code redis://host:port} or {@code rediss://user@host:port}, without a password; "" for none
 * @param redisUser ACL user when not in the URL ("" for none)
 * @param redisCa   PEM file of a private CA for {@code rediss://} ("" for the JVM's trust store)
 * @param endpoints comma-separated worker or Lambda Function URLs ("" for none)
 * @param policy    {@code local}, {@code remote} or {@code auto}: what the offload toggle switches to
 * @param offload   the scan screen's offload toggle
 */
public record OffloadPrefs(String redisUrl, String redisUser, String redisCa, String endpoints, String policy,
                           boolean offload) {

    public OffloadPrefs {
        redisUrl = redisUrl == null ? "" : redisUrl.strip();
        redisUser = redisUser == null ? "" : redisUser.strip();
        redisCa = redisCa == null ? "" : redisCa.strip();
        endpoints = endpoints == null ? "" : endpoints.strip();
        policy = policy == null || policy.isBlank() ? "auto" : policy.strip();
    }

    /** Nothing set; the toggle off. */
    public static OffloadPrefs defaults() {
        return new OffloadPrefs("", "", "", "", "auto", false);
    }
}
