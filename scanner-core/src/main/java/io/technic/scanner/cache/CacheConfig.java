package io.technic.scanner.cache;

import java.time.Duration;

/**
 * How to build a {@link TieredScanCache}.
 *
 * @param l1MaxBytes     the in-process tier's budget, bytes (estimated weight of the entries)
 * @param redisUrl       {@code redis://[user:password@]host:port[/db]} or {@code rediss://...} (TLS);
 *                       null or blank for no L2
 * @param redisUser      ACL user overriding the URL's (null: the URL's)
 * @param redisPassword  password overriding the URL's (null: the URL's); never logged
 * @param commandTimeout how long one Redis command may take before it counts as failed
 * @param breakerFailures consecutive Redis failures that open the breaker
 * @param breakerOpenFor  how long the breaker stays open before a trial command
 * @param ttl            time-to-live policy
 */
public record CacheConfig(long l1MaxBytes, String redisUrl, String redisUser, String redisPassword,
                          Duration commandTimeout, int breakerFailures, Duration breakerOpenFor, TtlPolicy ttl) {

    public CacheConfig {
        if (l1MaxBytes < 0) {
            throw new IllegalArgumentException("l1MaxBytes must be >= 0: " + l1MaxBytes);
        }
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("commandTimeout must be positive: " + commandTimeout);
        }
        ttl = ttl == null ? TtlPolicy.defaults() : ttl;
    }

    /** 256 MB in process, no Redis, 250 ms commands, breaker after 3 failures for 5 s. */
    public static CacheConfig defaults() {
        return new CacheConfig(256L << 20, null, null, null, Duration.ofMillis(250), 3, Duration.ofSeconds(5),
                TtlPolicy.defaults());
    }

    /** The same with Redis at {@code url}. */
    public CacheConfig withRedis(String url) {
        return new CacheConfig(l1MaxBytes, url, redisUser, redisPassword, commandTimeout, breakerFailures,
                breakerOpenFor, ttl);
    }

    /** The same with ACL credentials. */
    public CacheConfig withCredentials(String user, String password) {
        return new CacheConfig(l1MaxBytes, redisUrl, user, password, commandTimeout, breakerFailures,
                breakerOpenFor, ttl);
    }

    /** The same with other Redis timeouts. */
    public CacheConfig withTimeouts(Duration command, int failures, Duration openFor) {
        return new CacheConfig(l1MaxBytes, redisUrl, redisUser, redisPassword, command, failures, openFor, ttl);
    }

    /** The same with another L1 budget. */
    public CacheConfig withL1MaxBytes(long bytes) {
        return new CacheConfig(bytes, redisUrl, redisUser, redisPassword, commandTimeout, breakerFailures,
                breakerOpenFor, ttl);
    }

    public boolean hasRedis() {
        return redisUrl != null && !redisUrl.isBlank();
    }

    @Override
    public String toString() {
        return "CacheConfig[l1MaxBytes=" + l1MaxBytes + ", redis=" + (hasRedis() ? RedisTier.redact(redisUrl) : "none")
                + ", user=" + redisUser + ", password=" + (redisPassword == null ? "none" : "***")
                + ", commandTimeout=" + commandTimeout + "]";
    }
}
