package io.technic.scanner.indicator;

/**
 * Donchian channel over {@code period} bars <em>including the current one</em> (usually 20):
 * upper = highest high, lower = lowest low, middle = (upper + lower) / 2, all in price units,
 * and position = {@code (close - lower) / (upper - lower)}, a fraction in [0, 1] (the current
 * bar is inside its own channel), NaN when upper == lower.
 *
 * <p>Because the current bar is included, the close can never be above the upper line; a
 * breakout test compares today's close with <em>yesterday's</em> upper line. Stateless and
 * thread-safe.
 */
public final class Donchian {

    private Donchian() {}

    /** Warm-up in bars: {@code period - 1} (19 for 20), the same for all four outputs. */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes the channel of {@code [from, to)} into the same positions of the four outputs,
     * which must be distinct arrays, none of them an input.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    public static void compute(double[] high, double[] low, double[] close, int from, int to, int period,
                               double[] upper, double[] middle, double[] lower, double[] position) {
        RollingMax.compute(high, from, to, period, upper);
        RollingMin.compute(low, from, to, period, lower);
        for (int i = from; i < to; i++) {
            double up = upper[i];
            double down = lower[i];
            middle[i] = (up + down) / 2; // NaN during warm-up, like the inputs
            position[i] = up > down ? (close[i] - down) / (up - down) : Double.NaN;
        }
    }
}
