package io.technic.scanner.model;

import java.util.Map;

/**
 * Timings of one scan and where its parts came from.
 *
 * @param stageMillis      wall time per stage name (LOAD, PRESCREEN, INDICATORS, SCORE, RANK; REMOTE
 *                         when shards were offloaded), in order
 * @param totalMillis      wall time of the whole scan including loading
 * @param symbolsPerSecond universe size / wall time of the stages after loading
 * @param threads          worker threads used
 * @param source           where the result came from: {@code local}, {@code cache} (a stored whole
 *                         result), {@code remote} or {@code remote+local} (some shards fell back)
 * @param sources          the detail behind {@code source}: cache tier, cached rows, shards, retries
 */
public record ScanMetrics(Map<String, Double> stageMillis, double totalMillis, double symbolsPerSecond,
                          int threads, String source, Sources sources) {
    public ScanMetrics {
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
        sources = sources == null ? Sources.local(0) : sources;
    }

    /** A locally computed scan with no cache involved. */
    public ScanMetrics(Map<String, Double> stageMillis, double totalMillis, double symbolsPerSecond, int threads,
                       String source) {
        this(stageMillis, totalMillis, symbolsPerSecond, threads, source, Sources.local(0));
    }

    /** The same metrics with other totals and source (a result served from the cache). */
    public ScanMetrics servedFrom(Map<String, Double> stages, double total, Sources s) {
        return new ScanMetrics(stages, total, symbolsPerSecond, threads, s.label(), s);
    }

    /**
     * Where a scan's parts came from, for the dashboard's local / cache / remote tiles.
     *
     * @param label          {@code local}, {@code cache}, {@code remote} or {@code remote+local}
     * @param cacheTier      the tier a whole cached result came from ({@code L1}, {@code L2}), else null
     * @param rowsFromCache  per-symbol feature rows taken from the cache instead of computed
     * @param shards         shards the universe was split into (0 = not offloaded)
     * @param remoteShards   shards computed by a remote endpoint
     * @param localShards    shards computed locally after remote attempts failed or were skipped
     * @param retries        remote attempts repeated after a failure or deadline
     * @param hedges         hedged (duplicate) requests sent for stragglers
     */
    public record Sources(String label, String cacheTier, int rowsFromCache, int shards, int remoteShards,
                         int localShards, int retries, int hedges) {
        /** A local computation that took {@code rowsFromCache} feature rows from the cache. */
        public static Sources local(int rowsFromCache) {
            return new Sources("local", null, rowsFromCache, 0, 0, 0, 0, 0);
        }

        /** A whole result served by a cache tier. */
        public static Sources cache(String tier) {
            return new Sources("cache", tier, 0, 0, 0, 0, 0, 0);
        }
    }
}
