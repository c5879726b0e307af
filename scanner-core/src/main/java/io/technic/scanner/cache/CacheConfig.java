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
 * @param redisCaFile    PEM file of the certificate authorities a {@code rediss://} server's certificate
 *                       must chain to (a private CA); null: the JVM's default trust store
 */
public record CacheConfig(long l1MaxBytes, String redisUrl, String redisUser, String redisPassword,
                          Duration commandTimeout, int breakerFailures, Duration breakerOpenFor, TtlPolicy ttl,
                          java.nio.file.Path redisCaFile) {

    public CacheConfig {
        if (l1MaxBytes < 0) {
            throw new IllegalArgumentException("l1MaxBytes must be >= 0: " + l1MaxBytes);
        }
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("commandTimeout must be positive: " + commandTimeout);
        }
        ttl = ttl == null ? TtlPolicy.defaults() : ttl;
    }

    /** Without a private CA. */
    public CacheConfig(long l1MaxBytes, String redisUrl, String redisUser, String redisPassword, Duration commandTimeout,
                       int breakerFailures, Duration breakerOpenFor, TtlPolicy ttl) {
        this(l1MaxBytes, redisUrl, redisUser, redisPassword, commandTimeout, breakerFailures, breakerOpenFor, ttl, null);
    }

    /** The same trusting the CAs in a PEM file for {@code rediss://} (null: the JVM's default trust store). */
    public CacheConfig withRedisCa(java.nio.file.Path pemFile) {
        return new CacheConfig(l1MaxBytes, redisUrl, redisUser, redisPassword, commandTimeout, breakerFailures,
                breakerOpenFor, ttl, pemFile);
    }

    /** 256 MB in process, no Redis, 250 ms commands, breaker after 3 failures for 5 s. */
    public static CacheConfig defaults() {
        return new CacheConfig(256L << 20, null, null, null, Duration.ofMillis(250), 3, Duration.ofSeconds(5),
                TtlPolicy.defaults());
    }

    /** The same with Redis at {@code url}. */
    public CacheConfig withRedis(String url) {
        return new CacheConfig(l1MaxBytes, url, redisUser, redisPassword, commandTimeout, breakerFailures,
                breakerOpenFor, ttl, redisCaFile);
    }

    /** The same with ACL credentials. */
    public CacheConfig withCredentials(String user, String password) {
        return new CacheConfig(l1MaxBytes, redisUrl, user, password, commandTimeout, breakerFailures,
                breakerOpenFor, ttl, redisCaFile);
    }

    /** The same with other Redis timeouts. */
    public CacheConfig withTimeouts(Duration command, int failures, Duration openFor) {
        return new CacheConfig(l1MaxBytes, redisUrl, redisUser, redisPassword, command, failures, openFor, ttl,
                redisCaFile);
    }

    /** The same with another L1 budget. */
    public CacheConfig withL1MaxBytes(long bytes) {
        return new CacheConfig(bytes, redisUrl, redisUser, redisPassword, commandTimeout, breakerFailures,
                breakerOpenFor, ttl, redisCaFile);
    }

    public boolean hasRedis() {
        return redisUrl != null && !redisUrl.isBlank();
    }

    @Override
    public String toString() {
        return "CacheConfig[l1MaxBytes=" + l1MaxBytes + ", redis=" + (hasRedis() ? RedisTier.redact(redisUrl) : "none")
                + ", user=" + redisUser + ", password=" + (redisPassword == null ? "none" : "***")
                + ", commandTimeout=" + commandTimeout + (redisCaFile == null ? "" : ", ca=" + redisCaFile) + "]";
    }
}
