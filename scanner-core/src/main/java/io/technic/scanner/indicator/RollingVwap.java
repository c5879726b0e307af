package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Rolling volume-weighted average price over {@code period} bars (usually 20), current bar
 * included: {@code sum(typical * volume) / sum(volume)} with {@code typical = (high + low + close) / 3}
 * (TA-Lib TYPPRICE). Price units.
 *
 * <p>A window whose bars all have zero volume has no volume-weighted price: the output is NaN
 * there (callers wanting a fallback can use the SMA of the typical price). Whether a window
 * traded is decided by counting non-zero volumes, which is exact. Volumes must be {@code >= 0}.
 * Stateless and thread-safe.
 */
public final class RollingVwap {

    private RollingVwap() {}

    /** Warm-up in bars: {@code period - 1} (19 for 20). */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes the VWAP of {@code [from, to)} into {@code out[from, to)}.
     *
     * @throws IllegalArgumentException if {@code period < 1}
     */
    public static void compute(double[] high, double[] low, double[] close, double[] volume,
                               int from, int to, int period, double[] out) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1: " + period);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        Arrays.fill(out, from, first, Double.NaN);
        double valueSum = 0;
        double volumeSum = 0;
        int traded = 0;
        for (int i = from, trail = from - period + 1; i < to; i++, trail++) {
            valueSum += (high[i] + low[i] + close[i]) / 3.0 * volume[i];
            volumeSum += volume[i];
            if (volume[i] != 0) {
                traded++;
            }
            if (i >= first) {
                out[i] = traded == 0 ? Double.NaN : valueSum / volumeSum;
                valueSum -= (high[trail] + low[trail] + close[trail]) / 3.0 * volume[trail];
                volumeSum -= volume[trail];
                if (volume[trail] != 0) {
                    traded--;
                }
                if (traded == 0) {
                    valueSum = 0; // exact restart after an untraded window
                    volumeSum = 0;
                }
            }
        }
    }
}
