package io.technic.scanner.api;

import io.technic.scanner.model.ScanProgress;

/**
 * Receives progress of a scan on an engine thread. Calls are throttled by the engine (at
 * most one every ~50 ms per scan plus one per stage change); implementations must return
 * quickly and must not block.
 */
@FunctionalInterface
public interface ScanListener {
    void onProgress(ScanProgress progress);

    ScanListener NONE = p -> { };
}
