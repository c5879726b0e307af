package io.technic.scanner.indicator;

/**
 * Lowest value over the last {@code period} bars, this bar included (TA-Lib MIN). Feeds
 * Donchian channels (20) and the 52-week low (252). O(1) amortised per bar through a monotonic
 * deque; allocates one {@code int[period]} per call.
 */
public final class RollingMin {

    private RollingMin() {}

    /** Warm-up in bars: {@code period - 1}. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes the rolling minimum of {@code in[from, to)} into {@code out[from, to)}.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    public static void compute(double[] in, int from, int to, int period, double[] out) {
        RollingMax.compute(in, from, to, period, false, out);
    }
}
