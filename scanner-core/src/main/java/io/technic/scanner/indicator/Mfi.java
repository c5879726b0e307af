package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Money flow index (TA-Lib MFI): with typical price {@code tp = (high + low + close) / 3} and
 * raw money flow {@code tp * volume}, a bar's flow counts as positive when its typical price
 * rose from the previous bar, negative when it fell, and neither when unchanged;
 * MFI = {@code 100 * positive / (positive + negative)} over the last {@code period} bars.
 * Percent, 0 to 100. As in TA-Lib, MFI is 0 when the total flow is below 1 (e.g. a window of
 * zero-volume bars), and the window sums are running sums. Allocates two
 * {@code double[period]} rings per call.
 */
public final class Mfi {

    private Mfi() {}

    /** Warm-up in bars: {@code period} (the first flow needs a previous bar). */
    public static int lookback(int period) {
        return period;
    }

    /**
     * Writes the MFI of bars {@code [from, to)} into {@code out[from, to)}, in percent.
     *
     * @throws IllegalArgumentException if {@code period < 2}
     */
    public static void compute(double[] high, double[] low, double[] close, double[] volume, int from, int to,
                               int period, double[] out) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2: " + period);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        Arrays.fill(out, from, first, Double.NaN);
        double[] positive = new double[period];
        double[] negative = new double[period];
        double posSum = 0;
        double negSum = 0;
        double prev = (high[from] + low[from] + close[from]) / 3.0;
        int slot = 0;
        for (int i = from + 1; i < to; i++) {
            if (i > first) {
                // Drop the flow leaving the window (TA-Lib keeps running sums).
                posSum -= positive[slot];
                negSum -= negative[slot];
            }
            double tp = (high[i] + low[i] + close[i]) / 3.0;
            double change = tp - prev;
            prev = tp;
            double flow = tp * volume[i];
            if (change < 0) {
                negative[slot] = flow;
                negSum += flow;
                positive[slot] = 0.0;
            } else if (change > 0) {
                positive[slot] = flow;
                posSum += flow;
                negative[slot] = 0.0;
            } else {
                positive[slot] = 0.0;
                negative[slot] = 0.0;
            }
            slot = slot + 1 == period ? 0 : slot + 1;
            if (i >= first) {
                double total = posSum + negSum;
                out[i] = total < 1.0 ? 0.0 : 100.0 * (posSum / total);
            }
        }
    }
}
