package io.technic.app.bench;

import java.util.Arrays;

/**
 * Summary of repeated timings of one workload, in milliseconds.
 *
 * @param medianMs median sample (mean of the two middle ones for an even count)
 * @param minMs    fastest sample
 * @param maxMs    slowest sample
 * @param samples  number of measured samples (warm-ups excluded)
 */
public record Stats(double medianMs, double minMs, double maxMs, int samples) {

    /**
     * Summarises samples given in milliseconds.
     *
     * @throws IllegalArgumentException if {@code samplesMs} is empty
     */
    public static Stats ofMillis(double... samplesMs) {
        if (samplesMs.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] s = samplesMs.clone();
        Arrays.sort(s);
        int n = s.length;
        double median = (n % 2 == 1) ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        return new Stats(median, s[0], s[n - 1], n);
    }

    /** Summarises samples given in nanoseconds. */
    public static Stats ofNanos(long... samplesNs) {
        double[] ms = new double[samplesNs.length];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = samplesNs[i] / 1e6;
        }
        return ofMillis(ms);
    }

    /** These times multiplied by {@code factor} (a sample's time extrapolated to a whole universe). */
    public Stats scaled(double factor) {
        return new Stats(medianMs * factor, minMs * factor, maxMs * factor, samples);
    }

    /**
     * How many times faster {@code subject} is than {@code reference} (ratio of medians), or
     * {@code null} when either is missing or the subject's median is zero.
     */
    public static Double speedup(Stats reference, Stats subject) {
        if (reference == null || subject == null || subject.medianMs <= 0) {
            return null;
        }
        return reference.medianMs / subject.medianMs;
    }
}
