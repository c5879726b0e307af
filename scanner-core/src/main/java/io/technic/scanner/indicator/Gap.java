package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Opening gap in percent: {@code 100 * (open / previous close - 1)}; +2.5 = opened 2.5% above
 * yesterday's close. NaN when the previous close is not {@code > 0}. Stateless and thread-safe.
 */
public final class Gap {

    private Gap() {}

    /** Warm-up in bars: 1 (the first bar has no previous close). */
    public static int lookback() {
        return 1;
    }

    /** Writes the gap of {@code [from, to)} into {@code out[from, to)}. */
    public static void compute(double[] open, double[] close, int from, int to, double[] out) {
        if (from >= to) {
            return;
        }
        int first = from + lookback();
        Arrays.fill(out, from, Math.min(first, to), Double.NaN);
        for (int i = first; i < to; i++) {
            double prev = close[i - 1];
            out[i] = prev > 0 ? 100 * (open[i] / prev - 1) : Double.NaN;
        }
    }
}
