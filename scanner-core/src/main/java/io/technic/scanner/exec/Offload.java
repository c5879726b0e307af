package io.technic.scanner.exec;

import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanMetrics;
import io.technic.scanner.model.ScanRequest;
import java.util.Map;

/**
 * Runs a scan's per-symbol stages somewhere other than (or besides) this process: the remote
 * executor implements it. The cross-sectional stages always run locally after it returns.
 */
public interface Offload {

    /**
     * Whether this scan should be offloaded at all (the execution policy's decision).
     *
     * @param universe the resolved universe
     */
    boolean wants(ScanRequest request, Market market, LocalScanExecutor.Universe universe);

    /**
     * Computes the per-symbol output for {@code universe.symbols()}, in that order.
     *
     * @param local       the local executor, for shards that fall back to local computation
     * @param control     progress and cancellation of the running scan
     * @param stageMillis stage timings to add to
     * @throws java.util.concurrent.CancellationException when the scan is cancelled
     */
    Outcome compute(ScanRequest request, Market market, LocalScanExecutor.Universe universe,
                    LocalScanExecutor local, Control control, Map<String, Double> stageMillis);

    /** The merged output and where its shards ran. */
    record Outcome(ShardOutput output, ScanMetrics.Sources sources) {}

    /** The running scan's side of an offload: cancellation, progress and local fallback. */
    interface Control {
        boolean isCancelled();

        /** Reports shard progress (done of total shards). */
        void shards(int done, int total);

        /** Reports that {@code total} shard attempts have been retried so far in this scan. */
        default void retries(int total) {
        }

        /** Computes a shard locally (symbols of the market, any order), observing cancellation. */
        ShardOutput computeLocally(java.util.List<String> symbols);
    }
}
