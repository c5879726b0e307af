package io.technic.scanner.indicator;

import java.util.Arrays;

/** Simple moving average over {@code period} bars (TA-Lib SMA). */
public final class Sma {

    private Sma() {}

    /** Warm-up in bars: {@code period - 1}. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes the SMA of {@code in[from, to)} into {@code out[from, to)}.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    public static void compute(double[] in, int from, int to, int period, double[] out) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1: " + period);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        Arrays.fill(out, from, first, Double.NaN);
        double sum = 0;
        for (int i = from; i < first; i++) {
            sum += in[i];
        }
        // TA-Lib order: add the new value, emit, then drop the oldest.
        for (int i = first, trail = from; i < to; i++, trail++) {
            sum += in[i];
            out[i] = sum / period;
            sum -= in[trail];
        }
    }
}
