package io.technic.scanner.model;

/**
 * A snapshot of a running scan.
 *
 * @param stage            current stage
 * @param done             symbols finished in the current stage
 * @param total            symbols the current stage has to process
 * @param symbolsPerSecond throughput of the current stage so far (0 before the first symbol)
 * @param etaMillis        estimated milliseconds left in the current stage, -1 when unknown
 * @param elapsedMillis    milliseconds since the scan started
 * @param retries          remote shard attempts retried so far (0 for a local scan)
 */
public record ScanProgress(Stage stage, int done, int total, double symbolsPerSecond, long etaMillis,
                           long elapsedMillis, int retries) {

    /** A snapshot without remote retries. */
    public ScanProgress(Stage stage, int done, int total, double symbolsPerSecond, long etaMillis, long elapsedMillis) {
        this(stage, done, total, symbolsPerSecond, etaMillis, elapsedMillis, 0);
    }

    /** Fraction of the current stage done, 0..1. */
    public double fraction() {
        return total == 0 ? 0 : (double) done / total;
    }
}
