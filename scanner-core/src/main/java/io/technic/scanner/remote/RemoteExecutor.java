package io.technic.scanner.remote;

import io.technic.scanner.exec.LocalScanExecutor;
import io.technic.scanner.exec.Offload;
import io.technic.scanner.exec.ShardOutput;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanMetrics;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.resilience.CircuitBreaker;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shard client: splits a scan's universe into shards, sends them concurrently to the remote
 * endpoints with OkHttp, validates and merges what comes back; the cross-sectional stages then
 * run locally on the merged output, so the result equals a local run bit for bit.
 *
 * <p>Per shard: a deadline per attempt; on failure a retry with jittered exponential backoff on
 * another endpoint (honouring {@code Retry-After} of a 429); a hedged second request to another
 * endpoint when the first is slower than {@code hedgeAfter} (the first good answer wins, the
 * other is cancelled); a circuit breaker per endpoint; a shard that timed out twice is split in
 * two; after the last attempt the shard runs locally. A response must hold exactly the shard's
 * symbols, each once, from the same engine and data version, or it counts as a failure.
 * Cancelling the scan cancels every call in flight and drops late answers. Thread-safe.
 */
public final class RemoteExecutor implements Offload, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteExecutor.class);
    private static final MediaType JSON = MediaType.get(ShardWire.REQUEST_TYPE);

    private final RemoteSettings settings;
    private final OkHttpClient http;
    private final List<Endpoint> endpoints;
    private final Clock clock;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore inFlight;
    private final AtomicInteger next = new AtomicInteger();

    /** One remote endpoint and its breaker. */
    static final class Endpoint {
        final URI url;
        final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10));

        Endpoint(URI url) {
            this.url = url;
        }

        @Override
        public String toString() {
            return url.toString();
        }
    }

    public RemoteExecutor(RemoteSettings settings) {
        this(settings, Clock.systemUTC());
    }

    RemoteExecutor(RemoteSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(settings.deadline())
                .retryOnConnectionFailure(false)
                .build();
        http.dispatcher().setMaxRequests(Math.max(64, settings.maxInFlight() * 2));
        http.dispatcher().setMaxRequestsPerHost(Math.max(64, settings.maxInFlight() * 2));
        List<Endpoint> eps = new ArrayList<>();
        settings.endpoints().forEach(u -> eps.add(new Endpoint(u)));
        this.endpoints = List.copyOf(eps);
        this.inFlight = new Semaphore(settings.maxInFlight());
    }

    public RemoteSettings settings() {
        return settings;
    }

    /** Whether at least one endpoint's breaker is not open. */
    public boolean healthy() {
        return endpoints.stream().anyMatch(e -> e.breaker.state() != CircuitBreaker.State.OPEN);
    }

    @Override
    public boolean wants(ScanRequest request, Market market, LocalScanExecutor.Universe universe) {
        return switch (settings.policy()) {
            case LOCAL -> false;
            case REMOTE -> true;
            case AUTO -> universe.symbols().size() >= settings.autoMinSymbols() && healthy();
        };
    }

    @Override
    public Outcome compute(ScanRequest request, Market market, LocalScanExecutor.Universe universe,
                           LocalScanExecutor local, Control control, Map<String, Double> stageMillis) {
        long t0 = System.nanoTime();
        Run run = new Run(request, market, LocalScanExecutor.asOf(request, market), local, control);
        List<String> symbols = universe.symbols();
        List<List<String>> shards = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i += settings.shardSize()) {
            shards.add(symbols.subList(i, Math.min(symbols.size(), i + settings.shardSize())));
        }
        List<Future<ShardOutput>> futures = new ArrayList<>();
        for (List<String> s : shards) {
            futures.add(threads.submit(() -> run.shard(s)));
        }
        List<ShardOutput> parts = new ArrayList<>(shards.size());
        int done = 0;
        control.shards(0, shards.size());
        try {
            for (Future<ShardOutput> f : futures) {
                while (true) {
                    if (control.isCancelled()) {
                        throw new CancellationException("scan cancelled");
                    }
                    try {
                        parts.add(f.get(20, TimeUnit.MILLISECONDS));
                        break;
                    } catch (TimeoutException notYet) {
                        // poll cancellation again
                    }
                }
                control.shards(++done, shards.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelAll(run, futures, new CancellationException("interrupted"));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw cancelAll(run, futures, c instanceof RuntimeException re ? re : new IllegalStateException(c));
        } catch (CancellationException e) {
            throw cancelAll(run, futures, e);
        }
        ShardOutput merged = ShardOutput.merge(symbols, parts);
        stageMillis.put("REMOTE", (System.nanoTime() - t0) / 1e6);
        int remote = run.remoteShards.get();
        int localShards = run.localShards.get();
        String label = localShards == 0 ? "remote" : remote == 0 ? "local" : "remote+local";
        return new Outcome(merged, new ScanMetrics.Sources(label, null, 0, shards.size(), remote, localShards,
                run.retries.get(), run.hedges.get()));
    }

    private static RuntimeException cancelAll(Run run, List<Future<ShardOutput>> futures, RuntimeException e) {
        run.cancel();
        futures.forEach(f -> f.cancel(true));
        return e;
    }

    @Override
    public void close() {
        threads.shutdownNow();
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** A failure worth retrying elsewhere. */
    static class ShardFailure extends Exception {
        ShardFailure(String m) {
            super(m, null, false, false);
        }
    }

    /** The attempt ran past its deadline. */
    static final class ShardTimeout extends ShardFailure {
        ShardTimeout(String m) {
            super(m);
        }
    }

    /** 429: retry no sooner than {@code millis}. */
    static final class Throttled extends ShardFailure {
        final long millis;

        Throttled(String m, long millis) {
            super(m);
            this.millis = millis;
        }
    }

    /** One scan's fan-out: its counters and calls in flight. */
    private final class Run {
        final ScanRequest request;
        final Market market;
        final LocalDate asOf;
        final Control control;
        final String engineId;
        final int[] shape;
        final AtomicInteger remoteShards = new AtomicInteger();
        final AtomicInteger localShards = new AtomicInteger();
        final AtomicInteger retries = new AtomicInteger();
        final AtomicInteger hedges = new AtomicInteger();
        final Set<Call> calls = ConcurrentHashMap.newKeySet();
        volatile boolean cancelled;

        Run(ScanRequest request, Market market, LocalDate asOf, LocalScanExecutor local, Control control) {
            this.request = request;
            this.market = market;
            this.asOf = asOf;
            this.control = control;
            this.engineId = local.shardEngineId();
            this.shape = local.shardShape();
        }

        void cancel() {
            cancelled = true;
            calls.forEach(Call::cancel);
        }

        private void checkCancelled() {
            if (cancelled || control.isCancelled() || Thread.currentThread().isInterrupted()) {
                cancelled = true;
                throw new CancellationException("scan cancelled");
            }
        }

        ShardOutput shard(List<String> symbols) throws InterruptedException {
            byte[] body = ShardWire.encodeRequest(ShardRequest.of(request, market.dataVersion(), asOf, symbols));
            int timeouts = 0;
            long waitAtLeast = 0;
            Endpoint last = null;
            for (int attempt = 0; attempt < settings.attempts(); attempt++) {
                checkCancelled();
                if (attempt > 0) {
                    control.retries(retries.incrementAndGet());
                    long base = settings.backoff().toMillis() << Math.min(attempt - 1, 6);
                    long jittered = (long) (base * (0.5 + ThreadLocalRandom.current().nextDouble()));
                    Thread.sleep(Math.min(settings.deadline().toMillis(), Math.max(jittered, waitAtLeast)));
                    checkCancelled();
                }
                Endpoint e = pick(last);
                if (e == null) {
                    break;
                }
                last = e;
                waitAtLeast = 0;
                try {
                    ShardOutput out = hedged(e, symbols, body);
                    remoteShards.incrementAndGet();
                    return out;
                } catch (ShardTimeout t) {
                    LOG.info("shard of {} symbols timed out on {}: {}", symbols.size(), e, t.getMessage());
                    if (++timeouts >= 2 && symbols.size() >= 2) {
                        return split(symbols);
                    }
                } catch (Throttled t) {
                    waitAtLeast = t.millis;
                    LOG.info("shard throttled by {}: retry after {} ms", e, t.millis);
                } catch (ShardFailure f) {
                    LOG.info("shard of {} symbols failed on {}: {}", symbols.size(), e, f.getMessage());
                }
            }
            checkCancelled();
            localShards.incrementAndGet();
            LOG.info("shard of {} symbols runs locally", symbols.size());
            return control.computeLocally(symbols);
        }

        private ShardOutput split(List<String> symbols) throws InterruptedException {
            int h = symbols.size() / 2;
            List<String> a = symbols.subList(0, h);
            List<String> b = symbols.subList(h, symbols.size());
            Future<ShardOutput> fb = threads.submit(() -> shard(b));
            try {
                ShardOutput oa = shard(a);
                return ShardOutput.merge(symbols, List.of(oa, fb.get()));
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } finally {
                fb.cancel(true);
            }
        }

        /** The next endpoint whose breaker allows a call, preferring one other than {@code avoid}. */
        private Endpoint pick(Endpoint avoid) {
            int n = endpoints.size();
            int start = Math.floorMod(next.getAndIncrement(), n);
            Endpoint fallback = null;
            for (int i = 0; i < n; i++) {
                Endpoint e = endpoints.get((start + i) % n);
                if (e == avoid && n > 1) {
                    fallback = e;
                    continue;
                }
                if (e.breaker.allow()) {
                    return e;
                }
            }
            return fallback != null && fallback.breaker.allow() ? fallback : null;
        }

        private ShardOutput hedged(Endpoint e, List<String> symbols, byte[] body)
                throws ShardFailure, InterruptedException {
            CompletableFuture<ShardOutput> result = new CompletableFuture<>();
            List<CompletableFuture<ShardOutput>> attempts = new ArrayList<>(2);
            Set<Call> mine = ConcurrentHashMap.newKeySet();
            AtomicInteger failed = new AtomicInteger();
            attempts.add(launch(e, symbols, body, result, failed, attempts, mine));
            try {
                try {
                    return result.get(settings.hedgeAfter().toNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException slow) {
                    Endpoint other = endpoints.size() > 1 ? pick(e) : null;
                    if (other != null && other != e) {
                        hedges.incrementAndGet();
                        synchronized (attempts) {
                            attempts.add(launch(other, symbols, body, result, failed, attempts, mine));
                        }
                    }
                    return result.get(settings.deadline().toNanos() + TimeUnit.SECONDS.toNanos(1),
                            TimeUnit.NANOSECONDS);
                }
            } catch (ExecutionException x) {
                if (x.getCause() instanceof ShardFailure f) {
                    throw f;
                }
                throw x.getCause() instanceof RuntimeException re ? re : new IllegalStateException(x.getCause());
            } catch (TimeoutException x) {
                throw new ShardTimeout("no answer within the deadline");
            } finally {
                synchronized (attempts) {
                    attempts.forEach(a -> a.cancel(true));
                }
                mine.forEach(Call::cancel); // the losing hedge stops at once
            }
        }

        private CompletableFuture<ShardOutput> launch(Endpoint e, List<String> symbols, byte[] body,
                                                      CompletableFuture<ShardOutput> result, AtomicInteger failed,
                                                      List<CompletableFuture<ShardOutput>> attempts,
                                                      Set<Call> mine) {
            CompletableFuture<ShardOutput> f = new CompletableFuture<>();
            threads.submit(() -> {
                try {
                    ShardOutput out = call(e, symbols, body, mine);
                    f.complete(out);
                    result.complete(out); // the first good answer wins; a later one is dropped
                } catch (Throwable t) {
                    f.completeExceptionally(t);
                    int n = failed.incrementAndGet();
                    int launched;
                    synchronized (attempts) {
                        launched = attempts.size();
                    }
                    if (n >= Math.max(1, launched)) {
                        result.completeExceptionally(t);
                    }
                }
            });
            return f;
        }

        private ShardOutput call(Endpoint e, List<String> symbols, byte[] body, Set<Call> mine)
                throws ShardFailure, InterruptedException {
            String path = ShardHandler.PATH;
            Request.Builder rb = new Request.Builder().url(e.url.resolve(path).toString())
                    .post(RequestBody.create(body, JSON)).header("Content-Encoding", "gzip");
            HmacAuth.sign(settings.key(), "POST", path, body, clock).forEach(rb::header);
            inFlight.acquire();
            Call c = http.newCall(rb.build());
            c.timeout().timeout(settings.deadline().toMillis(), TimeUnit.MILLISECONDS);
            calls.add(c);
            mine.add(c);
            try {
                if (cancelled) {
                    c.cancel();
                }
                try (Response resp = c.execute()) {
                    if (resp.code() == 429) {
                        throw new Throttled("429 from " + e, retryAfterMillis(resp.header("Retry-After")));
                    }
                    if (resp.code() != 200) {
                        e.breaker.onFailure();
                        throw new ShardFailure(e + " answered " + resp.code() + ": " + snippet(resp.body()));
                    }
                    byte[] bytes = readLimited(resp.body());
                    ShardWire.Response r;
                    try {
                        r = ShardWire.decodeResponse(bytes, symbols, shape[0], shape[1], shape[2]);
                    } catch (WireException w) {
                        e.breaker.onFailure();
                        throw new ShardFailure("rejected response from " + e + ": " + w.getMessage());
                    }
                    if (!r.engineId().equals(engineId) || !r.dataVersion().equals(market.dataVersion())) {
                        e.breaker.onFailure();
                        throw new ShardFailure(e + " computes with engine " + r.engineId() + " on data "
                                + r.dataVersion() + ", this client with " + engineId + " on " + market.dataVersion());
                    }
                    e.breaker.onSuccess();
                    return r.output();
                }
            } catch (InterruptedIOException io) {
                if (cancelled || Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("scan cancelled");
                }
                e.breaker.onFailure();
                throw new ShardTimeout(e + ": " + io.getMessage());
            } catch (IOException io) {
                if (cancelled) {
                    throw new CancellationException("scan cancelled");
                }
                e.breaker.onFailure();
                throw new ShardFailure(e + ": " + io);
            } finally {
                calls.remove(c);
                inFlight.release();
            }
        }

        private long retryAfterMillis(String h) {
            if (h != null) {
                try {
                    return Math.min(settings.deadline().toMillis(), Long.parseLong(h.trim()) * 1000);
                } catch (NumberFormatException ignored) {
                    // an HTTP date: fall back to the backoff
                }
            }
            return settings.backoff().toMillis();
        }
    }

    private static String snippet(ResponseBody b) throws IOException {
        String s = new String(b.byteStream().readNBytes(200), java.nio.charset.StandardCharsets.UTF_8);
        return s.strip();
    }

    private static byte[] readLimited(ResponseBody b) throws IOException, ShardFailure {
        long declared = b.contentLength();
        if (declared > ShardWire.MAX_RESPONSE_BYTES) {
            throw new ShardFailure("response of " + declared + " bytes exceeds " + ShardWire.MAX_RESPONSE_BYTES);
        }
        try (InputStream in = b.byteStream()) {
            byte[] bytes = in.readNBytes(ShardWire.MAX_RESPONSE_BYTES + 1);
            if (bytes.length > ShardWire.MAX_RESPONSE_BYTES) {
                throw new ShardFailure("response exceeds " + ShardWire.MAX_RESPONSE_BYTES + " bytes");
            }
            return bytes;
        }
    }
}
