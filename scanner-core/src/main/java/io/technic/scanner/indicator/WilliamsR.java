package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Williams %R (TA-Lib WILLR): {@code -100 * (highestHigh - close) / (highestHigh - lowestLow)}
 * over the last {@code period} bars, this bar included. Percent, from −100 (close at the low)
 * to 0 (close at the high), computed as TA-Lib does ({@code (highestHigh - close) / (range / -100)},
 * so a close at the low may give a rounding hair below −100); 0 when the range is flat, as in
 * TA-Lib. A range of few outputs per {@code period} (the engine's tail evaluations) takes the
 * extremes from direct scans ({@link WindowExtremes}), a longer one from monotonic deques, with
 * the same values bit for bit; allocates two rings of {@code period} or two arrays of at most
 * {@code 8 * period} per call.
 */
public final class WilliamsR {

    private WilliamsR() {}

    /** Warm-up in bars: {@code period - 1}. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes %R of bars {@code [from, to)} into {@code out[from, to)}, in percent (−100..0).
     *
     * @throws IllegalArgumentException if {@code period < 2}
     */
    public static void compute(double[] high, double[] low, double[] close, int from, int to, int period,
                               double[] out) {
        compute(high, low, close, from, to, period, true, out);
    }

    /** {@code scan == false} forces the deques, so that tests can hold the two paths together. */
    static void compute(double[] high, double[] low, double[] close, int from, int to, int period,
                        boolean scan, double[] out) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2: " + period);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        Arrays.fill(out, from, first, Double.NaN);
        if (scan && WindowExtremes.pays(to - first, period)) {
            double[] highest = new double[to - first];
            double[] lowest = new double[to - first];
            WindowExtremes.values(high, from, to, period, true, highest, 0);
            WindowExtremes.values(low, from, to, period, false, lowest, 0);
            for (int i = first; i < to; i++) {
                out[i] = percentR(highest[i - first], lowest[i - first], close[i]);
            }
            return;
        }
        MonotonicDeque highs = new MonotonicDeque(period, true);
        MonotonicDeque lows = new MonotonicDeque(period, false);
        for (int i = from; i < first; i++) {
            highs.push(high, i);
            lows.push(low, i);
        }
        for (int i = first; i < to; i++) {
            highs.dropBefore(i - period + 1);
            lows.dropBefore(i - period + 1);
            highs.push(high, i);
            lows.push(low, i);
            out[i] = percentR(high[highs.front()], low[lows.front()], close[i]);
        }
    }

    private static double percentR(double highest, double lowest, double close) {
        // TA-Lib's form: divide by (range / -100).
        double diff = (highest - lowest) / -100.0;
        return diff != 0.0 ? (highest - close) / diff : 0.0;
    }
}
