package io.technic.scanner.exec;

import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.Stage;
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
        ScanJob job = new ScanJob(listener);
        pool.execute(() -> job.execute(request, market, loader, executor));
        return job;
    }

    private void execute(ScanRequest request, Market given, Function<String, Market> loader,
                         LocalScanExecutor executor) {
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
            ScanResult r = executor.run(request, market, loadMillis, tracker);
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
