package io.technic.scanner.model;

import java.util.Map;

/**
 * Timings of one scan.
 *
 * @param stageMillis      wall time per stage name (LOAD, PRESCREEN, INDICATORS, SCORE, RANK), in order
 * @param totalMillis      wall time of the whole scan including loading
 * @param symbolsPerSecond universe size / wall time of the stages after loading
 * @param threads          worker threads used
 * @param source           where the result came from: {@code local} (later also cache, remote)
 */
public record ScanMetrics(Map<String, Double> stageMillis, double totalMillis, double symbolsPerSecond,
                          int threads, String source) {
    public ScanMetrics {
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }
}
