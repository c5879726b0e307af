package io.technic.app.bench;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Times a {@link Workload}: {@code warmups} untimed runs (continued until a minimum warm-up time
 * has passed, so that code run once per workload — a scan's ranking — is compiled before it is
 * timed, as it is in an app that scans all day), then {@code iterations} timed runs,
 * summarised as {@link Stats}. Results are folded into a volatile sink so the work cannot be
 * eliminated. Not thread-safe; one measurement at a time.
 */
public final class BenchHarness {

    private final int warmups;
    private final int iterations;
    private final long minWarmupNanos;
    private final LongSupplier nanoClock;
    private volatile double sink;

    /**
     * @throws IllegalArgumentException if {@code warmups < 0} or {@code iterations < 1}
     */
    public BenchHarness(int warmups, int iterations) {
        this(warmups, iterations, 0, System::nanoTime);
    }

    /** With warm-up runs continued until {@code minWarmupMillis} have passed. */
    public BenchHarness(int warmups, int iterations, long minWarmupMillis) {
        this(warmups, iterations, minWarmupMillis, System::nanoTime);
    }

    /** As {@link #BenchHarness(int, int, long)} with an injectable nanosecond clock (for tests). */
    public BenchHarness(int warmups, int iterations, long minWarmupMillis, LongSupplier nanoClock) {
        if (warmups < 0 || iterations < 1 || minWarmupMillis < 0) {
            throw new IllegalArgumentException("warmups >= 0, iterations >= 1 and minWarmupMillis >= 0 required: "
                    + warmups + ", " + iterations + ", " + minWarmupMillis);
        }
        this.warmups = warmups;
        this.iterations = iterations;
        this.minWarmupNanos = minWarmupMillis * 1_000_000;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    public int warmups() {
        return warmups;
    }

    public int iterations() {
        return iterations;
    }

    /** Runs the workload {@code warmups + iterations} times and summarises the timed runs. */
    public Stats measure(Workload workload) {
        Objects.requireNonNull(workload, "workload");
        double acc = 0;
        long start = nanoClock.getAsLong();
        for (int i = 0; i < warmups || nanoClock.getAsLong() - start < minWarmupNanos; i++) {
            acc += workload.run();
        }
        long[] samples = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = nanoClock.getAsLong();
            acc += workload.run();
            samples[i] = nanoClock.getAsLong() - t0;
        }
        sink += acc;
        return Stats.ofNanos(samples);
    }

    /** The folded checksums of everything measured so far (keeps the work observable). */
    public double sink() {
        return sink;
    }
}
