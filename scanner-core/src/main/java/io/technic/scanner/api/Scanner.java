package io.technic.scanner.api;

import io.technic.scanner.cache.CacheStats;
import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.exec.BackgroundPriority;
import io.technic.scanner.exec.LocalScanExecutor;
import io.technic.scanner.exec.Offload;
import io.technic.scanner.exec.ScanJob;
import io.technic.scanner.feature.FeatureEngine;
import io.technic.scanner.indicator.ScanRecurrencesBatch;
import io.technic.scanner.ml.AlphaModel;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.score.Scorer;
import io.technic.scanner.score.UniverseScorer;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The engine's front door. Owns its worker threads (daemon, named {@code technic-scan-N});
 * {@link #submit} never blocks. Thread-safe: many scans may run at once.
 *
 * <pre>{@code
 * try (Scanner scanner = new Scanner(loader, features, scorer)) {
 *     ScanHandle h = scanner.submit(ScanRequest.of("sim"), p -> System.out.println(p));
 *     ScanResult r = h.result().join();
 * }
 * }</pre>
 */
public final class Scanner implements AutoCloseable {

    private final Function<String, Market> loader;
    private final LocalScanExecutor executor;
    private final ExecutorService pool;
    private final Offload offload;
    private final Named threads = new Named();

    /**
     * @param loader   turns {@link ScanRequest#source()} into a market (called on an engine thread)
     * @param features the feature engine
     * @param scorer   the per-symbol scorer
     */
    public Scanner(Function<String, Market> loader, FeatureEngine features, Scorer scorer) {
        this(loader, features, scorer, null);
    }

    /**
     * @param universeScorer cross-sectional scores; its first score ranks the rows (null: the
     *                       per-symbol scorer's headline ranks them)
     */
    public Scanner(Function<String, Market> loader, FeatureEngine features, Scorer scorer,
                   UniverseScorer universeScorer) {
        this(loader, features, scorer, universeScorer, List.of());
    }

    /**
     * @param models alpha models whose forecasts feed the universe scorer (e.g. MERIT's alpha slot)
     * @throws AlphaModel.SchemaMismatchException if a model was trained on another feature schema
     */
    public Scanner(Function<String, Market> loader, FeatureEngine features, Scorer scorer,
                   UniverseScorer universeScorer, List<AlphaModel> models) {
        this(loader, features, scorer, universeScorer, models, ScanCache.none(), null);
    }

    /**
     * @param cache   whole results and feature rows are looked up here first and stored after
     *                computing; the scanner does not close it
     * @param offload runs the per-symbol stages remotely when its policy wants (null: always local)
     */
    public Scanner(Function<String, Market> loader, FeatureEngine features, Scorer scorer,
                   UniverseScorer universeScorer, List<AlphaModel> models, ScanCache cache, Offload offload) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.pool = Executors.newCachedThreadPool(threads);
        this.executor = new LocalScanExecutor(features, scorer, universeScorer, pool, models)
                .withCache(Objects.requireNonNull(cache, "cache"));
        this.offload = offload;
    }

    /** The cache scans use ({@link ScanCache#none()} when none). */
    public ScanCache cache() {
        return executor.cache();
    }

    /** Statistics of the scan cache per tier (hits, misses, hit rate, latency, size, evictions). */
    public CacheStats cacheStats() {
        return executor.cache().stats();
    }

    /** The local executor (what workers and the remote client's local fallback run). */
    public LocalScanExecutor executor() {
        return executor;
    }

    /** The alpha models scans run. */
    public List<AlphaModel> models() {
        return executor.models();
    }

    /** The feature engine scans use. */
    public FeatureEngine features() {
        return executor.features();
    }

    /**
     * Starts a scan of {@code request.source()}.
     *
     * @throws IllegalArgumentException if the request's lookback is shorter than the engine's minimum
     */
    public ScanHandle submit(ScanRequest request, ScanListener listener) {
        return submit(request, null, listener);
    }

    /** Starts a scan over an already loaded market ({@code request.source()} is then only recorded). */
    public ScanHandle submit(ScanRequest request, Market market, ScanListener listener) {
        int min = executor.features().minBars();
        if (request.lookback() != 0 && request.lookback() < min) {
            throw new IllegalArgumentException(
                    "lookback " + request.lookback() + " is shorter than the " + min + " bars the indicators need");
        }
        ScanListener l = listener == null ? ScanListener.NONE : listener;
        ScanJob job = ScanJob.start(request, market, loader, executor, offload, pool, l::onProgress);
        // the first scan ran the scalar recurrences; warm the vector ones for the next (see ScanRecurrencesBatch)
        job.result().whenComplete((r, e) -> ScanRecurrencesBatch.warmUpInBackground(pool));
        return new ScanHandle() {
            @Override
            public ScanProgress progress() {
                return job.progress();
            }

            @Override
            public void cancel() {
                job.cancel();
            }

            @Override
            public CompletableFuture<ScanResult> result() {
                return job.result();
            }
        };
    }

    /**
     * Runs a scan to completion on the engine's threads and returns its result (blocks the
     * caller; for CLIs and tests).
     *
     * @throws RuntimeException the scan's own failure (e.g. a {@code DataException}), unwrapped
     */
    public ScanResult run(ScanRequest request) {
        try {
            return submit(request, ScanListener.NONE).result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new CompletionException(e.getCause());
        }
    }

    /**
     * Runs this scanner's threads created from now on at the given nice value (1–19) where the
     * platform allows ({@link BackgroundPriority}): what a desktop app wants, so its UI thread
     * keeps drawing while a scan uses every core. Off by default (a command line or a worker
     * wants the CPU for the scan).
     *
     * @return this scanner
     * @throws IllegalArgumentException if {@code nice} is outside 1–19
     */
    public Scanner withBackgroundPriority(int nice) {
        threads.nice = BackgroundPriority.requireNice(nice);
        return this;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static final class Named implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();
        volatile int nice;

        @Override
        public Thread newThread(Runnable r) {
            int lower = nice;
            Runnable body = lower == 0 ? r : () -> {
                BackgroundPriority.lowerCurrentThread(lower);
                r.run();
            };
            Thread t = new Thread(body, "technic-scan-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
