package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Relative strength index with Wilder smoothing (TA-Lib RSI, default compatibility): average
 * gain and loss seeded with the plain mean of the first {@code period} changes, then
 * {@code avg = (avg * (period - 1) + change) / period}. Output in percent, 0 to 100; 0 where
 * both averages are (near) zero, as in TA-Lib.
 */
public final class Rsi {

    private Rsi() {}

    /** Warm-up in bars: {@code period} (the first change needs a previous close). */
    public static int lookback(int period) {
        return period;
    }

    /**
     * Writes the RSI of {@code close[from, to)} into {@code out[from, to)}, in percent.
     *
     * @throws IllegalArgumentException if {@code period < 2}
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
        double gain = 0;
        double loss = 0;
        for (int i = from + 1; i <= first; i++) {
            double change = close[i] - close[i - 1];
            if (change < 0) {
                loss -= change;
            } else {
                gain += change;
            }
        }
        gain /= period;
        loss /= period;
        out[first] = value(gain, loss);
        for (int i = first + 1; i < to; i++) {
            double change = close[i] - close[i - 1];
            // TA-Lib's operation order, kept for bit-level agreement.
            gain *= period - 1;
            loss *= period - 1;
            if (change < 0) {
                loss -= change;
            } else {
                gain += change;
            }
            gain /= period;
            loss /= period;
            out[i] = value(gain, loss);
        }
    }

    private static double value(double gain, double loss) {
        double total = gain + loss;
        return Zero.near(total) ? 0.0 : 100.0 * (gain / total);
    }
}
