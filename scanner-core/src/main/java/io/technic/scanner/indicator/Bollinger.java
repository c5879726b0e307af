package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Bollinger bands (TA-Lib BBANDS with an SMA middle and equal up/down deviations): middle =
 * SMA({@code period}), upper/lower = middle ± {@code k} × population standard deviation, in
 * price units. Derived outputs, both fractions (not percent):
 * <ul>
 *   <li>%B = {@code (close - lower) / (upper - lower)}: 0 at the lower band, 1 at the upper;
 *       0.5 when the bands collapse ({@code upper == lower}).</li>
 *   <li>bandwidth = {@code (upper - lower) / middle}; 0 when the bands collapse.</li>
 * </ul>
 *
 * <p>As in TA-Lib, the variance is {@code E[x²] − middle²} from running sums, and a variance
 * below {@code 1e-8} (absolute) counts as 0. One pass, no allocation.
 */
public final class Bollinger {

    private Bollinger() {}

    /** Warm-up in bars of every output: {@code period - 1}. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes the three bands of {@code close[from, to)} into the same positions of the outputs.
     *
     * @throws IllegalArgumentException if {@code period < 2} or {@code k} is negative or NaN
     */
    public static void compute(double[] close, int from, int to, int period, double k,
                               double[] upper, double[] middle, double[] lower) {
        compute(close, from, to, period, k, upper, middle, lower, null, null);
    }

    /**
     * Writes the bands, %B and bandwidth (fractions) of {@code close[from, to)} into the same
     * positions of the outputs. {@code percentB} and {@code bandwidth} may be {@code null}.
     *
     * @throws IllegalArgumentException if {@code period < 2} or {@code k} is negative or NaN
     */
    public static void compute(double[] close, int from, int to, int period, double k,
                               double[] upper, double[] middle, double[] lower,
                               double[] percentB, double[] bandwidth) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2: " + period);
        }
        if (!(k >= 0)) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        int first = from + lookback(period);
        int warmEnd = Math.min(first, to);
        Arrays.fill(upper, from, warmEnd, Double.NaN);
        Arrays.fill(middle, from, warmEnd, Double.NaN);
        Arrays.fill(lower, from, warmEnd, Double.NaN);
        if (percentB != null) {
            Arrays.fill(percentB, from, warmEnd, Double.NaN);
        }
        if (bandwidth != null) {
            Arrays.fill(bandwidth, from, warmEnd, Double.NaN);
        }
        if (first >= to) {
            return;
        }
        double sum = 0;
        double sum2 = 0;
        for (int i = from; i < first; i++) {
            double x = close[i];
            sum += x;
            sum2 += x * x;
        }
        // TA-Lib order (TA_INT_SMA + TA_INT_stddev_using_precalc_ma): add the new bar, take the
        // means, then drop the oldest.
        for (int i = first, trail = from; i < to; i++, trail++) {
            double x = close[i];
            sum += x;
            sum2 += x * x;
            double mid = sum / period;
            double mean2 = sum2 / period;
            double t = close[trail];
            sum -= t;
            sum2 -= t * t;
            double variance = mean2 - mid * mid;
            double dev = Zero.nearOrBelow(variance) ? 0.0 : Math.sqrt(variance) * k;
            double up = mid + dev;
            double lo = mid - dev;
            upper[i] = up;
            middle[i] = mid;
            lower[i] = lo;
            double width = up - lo;
            if (percentB != null) {
                percentB[i] = width == 0 ? 0.5 : (x - lo) / width;
            }
            if (bandwidth != null) {
                bandwidth[i] = width == 0 ? 0.0 : width / mid;
            }
        }
    }
}
