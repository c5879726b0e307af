package io.technic.app.ui.service;

import io.technic.scanner.api.ScanHandle;
import io.technic.scanner.api.ScanListener;
import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import java.util.concurrent.CompletableFuture;

/**
 * What the screens need from the engine. Nothing here blocks the caller: scans run on the
 * engine's threads, sources load on a background thread. Results and progress arrive on those
 * threads; view models hop to the FX thread through {@link io.technic.app.ui.fx.FxGate}.
 */
public interface ScanService extends AutoCloseable {

    /**
     * Starts a scan; the source is loaded (or taken from the cache of the last source) on an
     * engine thread.
     *
     * @param sectorNeutral measure factor z-scores within each sector
     * @throws IllegalArgumentException if the request is invalid for the engine (e.g. lookback too short)
     */
    ScanHandle submit(ScanRequest request, boolean sectorNeutral, ScanListener listener);

    /**
     * Starts a scan that, with {@code offload} on, runs under the configured execution policy
     * ({@link #configure}); off, it runs on this machine.
     *
     * @throws IllegalArgumentException if the request is invalid for the engine
     */
    default ScanHandle submit(ScanRequest request, boolean sectorNeutral, boolean offload, ScanListener listener) {
        return submit(request, sectorNeutral, listener);
    }

    /** Uses {@code config} (Redis, endpoints, key, policy) from the next scan on; may block briefly (call off the FX thread). */
    default void configure(OffloadConfig config) {
    }

    /** The market behind a source spec, loaded off the caller's thread (cached for the last spec). */
    CompletableFuture<Market> market(String source);

    /**
     * The user's bar store, the one {@code technic sync} fills (the live provider's data), read
     * off the caller's thread: its contents in brief, or null when no store has been written there.
     * Completes exceptionally when the store is there but cannot be read.
     */
    CompletableFuture<BarStore.Info> liveStore();

    /** Where {@link #liveStore()} looks: the user's bar store directory ({@link BarStore#defaultDirectory()}). */
    default java.nio.file.Path liveStoreDirectory() {
        return BarStore.defaultDirectory();
    }

    @Override
    void close();
}
