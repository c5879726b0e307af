package io.technic.scanner.cache;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.technic.scanner.resilience.CircuitBreaker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The L2 tier: Redis through Lettuce, built so that Redis being down, killed or black-holed
 * never stalls a scan. Every command has a short timeout; while disconnected, commands are
 * rejected at once ({@code REJECT_COMMANDS}) instead of queued for replay, and the request queue
 * is bounded; a circuit breaker stops calling a failing server and lets a trial command through
 * after a pause, so the tier recovers by itself (Lettuce reconnects in the background; a server
 * that was down at start is connected again on a trial). Writes are asynchronous and skipped
 * while the breaker is not closed. Thread-safe.
 */
final class RedisTier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisTier.class);
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    static final int REQUEST_QUEUE = 16_384;
    static final int WRITE_CHUNK = 500;
    private static final String PUT_SCRIPT = "for i = 1, #KEYS do redis.call('PSETEX', KEYS[i], ARGV[2*i-1], ARGV[2*i]) end"
            + " return #KEYS";

    private final RedisClient client;
    private final RedisURI uri;
    private final Duration timeout;
    private final CircuitBreaker breaker;
    final Counters counters = new Counters();
    private volatile StatefulRedisConnection<String, byte[]> conn;
    private volatile CompletableFuture<StatefulRedisConnection<String, byte[]>> connecting;
    private volatile boolean closed;
    private final CompletableFuture<StatefulRedisConnection<String, byte[]>> firstConnect;

    /** @throws IllegalArgumentException if the URL is not a redis:// or rediss:// URL */
    RedisTier(CacheConfig cfg) {
        this.timeout = cfg.commandTimeout();
        this.breaker = new CircuitBreaker(cfg.breakerFailures(), cfg.breakerOpenFor());
        RedisURI parsed;
        try {
            parsed = RedisURI.create(cfg.redisUrl());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Redis URL '" + redact(cfg.redisUrl())
                    + "' is not redis://[user:password@]host:port or rediss://...: " + e.getMessage());
        }
        // the connection handshake (HELLO, AUTH) may take longer than a command on a busy machine;
        // commands get the short timeout once connected
        RedisURI.Builder b = RedisURI.builder(parsed).withTimeout(connectTimeout(timeout));
        if (cfg.redisPassword() != null) {
            if (cfg.redisUser() == null) {
                b.withPassword(cfg.redisPassword());
            } else {
                b.withAuthentication(cfg.redisUser(), cfg.redisPassword());
            }
        }
        this.uri = b.build();
        this.client = RedisClient.create(uri);
        ClientOptions.Builder options = ClientOptions.builder();
        if (cfg.redisCaFile() != null) {
            if (!java.nio.file.Files.isReadable(cfg.redisCaFile())) {
                throw new IllegalArgumentException("Redis CA file " + cfg.redisCaFile() + " does not exist or cannot be read");
            }
            options.sslOptions(io.lettuce.core.SslOptions.builder().jdkSslProvider()
                    .trustManager(cfg.redisCaFile().toFile()).build());
        }
        client.setOptions(options
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(REQUEST_QUEUE)
                .timeoutOptions(TimeoutOptions.builder().timeoutCommands().timeoutSource(new WriteAwareTimeout(timeout))
                        .build())
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout(timeout)).keepAlive(true).build())
                .build());
        firstConnect = startConnect();
    }

    /**
     * Waits for the connection (at most the connect timeout) and sends PING.
     *
     * @return the server's answer ({@code PONG})
     * @throws Exception the connection's or the command's failure, as Lettuce reports it
     */
    String ping() throws Exception {
        StatefulRedisConnection<String, byte[]> c = conn;
        if (c == null) {
            c = firstConnect.get(connectTimeout(timeout).toMillis() + 500, TimeUnit.MILLISECONDS);
        }
        return c.async().ping().get(connectTimeout(timeout).toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Reads (which a scan waits for) get the short command timeout; writes (asynchronous, never
     * waited for, possibly megabytes) get the longer connect timeout, so a busy machine does not
     * turn every large write into a failure that opens the breaker.
     */
    private static final class WriteAwareTimeout extends TimeoutOptions.TimeoutSource {
        private final long readNanos;
        private final long writeNanos;

        WriteAwareTimeout(Duration read) {
            this.readNanos = read.toNanos();
            this.writeNanos = connectTimeout(read).toNanos();
        }

        @Override
        public long getTimeout(io.lettuce.core.protocol.RedisCommand<?, ?, ?> command) {
            Object type = command.getType();
            return type == io.lettuce.core.protocol.CommandType.EVAL
                    || type == io.lettuce.core.protocol.CommandType.PSETEX ? writeNanos : readNanos;
        }

        @Override
        public java.util.concurrent.TimeUnit getTimeUnit() {
            return java.util.concurrent.TimeUnit.NANOSECONDS;
        }
    }

    private static Duration connectTimeout(Duration command) {
        Duration d = command.multipliedBy(8);
        return d.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : d;
    }

    /** {@code url} with any user and password replaced by {@code ***}, for messages and logs. */
    static String redact(String url) {
        return url == null ? null : url.replaceAll("(?<=://)[^@/]*@", "***@");
    }

    private synchronized CompletableFuture<StatefulRedisConnection<String, byte[]>> startConnect() {
        if (connecting != null || closed) {
            return connecting;
        }
        CompletableFuture<StatefulRedisConnection<String, byte[]>> f = client.connectAsync(CODEC, uri).toCompletableFuture();
        connecting = f;
        f.whenComplete((c, e) -> {
            if (e == null) {
                conn = c;
                c.setTimeout(timeout);
                breaker.onSuccess();
                LOG.info("Redis cache tier connected to {}", redact(uri.toString()));
                if (closed) {
                    c.closeAsync();
                }
            } else {
                breaker.onFailure();
                counters.errors.incrementAndGet();
                LOG.warn("Redis cache tier cannot connect to {}: {}", redact(uri.toString()), e.getMessage());
                synchronized (this) {
                    connecting = null;
                }
            }
        });
        return f;
    }

    /** The live connection, waiting at most one command timeout for a pending connect; null if none. */
    private StatefulRedisConnection<String, byte[]> connection() throws InterruptedException {
        StatefulRedisConnection<String, byte[]> c = conn;
        if (c != null || closed) {
            return c;
        }
        CompletableFuture<StatefulRedisConnection<String, byte[]>> f = connecting;
        if (f == null) {
            f = startConnect();
            if (f == null) {
                return null;
            }
        }
        try {
            return f.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Looks up many keys in one MGET; null entries are misses. Never throws for Redis trouble. */
    byte[][] getAll(String[] keys) {
        long t0 = System.nanoTime();
        byte[][] out = new byte[keys.length][];
        if (keys.length == 0) {
            return out;
        }
        int found = 0;
        try {
            if (!breaker.allow()) {
                return out;
            }
            StatefulRedisConnection<String, byte[]> c = connection();
            if (c == null) {
                return out;
            }
            List<KeyValue<String, byte[]>> kv = c.async().mget(keys).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            for (int i = 0; i < keys.length && i < kv.size(); i++) {
                if (kv.get(i).hasValue()) {
                    out[i] = kv.get(i).getValue();
                    found++;
                }
            }
            breaker.onSuccess();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            breaker.onFailure();
            counters.errors.incrementAndGet();
            LOG.debug("Redis MGET of {} keys failed: {}", keys.length, e.toString());
        } finally {
            counters.hits.add(found);
            counters.misses.add(keys.length - found);
            counters.call(t0);
        }
        return out;
    }

    /**
     * Writes entries with a time to live, asynchronously; skipped while Redis is unhealthy. Many
     * entries go as a few server-side scripts of {@value #WRITE_CHUNK} PSETEXs each, so a batch
     * of thousands of rows is a handful of commands rather than thousands queued behind each other.
     */
    void putAll(String[] keys, byte[][] values, Duration[] ttl) {
        StatefulRedisConnection<String, byte[]> c = conn;
        if (c == null || closed || breaker.state() != CircuitBreaker.State.CLOSED || !c.isOpen()) {
            return;
        }
        try {
            var async = c.async();
            for (int from = 0; from < keys.length; from += WRITE_CHUNK) {
                int to = Math.min(keys.length, from + WRITE_CHUNK);
                String[] k = java.util.Arrays.copyOfRange(keys, from, to);
                byte[][] args = new byte[2 * (to - from)][];
                for (int i = from; i < to; i++) {
                    args[2 * (i - from)] = Long.toString(Math.max(1, ttl[i].toMillis())).getBytes(StandardCharsets.US_ASCII);
                    args[2 * (i - from) + 1] = values[i];
                }
                async.<Long>eval(PUT_SCRIPT, ScriptOutputType.INTEGER, k, args).whenComplete((ok, e) -> {
                    if (e != null) {
                        breaker.onFailure();
                        counters.errors.incrementAndGet();
                    }
                });
            }
        } catch (RuntimeException e) {
            breaker.onFailure();
            counters.errors.incrementAndGet();
        }
    }

    /** Deletes a key (a corrupt entry), asynchronously, ignoring failures. */
    void delete(String key) {
        StatefulRedisConnection<String, byte[]> c = conn;
        if (c != null && c.isOpen() && breaker.state() == CircuitBreaker.State.CLOSED) {
            try {
                c.async().del(key);
            } catch (RuntimeException e) {
                counters.errors.incrementAndGet();
            }
        }
    }

    String state() {
        StatefulRedisConnection<String, byte[]> c = conn;
        if (closed) {
            return "OFF";
        }
        if (breaker.state() == CircuitBreaker.State.OPEN) {
            return "OPEN";
        }
        return c != null && c.isOpen() ? "UP" : "DOWN";
    }

    TierStats stats() {
        long entries = -1;
        long bytes = -1;
        long evictions = -1;
        StatefulRedisConnection<String, byte[]> c = conn;
        if (c != null && c.isOpen() && breaker.state() == CircuitBreaker.State.CLOSED) {
            try {
                var a = c.async();
                entries = a.dbsize().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
                bytes = infoField(a.info("memory").get(timeout.toNanos(), TimeUnit.NANOSECONDS), "used_memory");
                evictions = infoField(a.info("stats").get(timeout.toNanos(), TimeUnit.NANOSECONDS), "evicted_keys");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                counters.errors.incrementAndGet();
            }
        }
        return counters.snapshot("L2", state(), entries, bytes, evictions);
    }

    private static long infoField(String info, String field) {
        for (String line : info.split("\r?\n")) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).trim());
            }
        }
        return -1;
    }

    @Override
    public void close() {
        closed = true;
        StatefulRedisConnection<String, byte[]> c = conn;
        if (c != null) {
            c.closeAsync();
        }
        client.shutdownAsync(0, 2, TimeUnit.SECONDS);
    }
}
