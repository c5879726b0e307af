package io.technic.app.ui.service;

import io.technic.scanner.cache.CacheConfig;
import io.technic.scanner.remote.ExecutionPolicy;
import io.technic.scanner.remote.HmacAuth;
import io.technic.scanner.remote.RemoteSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * What the workstation's scans use beyond this machine: the shared Redis cache and the remote
 * endpoints with the key requests are signed with. Built from the settings (non-secret parts)
 * and the credentials store (key secret, Redis password); {@link #toString()} shows no secret.
 *
 * @param redisUrl      {@code redis://} or {@code rediss://} URL without a password; null or blank: in-process cache only
 * @param redisUser     ACL user (null: the URL's or the default user)
 * @param redisPassword the Redis password (null: none), from the credentials store
 * @param redisCa       PEM file of a private CA for {@code rediss://} (null: the JVM's trust store)
 * @param endpoints     worker or Lambda Function URLs
 * @param policy        what the offload toggle switches to (local, remote or auto)
 * @param key           HMAC key id and secret (null when not set)
 */
public record OffloadConfig(String redisUrl, String redisUser, String redisPassword, Path redisCa, List<URI> endpoints,
                            ExecutionPolicy policy, HmacAuth.Key key) {

    public OffloadConfig {
        endpoints = List.copyOf(endpoints);
        policy = policy == null ? ExecutionPolicy.AUTO : policy;
    }

    /** No Redis, no endpoints: every scan local with the in-process cache. */
    public static OffloadConfig none() {
        return new OffloadConfig(null, null, null, null, List.of(), ExecutionPolicy.AUTO, null);
    }

    /** Whether {@code o} describes the same cache, endpoints, policy and key (secrets compared by content). */
    public boolean sameAs(OffloadConfig o) {
        return o != null && cache().equals(o.cache()) && endpoints.equals(o.endpoints) && policy == o.policy
                && (key == null ? o.key == null
                        : o.key != null && key.id().equals(o.key.id()) && java.util.Arrays.equals(key.secret(), o.key.secret()));
    }

    public boolean hasRedis() {
        return redisUrl != null && !redisUrl.isBlank();
    }

    /** Why the offload toggle cannot offload, or null when it can. */
    public String missingForOffload() {
        if (policy == ExecutionPolicy.LOCAL) {
            return "the execution policy in Settings is local";
        }
        if (endpoints.isEmpty()) {
            return "no remote endpoint in Settings";
        }
        if (key == null) {
            return "no HMAC key id and secret in Settings";
        }
        return null;
    }

    /** The cache configuration: in process, plus Redis when set. */
    public CacheConfig cache() {
        CacheConfig c = CacheConfig.defaults();
        if (!hasRedis()) {
            return c;
        }
        c = c.withRedis(redisUrl.strip()).withCredentials(blankToNull(redisUser), blankToNull(redisPassword));
        return redisCa == null ? c : c.withRedisCa(redisCa);
    }

    /** The remote executor's settings. @throws IllegalStateException when {@link #missingForOffload()} is not null */
    public RemoteSettings remote() {
        String missing = missingForOffload();
        if (missing != null) {
            throw new IllegalStateException("cannot offload: " + missing);
        }
        return RemoteSettings.of(endpoints, policy, key);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        return "OffloadConfig[redis=" + (hasRedis() ? redisUrl : "none") + ", user=" + redisUser + ", password="
                + (redisPassword == null ? "none" : "***") + ", ca=" + redisCa + ", endpoints=" + endpoints
                + ", policy=" + policy + ", key=" + (key == null ? "none" : key.id() + ":***") + "]";
    }
}
