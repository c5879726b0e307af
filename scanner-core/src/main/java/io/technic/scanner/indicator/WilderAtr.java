package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Average true range with Wilder smoothing, numerically TA-Lib's ATR: the first value, at bar
 * {@code period}, is the SMA of the true ranges of bars {@code 1..period}; after that
 * {@code atr = (atr * (period - 1) + tr) / period}. Price units.
 *
 * <p>Package-private building block for {@link Keltner} and {@link Supertrend}, kept here so
 * they do not depend on the TA-Lib-backed kernels being written beside them; it can give way
 * to the public ATR kernel once both exist.
 */
final class WilderAtr {

    private WilderAtr() {}

    /** Warm-up in bars: {@code period} (the first bar has no true range). */
    static int lookback(int period) {
        return period;
    }

    /**
     * Writes ATR({@code period}) of {@code [from, to)} into {@code out[from, to)}.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    static void compute(double[] high, double[] low, double[] close, int from, int to, int period,
                        double[] out) {
        if (period < 1) {
            throw new IllegalArgumentException("ATR period must be >= 1: " + period);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        Arrays.fill(out, from, first, Double.NaN);
        double sum = 0;
        for (int i = from + 1; i <= first; i++) {
            sum += trueRange(high, low, close, i);
        }
        double atr = sum / period;
        out[first] = atr;
        for (int i = first + 1; i < to; i++) {
            atr = (atr * (period - 1) + trueRange(high, low, close, i)) / period;
            out[i] = atr;
        }
    }

    /** TA-Lib TRANGE at bar {@code i} (needs the close of bar {@code i - 1}). */
    static double trueRange(double[] high, double[] low, double[] close, int i) {
        double prevClose = close[i - 1];
        double tr = high[i] - low[i];
        double up = Math.abs(prevClose - high[i]);
        if (up > tr) {
            tr = up;
        }
        double down = Math.abs(prevClose - low[i]);
        return down > tr ? down : tr;
    }
}
