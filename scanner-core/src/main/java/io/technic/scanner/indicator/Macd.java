package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Moving average convergence/divergence (TA-Lib MACD): line = EMA(fast) − EMA(slow), signal =
 * EMA(signal) of the line, histogram = line − signal, all in price units.
 *
 * <p>TA-Lib's alignment, kept here: the slow EMA is seeded with the SMA of the first
 * {@code slow} closes, but the fast EMA is seeded later, with the SMA of the {@code fast} closes
 * ending on the same bar as the slow seed, so both start together. The signal EMA is seeded
 * with the SMA of the first {@code signal} line values, and all three outputs begin on the
 * signal's first bar: lookback {@code (slow - 1) + (signal - 1)}, 33 for 12/26/9. If
 * {@code slow < fast} the two are swapped, as TA-Lib does.
 */
public final class Macd {

    private Macd() {}

    /** Warm-up in bars: {@code (max(fast, slow) - 1) + (signal - 1)}; 33 for 12/26/9. */
    public static int lookback(int fast, int slow, int signal) {
        return Math.max(fast, slow) - 1 + signal - 1;
    }

    /**
     * Writes MACD line, signal and histogram of {@code close[from, to)} into the same positions
     * of the three outputs.
     *
     * @throws IllegalArgumentException if any period is below 2 (TA-Lib's EMA minimum)
     */
    public static void compute(double[] close, int from, int to, int fast, int slow, int signal,
                               double[] macd, double[] signalOut, double[] histogram) {
        if (fast < 2 || slow < 2 || signal < 2) {
            throw new IllegalArgumentException(
                    "periods must be >= 2: " + fast + "/" + slow + "/" + signal);
        }
        if (slow < fast) {
            int t = slow;
            slow = fast;
            fast = t;
        }
        int first = from + lookback(fast, slow, signal);
        if (first >= to) {
            Arrays.fill(macd, from, to, Double.NaN);
            Arrays.fill(signalOut, from, to, Double.NaN);
            Arrays.fill(histogram, from, to, Double.NaN);
            return;
        }
        Arrays.fill(macd, from, first, Double.NaN);
        Arrays.fill(signalOut, from, first, Double.NaN);
        Arrays.fill(histogram, from, first, Double.NaN);

        int lineStart = from + slow - 1;   // first bar of the MACD line (both EMAs seeded)
        double slowSum = 0;
        for (int i = from; i <= lineStart; i++) {
            slowSum += close[i];
        }
        double fastSum = 0;
        for (int i = lineStart - fast + 1; i <= lineStart; i++) {
            fastSum += close[i];
        }
        double slowEma = slowSum / slow;
        double fastEma = fastSum / fast;
        double kSlow = 2.0 / (slow + 1);
        double kFast = 2.0 / (fast + 1);
        double kSignal = 2.0 / (signal + 1);

        // The line's first signal - 1 values only seed the signal EMA.
        double lineSum = fastEma - slowEma;
        for (int i = lineStart + 1; i < first; i++) {
            slowEma = (close[i] - slowEma) * kSlow + slowEma;
            fastEma = (close[i] - fastEma) * kFast + fastEma;
            lineSum += fastEma - slowEma;
        }
        slowEma = (close[first] - slowEma) * kSlow + slowEma;
        fastEma = (close[first] - fastEma) * kFast + fastEma;
        double line = fastEma - slowEma;
        double sig = (lineSum + line) / signal;
        macd[first] = line;
        signalOut[first] = sig;
        histogram[first] = line - sig;
        for (int i = first + 1; i < to; i++) {
            slowEma = (close[i] - slowEma) * kSlow + slowEma;
            fastEma = (close[i] - fastEma) * kFast + fastEma;
            line = fastEma - slowEma;
            sig = (line - sig) * kSignal + sig;
            macd[i] = line;
            signalOut[i] = sig;
            histogram[i] = line - sig;
        }
    }
}
