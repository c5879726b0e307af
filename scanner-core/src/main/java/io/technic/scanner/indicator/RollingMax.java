package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Highest value over the last {@code period} bars, this bar included (TA-Lib MAX). Feeds
 * Donchian channels (20) and the 52-week high (252). A range with at most {@code period} outputs
 * (the engine's tail evaluations) is scanned directly ({@link WindowExtremes}); a longer one goes
 * through a monotonic deque, O(1) amortised per bar, which allocates one {@code int[period]}. Either
 * way the same values, bit for bit.
 */
public final class RollingMax {

    private RollingMax() {}

    /** Warm-up in bars: {@code period - 1}. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes the rolling maximum of {@code in[from, to)} into {@code out[from, to)}.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    public static void compute(double[] in, int from, int to, int period, double[] out) {
        compute(in, from, to, period, true, out);
    }

    static void compute(double[] in, int from, int to, int period, boolean max, double[] out) {
        compute(in, from, to, period, max, true, out);
    }

    /** {@code scan == false} forces the deque, so that tests can hold the two paths together. */
    static void compute(double[] in, int from, int to, int period, boolean max, boolean scan, double[] out) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1: " + period);
        }
        int first = from + period - 1;
        if (first >= to) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        Arrays.fill(out, from, first, Double.NaN);
        if (scan && WindowExtremes.pays(to - first, period)) {
            WindowExtremes.values(in, from, to, period, max, out, first);
            return;
        }
        MonotonicDeque window = new MonotonicDeque(period, max);
        for (int i = from; i < first; i++) {
            window.push(in, i);
        }
        for (int i = first; i < to; i++) {
            window.dropBefore(i - period + 1);
            window.push(in, i);
            out[i] = in[window.front()];
        }
    }
}
