package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Relative volume: the current bar's volume divided by the mean volume of the {@code period}
 * bars <em>before</em> it (usually 20; the current bar is excluded so a volume spike does not
 * dilute its own baseline). A ratio, not a percentage: 1 = an average day, 3 = three times the
 * average. NaN when the previous {@code period} bars all have zero volume; 0 for an untraded
 * current bar. Volumes must be {@code >= 0}. Stateless and thread-safe.
 */
public final class RelativeVolume {

    private RelativeVolume() {}

    /** Warm-up in bars: {@code period} (20 for 20). */
    public static int lookback(int period) {
        return period;
    }

    /**
     * Writes relative volume of {@code [from, to)} into {@code out[from, to)}.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    public static void compute(double[] volume, int from, int to, int period, double[] out) {
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
        int traded = 0;
        for (int i = from; i < first; i++) {
            sum += volume[i];
            if (volume[i] != 0) {
                traded++;
            }
        }
        for (int i = first, trail = from; i < to; i++, trail++) {
            out[i] = traded == 0 ? Double.NaN : volume[i] / (sum / period);
            sum += volume[i] - volume[trail];
            traded += (volume[i] != 0 ? 1 : 0) - (volume[trail] != 0 ? 1 : 0);
            if (traded == 0) {
                sum = 0; // exact restart after an untraded window
            }
        }
    }
}
