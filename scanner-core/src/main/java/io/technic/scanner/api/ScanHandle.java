package io.technic.scanner.api;

import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanResult;
import java.util.concurrent.CompletableFuture;

/** A running scan. Thread-safe; no method blocks. */
public interface ScanHandle {

    /** The latest progress snapshot. */
    ScanProgress progress();

    /**
     * Requests cancellation; the workers notice within a block of symbols (well under 100 ms)
     * and {@link #result()} then completes as cancelled ({@code isCancelled()} is true and
     * {@code get()} throws {@link java.util.concurrent.CancellationException}). No effect once done.
     */
    void cancel();

    /** Completes with the result, or exceptionally on failure or cancellation. */
    CompletableFuture<ScanResult> result();
}
