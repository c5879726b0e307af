package io.technic.scanner.indicator;

/**
 * Ichimoku Kinko Hyo lines, usually 9 / 26 / 52, each a channel midpoint
 * {@code (highest high + lowest low) / 2} over a window ending at the current bar (TA-Lib
 * MIDPRICE): tenkan-sen over {@code tenkanPeriod}, kijun-sen over {@code kijunPeriod},
 * senkou span B over {@code senkouBPeriod}, and senkou span A = {@code (tenkan + kijun) / 2}.
 * Price units.
 *
 * <p><b>Unshifted.</b> Every output at position {@code t} uses bars up to {@code t} only. A chart
 * plots senkou A and B {@code kijunPeriod} (26) bars <em>ahead</em>, so the cloud drawn under
 * bar {@code t} is {@code senkouA[t - 26]} / {@code senkouB[t - 26]}; "close above the cloud"
 * is {@code close[t] > max(senkouA[t - 26], senkouB[t - 26])}. The chikou span is the close
 * plotted 26 bars <em>back</em> and needs no output: compare {@code close[t]} with
 * {@code close[t - 26]}.
 *
 * <p><b>Warm-up per line:</b> tenkan {@code tenkanPeriod - 1}, kijun {@code kijunPeriod - 1},
 * senkou A {@code max(tenkanPeriod, kijunPeriod) - 1}, senkou B {@code senkouBPeriod - 1}; each
 * line is NaN before its own warm-up ends (8, 25, 25, 51 for 9 / 26 / 52), and
 * {@link #lookback} gives the bar from which all four are defined. Stateless and thread-safe.
 */
public final class Ichimoku {

    private Ichimoku() {}

    /**
     * Bars until every line is defined: {@code max(tenkanPeriod, kijunPeriod, senkouBPeriod) - 1}
     * (51 for 9 / 26 / 52). Single lines start earlier, see the class description.
     */
    public static int lookback(int tenkanPeriod, int kijunPeriod, int senkouBPeriod) {
        return Math.max(tenkanPeriod, Math.max(kijunPeriod, senkouBPeriod)) - 1;
    }

    /**
     * Writes the four unshifted lines of {@code [from, to)} into the same positions of the four
     * outputs, which must be distinct arrays, none of them an input.
     *
     * @throws IllegalArgumentException if any period is {@code < 1}
     */
    public static void compute(double[] high, double[] low, int from, int to,
                               int tenkanPeriod, int kijunPeriod, int senkouBPeriod,
                               double[] tenkan, double[] kijun, double[] senkouA, double[] senkouB) {
        if (tenkanPeriod < 1 || kijunPeriod < 1 || senkouBPeriod < 1) {
            throw new IllegalArgumentException("periods must be >= 1: " + tenkanPeriod + "/" + kijunPeriod
                    + "/" + senkouBPeriod);
        }
        // senkouA is the scratch for each line's lowest low until it gets its own values
        midpoint(high, low, from, to, tenkanPeriod, tenkan, senkouA);
        midpoint(high, low, from, to, kijunPeriod, kijun, senkouA);
        midpoint(high, low, from, to, senkouBPeriod, senkouB, senkouA);
        for (int i = from; i < to; i++) {
            senkouA[i] = (tenkan[i] + kijun[i]) / 2;
        }
    }

    /**
     * The four unshifted lines at bar {@code i} alone — {@code out = {tenkan, kijun, senkouA,
     * senkouB}} — bit for bit what {@link #compute} writes at {@code i}, from one window per line
     * instead of a range of them. A line whose window would start before index 0 is NaN.
     *
     * @throws IllegalArgumentException if any period is {@code < 1}
     */
    public static void at(double[] high, double[] low, int i, int tenkanPeriod, int kijunPeriod, int senkouBPeriod,
                          double[] out) {
        if (tenkanPeriod < 1 || kijunPeriod < 1 || senkouBPeriod < 1) {
            throw new IllegalArgumentException("periods must be >= 1: " + tenkanPeriod + "/" + kijunPeriod
                    + "/" + senkouBPeriod);
        }
        double tenkan = midpointAt(high, low, i, tenkanPeriod, out);
        double kijun = midpointAt(high, low, i, kijunPeriod, out);
        double senkouB = midpointAt(high, low, i, senkouBPeriod, out);
        out[0] = tenkan;
        out[1] = kijun;
        out[2] = (tenkan + kijun) / 2;
        out[3] = senkouB;
    }

    /** {@code (highest high + lowest low) / 2} of the window ending at {@code i}; {@code tmp[0]} is scratch. */
    private static double midpointAt(double[] high, double[] low, int i, int period, double[] tmp) {
        int from = i - period + 1;
        if (from < 0) {
            return Double.NaN;
        }
        WindowExtremes.values(high, from, i + 1, period, true, tmp, 0);
        double highest = tmp[0];
        WindowExtremes.values(low, from, i + 1, period, false, tmp, 0);
        return (highest + tmp[0]) / 2;
    }

    private static void midpoint(double[] high, double[] low, int from, int to, int period,
                                 double[] out, double[] scratch) {
        RollingMax.compute(high, from, to, period, out);
        RollingMin.compute(low, from, to, period, scratch);
        for (int i = from; i < to; i++) {
            out[i] = (out[i] + scratch[i]) / 2;
        }
    }
}
