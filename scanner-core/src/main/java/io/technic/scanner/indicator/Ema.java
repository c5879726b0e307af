package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Exponential moving average with {@code k = 2 / (period + 1)}, seeded with the SMA of the
 * first {@code period} values (TA-Lib EMA, default compatibility).
 */
public final class Ema {

    private Ema() {}

    /** Warm-up in bars: {@code period - 1}. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes the EMA of {@code in[from, to)} into {@code out[from, to)}.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    public static void compute(double[] in, int from, int to, int period, double[] out) {
        compute(in, from, to, period, 2.0 / (period + 1), out);
    }

    /** EMA with an explicit smoothing factor {@code k}, SMA-seeded; for kernels built on EMA. */
    static void compute(double[] in, int from, int to, int period, double k, double[] out) {
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
        for (int i = from; i <= first; i++) {
            sum += in[i];
        }
        double ema = sum / period;
        out[first] = ema;
        for (int i = first + 1; i < to; i++) {
            ema = (in[i] - ema) * k + ema;
            out[i] = ema;
        }
    }
}
