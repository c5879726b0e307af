package io.technic.scanner.indicator;

/**
 * Distance of the close from the highest high and the lowest low of the last {@code period}
 * bars, current bar included (252 bars ≈ 52 weeks): {@code fromHigh = close / highest(high) - 1}
 * (a fraction {@code <= 0}; -0.1 = 10% below the high) and
 * {@code fromLow = close / lowest(low) - 1} (a fraction {@code >= 0}). Prices must be {@code > 0}.
 * A symbol with fewer than {@code period} bars gets NaN throughout: there is no 52-week high
 * yet. Stateless and thread-safe.
 */
public final class HighLowDistance {

    private HighLowDistance() {}

    /** Warm-up in bars: {@code period - 1} (251 for 252), the same for both outputs. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes both distances for {@code [from, to)} into the same positions of {@code fromHigh}
     * and {@code fromLow} (distinct arrays, neither of them an input).
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    public static void compute(double[] high, double[] low, double[] close, int from, int to, int period,
                               double[] fromHigh, double[] fromLow) {
        RollingMax.compute(high, from, to, period, fromHigh);
        RollingMin.compute(low, from, to, period, fromLow);
        for (int i = from; i < to; i++) {
            fromHigh[i] = close[i] / fromHigh[i] - 1;
            fromLow[i] = close[i] / fromLow[i] - 1;
        }
    }
}
