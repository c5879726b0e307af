package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Highest and lowest value over a trailing window that includes the current bar, the way
 * TA-Lib's MAX and MIN compute it: the running extreme is kept with its index and the window is
 * rescanned only when that index falls out of it (linear on typical prices, {@code O(n * period)}
 * at worst on a monotone series). Warm-up {@code period - 1}.
 *
 * <p>Package-private building block for {@link Donchian}, {@link HighLowDistance} and
 * {@link Ichimoku}.
 */
final class WindowExtreme {

    private WindowExtreme() {}

    /**
     * Writes the highest {@code in} over the {@code period} bars ending at each position.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    static void highest(double[] in, int from, int to, int period, double[] out) {
        int first = start(from, to, period, out);
        int at = -1;
        double max = Double.NaN;
        for (int i = first, trail = from; i < to; i++, trail++) {
            if (at < trail) {
                at = trail;
                max = in[trail];
                for (int j = trail + 1; j <= i; j++) {
                    if (in[j] >= max) {
                        max = in[j];
                        at = j;
                    }
                }
            } else if (in[i] >= max) {
                max = in[i];
                at = i;
            }
            out[i] = max;
        }
    }

    /**
     * Writes the lowest {@code in} over the {@code period} bars ending at each position.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    static void lowest(double[] in, int from, int to, int period, double[] out) {
        int first = start(from, to, period, out);
        int at = -1;
        double min = Double.NaN;
        for (int i = first, trail = from; i < to; i++, trail++) {
            if (at < trail) {
                at = trail;
                min = in[trail];
                for (int j = trail + 1; j <= i; j++) {
                    if (in[j] <= min) {
                        min = in[j];
                        at = j;
                    }
                }
            } else if (in[i] <= min) {
                min = in[i];
                at = i;
            }
            out[i] = min;
        }
    }

    /** Validates, fills the warm-up with NaN and returns the first output position. */
    private static int start(int from, int to, int period, double[] out) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1: " + period);
        }
        int first = from + period - 1;
        Arrays.fill(out, from, Math.min(first, to), Double.NaN);
        return first;
    }
}
