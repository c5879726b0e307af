package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Population standard deviation over the last {@code period} bars (TA-Lib STDDEV with
 * {@code nbDev = 1}). Like TA-Lib, the variance is {@code E[x²] − E[x]²} from running sums, and
 * a variance below {@code 1e-8} (absolute) gives 0.
 */
public final class RollingStd {

    private RollingStd() {}

    /** Warm-up in bars: {@code period - 1}. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes the rolling standard deviation of {@code in[from, to)} into {@code out[from, to)},
     * in the input's units.
     *
     * @throws IllegalArgumentException if {@code period < 2}
     */
    public static void compute(double[] in, int from, int to, int period, double[] out) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2: " + period);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        Arrays.fill(out, from, first, Double.NaN);
        double sum = 0;
        double sum2 = 0;
        for (int i = from; i < first; i++) {
            double x = in[i];
            sum += x;
            sum2 += x * x;
        }
        // TA-Lib order (TA_INT_VAR): add the new bar, take the means, then drop the oldest.
        for (int i = first, trail = from; i < to; i++, trail++) {
            double x = in[i];
            sum += x;
            sum2 += x * x;
            double mean = sum / period;
            double mean2 = sum2 / period;
            double t = in[trail];
            sum -= t;
            sum2 -= t * t;
            double variance = mean2 - mean * mean;
            out[i] = Zero.nearOrBelow(variance) ? 0.0 : Math.sqrt(variance);
        }
    }
}
