package io.technic.scanner.cache;

/**
 * Statistics of one cache tier since it was created.
 *
 * @param tier         {@code L1} or {@code L2}
 * @param state        {@code UP}, {@code DOWN} (not connected), {@code OPEN} (breaker open) or {@code OFF}
 * @param hits         lookups answered (whole results and feature rows)
 * @param misses       lookups not answered (corrupt entries and unavailable tiers count as misses)
 * @param meanMicros   mean lookup latency per call, microseconds (a batch lookup is one call)
 * @param maxMicros    longest lookup call, microseconds
 * @param entries      entries held ({@code -1} when unknown)
 * @param bytes        bytes held ({@code -1} when unknown)
 * @param evictions    entries evicted for size ({@code -1} when unknown)
 * @param errors       failed or timed-out calls
 * @param corrupt      entries that failed the codec's checks
 */
public record TierStats(String tier, String state, long hits, long misses, double meanMicros, double maxMicros,
                        long entries, long bytes, long evictions, long errors, long corrupt) {

    /** hits / (hits + misses), 0 when nothing was looked up. */
    public double hitRate() {
        long n = hits + misses;
        return n == 0 ? 0 : (double) hits / n;
    }
}
