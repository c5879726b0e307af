package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * True range and average true range with Wilder smoothing (TA-Lib TRANGE, ATR, NATR).
 *
 * <p>True range of bar {@code i} is {@code max(high - low, |high - prevClose|, |low - prevClose|)},
 * so it starts on the second bar of the range. ATR is seeded with the SMA of the first
 * {@code period} true ranges (bars 1 to {@code period}), then
 * {@code atr = (atr * (period - 1) + tr) / period}; lookback {@code period}. ATR is in price
 * units; {@link #computePercent ATR%} is {@code 100 * atr / close}, in percent.
 */
public final class Atr {

    private Atr() {}

    /** Warm-up in bars of ATR and ATR%: {@code period}. */
    public static int lookback(int period) {
        return period;
    }

    /** Warm-up in bars of the true range: 1. */
    public static int trueRangeLookback() {
        return 1;
    }

    /** Writes the true range of bars {@code [from, to)} into {@code out[from, to)}; price units. */
    public static void trueRange(double[] high, double[] low, double[] close, int from, int to, double[] out) {
        if (from >= to) {
            return;
        }
        out[from] = Double.NaN;
        for (int i = from + 1; i < to; i++) {
            out[i] = trueRange(high[i], low[i], close[i - 1]);
        }
    }

    /**
     * Writes ATR over {@code [from, to)} into {@code out[from, to)}, in price units.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    public static void compute(double[] high, double[] low, double[] close, int from, int to, int period,
                               double[] out) {
        compute(high, low, close, from, to, period, out, false);
    }

    /**
     * Writes ATR as a percentage of the close (TA-Lib NATR: {@code atr / close * 100}; 0 where
     * the close is near zero) over {@code [from, to)} into {@code out[from, to)}. Unlike TA-Lib,
     * which returns the raw true range for {@code period == 1}, period 1 is normalised too.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    public static void computePercent(double[] high, double[] low, double[] close, int from, int to, int period,
                                      double[] out) {
        compute(high, low, close, from, to, period, out, true);
    }

    private static void compute(double[] high, double[] low, double[] close, int from, int to, int period,
                                double[] out, boolean percent) {
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
        for (int i = from + 1; i <= first; i++) {
            sum += trueRange(high[i], low[i], close[i - 1]);
        }
        double atr = sum / period;
        out[first] = percent ? percent(atr, close[first]) : atr;
        for (int i = first + 1; i < to; i++) {
            // TA-Lib's operation order, kept for bit-level agreement.
            atr *= period - 1;
            atr += trueRange(high[i], low[i], close[i - 1]);
            atr /= period;
            out[i] = percent ? percent(atr, close[i]) : atr;
        }
    }

    /** TA-Lib's TRUE_RANGE: each candidate is one subtraction, the largest wins. */
    static double trueRange(double high, double low, double prevClose) {
        double tr = high - low;
        double up = Math.abs(high - prevClose);
        if (up > tr) {
            tr = up;
        }
        double down = Math.abs(low - prevClose);
        if (down > tr) {
            tr = down;
        }
        return tr;
    }

    private static double percent(double atr, double close) {
        return Zero.near(close) ? 0.0 : (atr / close) * 100.0;
    }
}
