package io.technic.scanner.cache;

import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import java.time.LocalDate;
import java.util.List;

/**
 * Where scans keep what they computed: whole results (keyed by request hash, as-of date, data
 * version, engine and model versions — see {@code exec.ScanKeys}) and per-symbol feature rows.
 * Implementations never throw from lookups or writes because a tier is unavailable: a lookup
 * that cannot be answered is a miss. Thread-safe.
 */
public interface ScanCache extends AutoCloseable {

    /** A cached whole result and the tier that answered ({@code L1} or {@code L2}). */
    record Hit(ScanResult result, String tier) {}

    /** Whether this cache stores anything (false for {@link #none()}). */
    boolean enabled();

    /** The cached result under {@code key} with {@code request} attached, or null. */
    Hit getResult(String key, ScanRequest request);

    /** Stores a result; its time to live follows the {@link TtlPolicy} for its as-of date. */
    void putResult(String key, ScanResult result);

    /**
     * Looks up feature rows in one batch.
     *
     * @param cols the row width; entries of another width are misses
     * @return an array aligned with {@code keys}, null where missing
     */
    double[][] getRows(String[] keys, int cols);

    /** Stores feature rows computed for {@code asOf} (arrays are handed over, not copied). */
    void putRows(String[] keys, double[][] rows, LocalDate asOf);

    /** Statistics per tier. */
    CacheStats stats();

    /** Releases connections; later calls are misses and no-ops. */
    @Override
    void close();

    /** A cache that stores nothing. */
    static ScanCache none() {
        return NoCache.INSTANCE;
    }

    /** The disabled cache. */
    final class NoCache implements ScanCache {
        static final NoCache INSTANCE = new NoCache();

        private NoCache() {}

        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public Hit getResult(String key, ScanRequest request) {
            return null;
        }

        @Override
        public void putResult(String key, ScanResult result) {}

        @Override
        public double[][] getRows(String[] keys, int cols) {
            return new double[keys.length][];
        }

        @Override
        public void putRows(String[] keys, double[][] rows, LocalDate asOf) {}

        @Override
        public CacheStats stats() {
            return new CacheStats(List.of(), 0, 0);
        }

        @Override
        public void close() {}
    }
}
