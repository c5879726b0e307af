package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Rate of change in percent (TA-Lib ROC): {@code (close / close[period bars ago] - 1) * 100};
 * 0 where the earlier close is 0.
 */
public final class Roc {

    private Roc() {}

    /** Warm-up in bars: {@code period}. */
    public static int lookback(int period) {
        return period;
    }

    /**
     * Writes the ROC of {@code in[from, to)} into {@code out[from, to)}, in percent.
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
        for (int i = first; i < to; i++) {
            double before = in[i - period];
            out[i] = before != 0.0 ? ((in[i] / before) - 1.0) * 100.0 : 0.0;
        }
    }
}
