package io.technic.app.ui.service;

import io.technic.app.context.Engine;
import io.technic.scanner.api.ScanHandle;
import io.technic.scanner.api.ScanListener;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.cache.CacheConfig;
import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.cache.TieredScanCache;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@link ScanService} on the local engine ({@link Engine}): one scanner per sector-neutral setting. */
public final class EngineScanService implements ScanService {

    /**
     * The nice value of the scan threads (Linux): the FX thread, at 0, preempts them when it
     * wakes, so the window keeps drawing while a scan takes every core.
     */
    static final int SCAN_NICE = 10;

    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        // Not lowered like the scan threads: it builds the engine and initialises classes under
        // locks the FX thread may wait on, and a starved holder would stall the window (measured:
        // at nice 10 on a loaded machine a UI test's typing stalled for over 10 s).
        Thread t = new Thread(r, "technic-ui-load");
        t.setDaemon(true);
        return t;
    });
    /** In-process (L1) cache shared by both scanners: a repeated scan is served from memory. */
    private final ScanCache cache = new TieredScanCache(CacheConfig.defaults());
    private Scanner plain;
    private Scanner neutral;

    /** Builds the default scanner in the background, so the first Run does not load engine classes on the FX thread. */
    public EngineScanService() {
        loader.execute(() -> {
            synchronized (this) {
                if (plain == null) {
                    plain = Engine.scanner(false, cache, null).withBackgroundPriority(SCAN_NICE);
                }
            }
        });
    }

    @Override
    public synchronized ScanHandle submit(ScanRequest request, boolean sectorNeutral, ScanListener listener) {
        Scanner s;
        if (sectorNeutral) {
            s = neutral == null ? neutral = Engine.scanner(true, cache, null).withBackgroundPriority(SCAN_NICE) : neutral;
        } else {
            s = plain == null ? plain = Engine.scanner(false, cache, null).withBackgroundPriority(SCAN_NICE) : plain;
        }
        return s.submit(request, listener);
    }

    @Override
    public CompletableFuture<Market> market(String source) {
        try {
            return CompletableFuture.supplyAsync(() -> Engine.load(source), loader);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // a scan that finished after its window closed: nothing is waiting for the market
            return CompletableFuture.failedFuture(new java.util.concurrent.CancellationException("scan service closed"));
        }
    }

    @Override
    public synchronized void close() {
        loader.shutdownNow();
        if (plain != null) {
            plain.close();
        }
        if (neutral != null) {
            neutral.close();
        }
        cache.close();
    }
}
