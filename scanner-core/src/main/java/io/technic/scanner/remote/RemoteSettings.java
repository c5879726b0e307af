package io.technic.scanner.remote;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How the remote executor fans out.
 *
 * @param endpoints      worker base URLs ({@code http(s)://host:port}); a Lambda Function URL works the same
 * @param policy         local, remote or auto
 * @param key            the HMAC key id and secret requests are signed with
 * @param shardSize      symbols per shard
 * @param deadline       per-attempt deadline of a shard call (connect, send, compute, receive)
 * @param attempts       remote attempts per shard before it runs locally
 * @param hedgeAfter     a second, hedged request goes to another endpoint when a shard takes longer
 * @param backoff        base of the jittered exponential backoff between attempts
 * @param autoMinSymbols {@code auto} offloads only universes at least this large
 * @param maxInFlight    concurrent shard calls at most
 */
public record RemoteSettings(List<URI> endpoints, ExecutionPolicy policy, HmacAuth.Key key, int shardSize,
                             Duration deadline, int attempts, Duration hedgeAfter, Duration backoff,
                             int autoMinSymbols, int maxInFlight) {

    public RemoteSettings {
        endpoints = List.copyOf(endpoints);
        if (policy != ExecutionPolicy.LOCAL && endpoints.isEmpty()) {
            throw new IllegalArgumentException("execution policy " + policy + " needs at least one remote endpoint");
        }
        if (policy != ExecutionPolicy.LOCAL && key == null) {
            throw new IllegalArgumentException("remote execution needs an HMAC key id and secret"
                    + " (TECHNIC_KEY_ID / TECHNIC_KEY_SECRET)");
        }
        for (URI u : endpoints) {
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
                throw new IllegalArgumentException("remote endpoint '" + u + "' is not an http(s)://host[:port] URL");
            }
        }
        if (shardSize < 1 || attempts < 1 || maxInFlight < 1 || autoMinSymbols < 0) {
            throw new IllegalArgumentException("shardSize, attempts and maxInFlight must be >= 1");
        }
    }

    /** Shards of 500, 30 s deadline, 3 attempts, hedge after 10 s, auto from 1,000 symbols, 16 in flight. */
    public static RemoteSettings of(List<URI> endpoints, ExecutionPolicy policy, HmacAuth.Key key) {
        return new RemoteSettings(endpoints, policy, key, 500, Duration.ofSeconds(30), 3, Duration.ofSeconds(10),
                Duration.ofMillis(100), 1000, 16);
    }

    /** Parses a comma-separated list of endpoint URLs. @throws IllegalArgumentException naming a bad one */
    public static List<URI> parseEndpoints(String csv) {
        List<URI> out = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            return out;
        }
        for (String s : csv.split(",")) {
            String t = s.trim();
            if (t.isEmpty()) {
                continue;
            }
            try {
                out.add(URI.create(t.endsWith("/") ? t.substring(0, t.length() - 1) : t));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("remote endpoint '" + t + "' is not a URL: " + e.getMessage());
            }
        }
        return out;
    }

    public RemoteSettings withShardSize(int n) {
        return new RemoteSettings(endpoints, policy, key, n, deadline, attempts, hedgeAfter, backoff, autoMinSymbols,
                maxInFlight);
    }

    public RemoteSettings withTimings(Duration deadline, Duration hedgeAfter, Duration backoff, int attempts) {
        return new RemoteSettings(endpoints, policy, key, shardSize, deadline, attempts, hedgeAfter, backoff,
                autoMinSymbols, maxInFlight);
    }

    public RemoteSettings withAutoMinSymbols(int n) {
        return new RemoteSettings(endpoints, policy, key, shardSize, deadline, attempts, hedgeAfter, backoff, n,
                maxInFlight);
    }
}
