package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Commodity channel index (TA-Lib CCI): with typical price {@code tp = (high + low + close) / 3}
 * over the last {@code period} bars, {@code (tp - mean) / (0.015 * meanAbsoluteDeviation)}; 0
 * where either factor is 0. Unitless (about ±100 in normal ranges). O(period) per bar; allocates
 * one {@code double[period]} ring per call, summed in TA-Lib's ring order so results agree
 * bit for bit.
 */
public final class Cci {

    private Cci() {}

    /** Warm-up in bars: {@code period - 1}. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes the CCI of bars {@code [from, to)} into {@code out[from, to)}.
     *
     * @throws IllegalArgumentException if {@code period < 2}
     */
    public static void compute(double[] high, double[] low, double[] close, int from, int to, int period,
                               double[] out) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2: " + period);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        Arrays.fill(out, from, first, Double.NaN);
        double[] ring = new double[period];
        int slot = 0;
        for (int i = from; i < first; i++) {
            ring[slot++] = (high[i] + low[i] + close[i]) / 3;
        }
        for (int i = first; i < to; i++) {
            double last = (high[i] + low[i] + close[i]) / 3;
            ring[slot] = last;
            double mean = 0;
            for (double v : ring) {
                mean += v;
            }
            mean /= period;
            double deviation = 0;
            for (double v : ring) {
                deviation += Math.abs(v - mean);
            }
            double distance = last - mean;
            out[i] = distance != 0.0 && deviation != 0.0 ? distance / (0.015 * (deviation / period)) : 0.0;
            slot = slot + 1 == period ? 0 : slot + 1;
        }
    }
}
