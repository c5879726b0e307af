package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Chaikin money flow over {@code period} bars (usually 20): {@code sum(MFV) / sum(volume)} over
 * the window ending at the current bar, where the money-flow volume of a bar is
 * {@code volume * ((close - low) - (high - close)) / (high - low)}, and 0 when
 * {@code high == low} (TA-Lib AD's per-bar term). A fraction in [-1, 1].
 *
 * <p>A window whose bars all have zero volume has no money flow to measure: the output is NaN
 * there, not 0 (sources can lack volume for a new listing: HWM has none on 35 of its first 37
 * bars). Whether a window traded is decided by counting its non-zero volumes, so the test is
 * exact even after the running sums have seen large values. Volumes must be {@code >= 0}. Stateless and thread-safe.
 */
public final class Cmf {

    private Cmf() {}

    /** Warm-up in bars: {@code period - 1} (19 for 20). */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Writes CMF of {@code [from, to)} into {@code out[from, to)}.
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
        double flowSum = 0;
        double volumeSum = 0;
        int traded = 0;
        for (int i = from, trail = from - period + 1; i < to; i++, trail++) {
            flowSum += moneyFlowVolume(high, low, close, volume, i);
            volumeSum += volume[i];
            if (volume[i] != 0) {
                traded++;
            }
            if (i >= first) {
                out[i] = traded == 0 ? Double.NaN : flowSum / volumeSum;
                flowSum -= moneyFlowVolume(high, low, close, volume, trail);
                volumeSum -= volume[trail];
                if (volume[trail] != 0) {
                    traded--;
                }
                if (traded == 0) {
                    // restart from exact zeros so rounding left by earlier bars cannot linger
                    flowSum = 0;
                    volumeSum = 0;
                }
            }
        }
    }

    /** Money-flow volume of bar {@code i}, in TA-Lib AD's operation order. */
    static double moneyFlowVolume(double[] high, double[] low, double[] close, double[] volume, int i) {
        double range = high[i] - low[i];
        return range > 0 ? ((close[i] - low[i]) - (high[i] - close[i])) / range * volume[i] : 0;
    }
}
