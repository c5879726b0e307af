package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Annualised realised volatility over {@code period} daily returns (usually 20): the
 * <em>sample</em> standard deviation (divisor {@code period - 1}) of the log returns
 * {@code ln(close[t] / close[t - 1])} in the window ending at the current bar, times
 * {@code sqrt(252)}. A fraction: 0.25 = 25% a year. Closes must be finite and {@code > 0}
 * (a NaN close makes every later output NaN).
 *
 * <p>The variance comes from running sums of the returns and their squares, clamped at 0
 * against rounding; a window of unchanged closes gives exactly 0. Each return is computed once
 * and kept in a ring of {@code period} doubles until it leaves the window: the only allocation,
 * independent of the range. Stateless and thread-safe.
 */
public final class RealizedVolatility {

    /** Trading days per year used to annualise. */
    public static final int TRADING_DAYS_PER_YEAR = 252;

    private static final double ANNUALISE = Math.sqrt(TRADING_DAYS_PER_YEAR);

    private RealizedVolatility() {}

    /** Warm-up in bars: {@code period} (20 for 20; each return needs the previous close). */
    public static int lookback(int period) {
        return period;
    }

    /**
     * Writes the realised volatility of {@code [from, to)} into {@code out[from, to)}.
     *
     * @throws IllegalArgumentException if {@code period < 2} (a sample deviation needs two returns)
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
        double[] ring = new double[period];
        double sum = 0;
        double sumSq = 0;
        int moving = 0; // non-zero returns in the window
        for (int i = from + 1, slot = 0; i < to; i++) {
            double r = Math.log(close[i] / close[i - 1]);
            double leaving = ring[slot]; // 0 while the first window fills
            ring[slot] = r;
            slot = slot + 1 == period ? 0 : slot + 1;
            sum += r - leaving;
            sumSq += r * r - leaving * leaving;
            moving += (r != 0 ? 1 : 0) - (leaving != 0 ? 1 : 0);
            if (moving == 0) {
                sum = 0; // a flat window is exactly 0, whatever rounding earlier returns left
                sumSq = 0;
            }
            if (i >= first) {
                double variance = (sumSq - sum * sum / period) / (period - 1);
                out[i] = Math.sqrt(Math.max(variance, 0)) * ANNUALISE;
            }
        }
    }

    /**
     * The realized volatility of one window of daily log returns {@code r[from, to)}: their sample
     * standard deviation × √252 (annualized fraction). For callers that already hold the returns.
     *
     * @throws IllegalArgumentException if the window has fewer than 2 returns
     */
    public static double ofReturns(double[] r, int from, int to) {
        int n = to - from;
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 returns: " + n);
        }
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += r[i];
        }
        mean /= n;
        double ss = 0;
        for (int i = from; i < to; i++) {
            double d = r[i] - mean;
            ss += d * d;
        }
        return Math.sqrt(ss / (n - 1)) * ANNUALISE;
    }
}
