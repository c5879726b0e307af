package io.technic.scanner.cache;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free hit/miss/latency counters of one tier. */
final class Counters {
    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
    final LongAdder calls = new LongAdder();
    final LongAdder nanos = new LongAdder();
    final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);
    final AtomicLong errors = new AtomicLong();
    final AtomicLong corrupt = new AtomicLong();

    void call(long startNanos) {
        long d = System.nanoTime() - startNanos;
        calls.increment();
        nanos.add(d);
        maxNanos.accumulate(d);
    }

    TierStats snapshot(String tier, String state, long entries, long bytes, long evictions) {
        long c = calls.sum();
        return new TierStats(tier, state, hits.sum(), misses.sum(), c == 0 ? 0 : nanos.sum() / 1e3 / c,
                maxNanos.get() / 1e3, entries, bytes, evictions, errors.get(), corrupt.get());
    }
}
