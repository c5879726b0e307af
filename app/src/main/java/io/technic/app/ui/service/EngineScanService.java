package io.technic.app.ui.service;

import io.technic.app.context.Engine;
import io.technic.scanner.api.ScanHandle;
import io.technic.scanner.api.ScanListener;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.cache.CacheConfig;
import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.cache.TieredScanCache;
import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.model.Market;
import io.technic.scanner.remote.RemoteExecutor;
import io.technic.scanner.model.ScanRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ScanService} on the local engine ({@link Engine}): one scanner per sector-neutral
 * setting and offload state. {@link #configure} swaps the cache (in process, plus Redis when set)
 * and the remote executor; scanners built before keep running their scans and are closed with
 * the service.
 */
public final class EngineScanService implements ScanService {

    private static final Logger LOG = LoggerFactory.getLogger(EngineScanService.class);

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
    /** The cache shared by all scanners: a repeated scan is served from memory (or the shared Redis). */
    private ScanCache cache = new TieredScanCache(CacheConfig.defaults());
    private RemoteExecutor remote;
    private OffloadConfig config = OffloadConfig.none();
    /** [sectorNeutral ? 1 : 0][offload ? 1 : 0] */
    private final Scanner[][] scanners = new Scanner[2][2];
    private final List<AutoCloseable> retired = new ArrayList<>();

    /** Builds the default scanner in the background, so the first Run does not load engine classes on the FX thread. */
    public EngineScanService() {
        loader.execute(() -> scanner(false, false));
    }

    private synchronized Scanner scanner(boolean sectorNeutral, boolean offload) {
        int n = sectorNeutral ? 1 : 0;
        int o = offload && remote != null ? 1 : 0;
        if (scanners[n][o] == null) {
            scanners[n][o] = Engine.scanner(sectorNeutral, cache, o == 1 ? remote : null)
                    .withBackgroundPriority(SCAN_NICE);
        }
        return scanners[n][o];
    }

    @Override
    public ScanHandle submit(ScanRequest request, boolean sectorNeutral, ScanListener listener) {
        return submit(request, sectorNeutral, false, listener);
    }

    @Override
    public ScanHandle submit(ScanRequest request, boolean sectorNeutral, boolean offload, ScanListener listener) {
        return scanner(sectorNeutral, offload).submit(request, listener);
    }

    @Override
    public synchronized void configure(OffloadConfig next) {
        if (next.sameAs(config)) {
            return; // nothing changed: keep the scanners, their cache and their circuit breakers
        }
        boolean cacheChanged = !java.util.Objects.equals(next.cache(), config.cache());
        ScanCache nextCache = cacheChanged ? new TieredScanCache(next.cache()) : cache;
        RemoteExecutor nextRemote = next.missingForOffload() == null ? new RemoteExecutor(next.remote()) : null;
        for (Scanner[] row : scanners) {
            for (int i = 0; i < row.length; i++) {
                if (row[i] != null) {
                    retired.add(row[i]);
                    row[i] = null;
                }
            }
        }
        if (cacheChanged) {
            retired.add(cache);
        }
        if (remote != null) {
            retired.add(remote);
        }
        cache = nextCache;
        remote = nextRemote;
        config = next;
        LOG.info("scan service configured: {}", next);
    }

    /** The configuration in use. */
    public synchronized OffloadConfig config() {
        return config;
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
    public CompletableFuture<BarStore.Info> liveStore() {
        Path dir = liveStoreDirectory();
        try {
            return CompletableFuture.supplyAsync(() -> {
                BarStore s = new BarStore(dir);
                return s.exists() ? s.info() : null;
            }, loader);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(new java.util.concurrent.CancellationException("scan service closed"));
        }
    }

    @Override
    public synchronized void close() {
        loader.shutdownNow();
        List<AutoCloseable> all = new ArrayList<>();
        for (Scanner[] row : scanners) {
            for (Scanner s : row) {
                if (s != null) {
                    all.add(s);
                }
            }
        }
        all.addAll(retired);
        if (remote != null) {
            all.add(remote);
        }
        all.add(cache);
        for (AutoCloseable c : all) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("closing {}: {}", c, e.toString());
            }
        }
    }
}
