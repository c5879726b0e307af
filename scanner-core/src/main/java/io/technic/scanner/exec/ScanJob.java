package io.technic.scanner.exec;

import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanMetrics;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.Stage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One scan running on the engine's threads: loads the market (unless given), runs the local
 * pipeline, completes {@link #result()}. Thread-safe; nothing here blocks the caller.
 */
public final class ScanJob {

    private final ProgressTracker tracker;
    private final CompletableFuture<ScanResult> result = new CompletableFuture<>();

    private ScanJob(Consumer<ScanProgress> listener) {
        this.tracker = new ProgressTracker(listener);
    }

    /**
     * Starts a scan. {@code market} may be {@code null}, in which case {@code loader} loads
     * {@code request.source()} on an engine thread (timed as the LOAD stage).
     */
    public static ScanJob start(ScanRequest request, Market market, Function<String, Market> loader,
                                LocalScanExecutor executor, ExecutorService pool, Consumer<ScanProgress> listener) {
        return start(request, market, loader, executor, null, pool, listener);
    }

    /**
     * Starts a scan that first looks for the whole result in the executor's cache (stored after
     * computing) and hands the per-symbol stages to {@code offload} when it wants them.
     *
     * @param offload remote execution, or null for local only
     */
    public static ScanJob start(ScanRequest request, Market market, Function<String, Market> loader,
                                LocalScanExecutor executor, Offload offload, ExecutorService pool,
                                Consumer<ScanProgress> listener) {
        ScanJob job = new ScanJob(listener);
        pool.execute(() -> job.execute(request, market, loader, executor, offload));
        return job;
    }

    private void execute(ScanRequest request, Market given, Function<String, Market> loader,
                         LocalScanExecutor executor, Offload offload) {
        try {
            long t0 = System.nanoTime();
            Market market = given;
            if (market == null) {
                tracker.stage(Stage.LOAD, 0);
                market = loader.apply(request.source());
            }
            double loadMillis = (System.nanoTime() - t0) / 1e6;
            if (tracker.isCancelled()) {
                throw new CancellationException("scan cancelled");
            }
            ScanCache cache = executor.cache();
            String key = null;
            ScanResult r = null;
            if (cache.enabled()) {
                long tc = System.nanoTime();
                key = ScanKeys.result(request, market, executor);
                ScanCache.Hit hit = cache.getResult(key, request);
                if (hit != null) {
                    double cacheMillis = (System.nanoTime() - tc) / 1e6;
                    Map<String, Double> stages = new LinkedHashMap<>();
                    stages.put(Stage.LOAD.name(), loadMillis);
                    stages.put("CACHE", cacheMillis);
                    ScanResult c = hit.result();
                    r = new ScanResult(c.request(), c.asOf(), c.source(), c.dataVersion(), c.schema(), c.rows(),
                            c.filtered(), c.skipped(), c.regime(), c.accounting(),
                            c.metrics().servedFrom(stages, loadMillis + cacheMillis,
                                    ScanMetrics.Sources.cache(hit.tier())));
                }
            }
            if (r == null) {
                r = executor.run(request, market, loadMillis, tracker, control(request, market, executor), offload);
                if (key != null) {
                    cache.putResult(key, r);
                }
            }
            tracker.stage(Stage.DONE, r.accounting().universe());
            result.complete(r);
        } catch (CancellationException e) {
            tracker.stage(Stage.CANCELLED, 0);
            result.completeExceptionally(e);
        } catch (Throwable t) {
            tracker.stage(Stage.FAILED, 0);
            result.completeExceptionally(t);
        }
    }

    private Offload.Control control(ScanRequest request, Market market, LocalScanExecutor executor) {
        return new Offload.Control() {
            @Override
            public boolean isCancelled() {
                return tracker.isCancelled();
            }

            @Override
            public void shards(int done, int total) {
                tracker.shards(done, total);
            }

            @Override
            public void retries(int total) {
                tracker.retries(total);
            }

            @Override
            public ShardOutput computeLocally(List<String> symbols) {
                Map<String, Integer> pos = market.positions();
                int[] positions = new int[symbols.size()];
                for (int i = 0; i < positions.length; i++) {
                    positions[i] = pos.get(symbols.get(i));
                }
                return executor.computeSymbols(request, market, positions, new ProgressTracker(p -> { }, tracker::isCancelled));
            }
        };
    }

    public ScanProgress progress() {
        return tracker.snapshot();
    }

    public void cancel() {
        if (!result.isDone()) {
            tracker.cancel();
        }
    }

    public CompletableFuture<ScanResult> result() {
        return result;
    }
}
