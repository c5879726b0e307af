package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Maximum drawdown over the last {@code period} closes: the largest fall from a running peak
 * to a later close inside the window, {@code max(1 - close[j] / max(close[i..j]))} over
 * {@code i <= j} in the window, as a fraction in [0, 1). Not in TA-Lib.
 */
public final class MaxDrawdown {

    private MaxDrawdown() {}

    /** Warm-up in bars: {@code period - 1}. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes the drawdown of each window ending in {@code [from, to)}; O(period) per output, meant
     * for few outputs (a scan asks for the last one).
     *
     * @throws IllegalArgumentException if {@code period < 2}
     */
    public static void compute(double[] close, int from, int to, int period, double[] out) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2: " + period);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        Arrays.fill(out, from, first, Double.NaN);
        for (int t = first; t < to; t++) {
            double peak = close[t - period + 1];
            double worst = 0;
            for (int j = t - period + 2; j <= t; j++) {
                double c = close[j];
                peak = Math.max(peak, c);
                worst = Math.max(worst, 1 - c / peak);
            }
            out[t] = worst;
        }
    }
}
