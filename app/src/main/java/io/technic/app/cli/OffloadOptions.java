package io.technic.app.cli;

import io.technic.scanner.cache.CacheConfig;
import io.technic.scanner.cache.CacheStats;
import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.cache.TierStats;
import io.technic.scanner.cache.TieredScanCache;
import io.technic.scanner.model.ScanMetrics;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.remote.ExecutionPolicy;
import io.technic.scanner.remote.HmacAuth;
import io.technic.scanner.remote.RemoteExecutor;
import io.technic.scanner.remote.RemoteSettings;
import io.technic.scanner.secret.Secrets;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the cache and the remote executor from CLI options and the environment; prints --stats. */
final class OffloadOptions {

    private OffloadOptions() {}

    /**
     * The in-process cache, plus Redis from {@code --redis} or {@code TECHNIC_REDIS_URL}: the
     * password from the URL, else {@code TECHNIC_REDIS_PASSWORD}, else the credentials store;
     * a private CA from {@code --redis-ca} or {@code TECHNIC_REDIS_CA}.
     */
    static ScanCache cache(String redis, java.nio.file.Path redisCa, Map<String, String> env, Secrets secrets) {
        String url = redis != null ? redis : env.get("TECHNIC_REDIS_URL");
        CacheConfig cfg = CacheConfig.defaults();
        if (url != null && !url.isBlank()) {
            String password = hasPassword(url) ? null : secrets.value(Secrets.REDIS_PASSWORD).orElse(null);
            cfg = cfg.withRedis(url).withCredentials(env.get("TECHNIC_REDIS_USER"), password);
            String ca = env.get("TECHNIC_REDIS_CA");
            if (redisCa != null) {
                cfg = cfg.withRedisCa(redisCa);
            } else if (ca != null && !ca.isBlank()) {
                cfg = cfg.withRedisCa(java.nio.file.Path.of(ca));
            }
        }
        return new TieredScanCache(cfg);
    }

    /** Whether a Redis URL carries a password ({@code redis://[user]:password@host}). */
    static boolean hasPassword(String url) {
        int scheme = url.indexOf("://");
        int at = url.indexOf('@');
        return scheme >= 0 && at > scheme && url.substring(scheme + 3, at).contains(":");
    }

    /**
     * The remote executor for {@code --remote} and {@code --policy}, or null when the policy is local.
     *
     * @throws CliException when remote execution lacks endpoints or keys
     */
    static RemoteExecutor remote(List<String> urls, String policy, int shardSize, Secrets secrets) {
        List<URI> endpoints = RemoteSettings.parseEndpoints(String.join(",", urls));
        ExecutionPolicy p = policy != null ? ExecutionPolicy.parse(policy)
                : endpoints.isEmpty() ? ExecutionPolicy.LOCAL : ExecutionPolicy.AUTO;
        if (p == ExecutionPolicy.LOCAL) {
            return null;
        }
        if (endpoints.isEmpty()) {
            throw new CliException("--policy " + p.name().toLowerCase(Locale.ROOT) + " needs --remote URL[,URL]");
        }
        String id;
        String secret;
        try {
            id = secrets.value(Secrets.HMAC_KEY_ID).orElse(null);
            secret = secrets.value(Secrets.HMAC_KEY_SECRET).orElse(null);
        } catch (io.technic.scanner.secret.SecretException e) {
            throw new CliException("cannot read the HMAC key from the credentials store: " + e.getMessage());
        }
        if (id == null || secret == null) {
            throw new CliException("remote scans are signed: set TECHNIC_KEY_ID and TECHNIC_KEY_SECRET"
                    + " (the same as the workers'), or store them once: technic secret set hmac-key-id,"
                    + " technic secret set hmac-key-secret");
        }
        return new RemoteExecutor(RemoteSettings.of(endpoints, p, HmacAuth.Key.of(id, secret)).withShardSize(shardSize));
    }

    static void printStats(PrintWriter w, ScanResult r, CacheStats stats) {
        ScanMetrics m = r.metrics();
        ScanMetrics.Sources s = m.sources();
        w.printf(Locale.ROOT, "%nsource: %s", m.source());
        if (s.cacheTier() != null) {
            w.printf(Locale.ROOT, " (%s)", s.cacheTier());
        }
        if (s.shards() > 0) {
            w.printf(Locale.ROOT, "  shards %d: remote %d, local %d, retries %d, hedges %d", s.shards(),
                    s.remoteShards(), s.localShards(), s.retries(), s.hedges());
        }
        w.printf(Locale.ROOT, "  feature rows from cache %,d%n", s.rowsFromCache());
        StringBuilder st = new StringBuilder("stages:");
        m.stageMillis().forEach((k, v) -> st.append(String.format(Locale.ROOT, " %s %.1f ms,", k, v)));
        w.printf(Locale.ROOT, "%s total %.1f ms%n", st, m.totalMillis());
        w.printf(Locale.ROOT, "results: %d from cache, %d computed%n", stats.resultHits(), stats.resultMisses());
        for (TierStats t : stats.tiers()) {
            w.printf(Locale.ROOT, "cache %s %-4s hits %,d  misses %,d  hit rate %.1f%%  mean %.3f ms  max %.3f ms"
                            + "  entries %s  bytes %s  evictions %s  errors %d  corrupt %d%n",
                    t.tier(), t.state(), t.hits(), t.misses(), 100 * t.hitRate(), t.meanMicros() / 1000,
                    t.maxMicros() / 1000, known(t.entries()), known(t.bytes()), known(t.evictions()), t.errors(),
                    t.corrupt());
        }
        w.flush();
    }

    private static String known(long v) {
        return v < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", v);
    }
}
