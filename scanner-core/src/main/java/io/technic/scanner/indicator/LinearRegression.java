package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Least-squares line through the last {@code period} bars against the bar number: slope (TA-Lib
 * LINEARREG_SLOPE), in price units per bar, and R², the square of the Pearson correlation
 * between price and bar number (the square of TA-Lib CORREL over the same window), a fraction
 * from 0 to 1.
 *
 * <p>Each window is summed afresh (O(period) per bar, as TA-Lib does for the slope), so nothing
 * drifts over long series. R² uses sums centred on the window mean; like TA-Lib CORREL it is 0
 * where {@code Sxx * Syy} (centred sums of squares) is below {@code 1e-8}, e.g. a flat window.
 * No allocation.
 */
public final class LinearRegression {

    private LinearRegression() {}

    /** Warm-up in bars of both outputs: {@code period - 1}. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes slope and R² of {@code in[from, to)} into the same positions of the outputs.
     *
     * @throws IllegalArgumentException if {@code period < 2}
     */
    public static void compute(double[] in, int from, int to, int period, double[] slope, double[] rSquared) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2: " + period);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(slope, from, to, Double.NaN);
            Arrays.fill(rSquared, from, to, Double.NaN);
            return;
        }
        Arrays.fill(slope, from, first, Double.NaN);
        Arrays.fill(rSquared, from, first, Double.NaN);
        // TA-Lib's x is "bars ago" (period - 1 down to 0); its divisor is negative, which turns
        // the slope back to price per bar forward in time.
        double sumX = period * (period - 1) * 0.5;
        double sumXSqr = (double) ((long) period * (period - 1) * (2L * period - 1) / 6);
        double divisor = sumX * sumX - period * sumXSqr;
        double meanX = (period - 1) * 0.5;
        double sxx = -divisor / period;   // centred sum of squares of x: period (period² − 1) / 12
        for (int t = first; t < to; t++) {
            double sumY = 0;
            double sumXY = 0;
            for (int i = period; i-- != 0; ) {
                double y = in[t - i];
                sumY += y;
                sumXY += (double) i * y;
            }
            slope[t] = (period * sumXY - sumX * sumY) / divisor;
            double meanY = sumY / period;
            double sxy = 0;
            double syy = 0;
            for (int i = period; i-- != 0; ) {
                double dy = in[t - i] - meanY;
                sxy += (i - meanX) * dy;
                syy += dy * dy;
            }
            double denominator = sxx * syy;
            // Rounding may lift a perfect fit a hair above 1.
            rSquared[t] = Zero.nearOrBelow(denominator) ? 0.0 : Math.min(1.0, sxy * sxy / denominator);
        }
    }
}
