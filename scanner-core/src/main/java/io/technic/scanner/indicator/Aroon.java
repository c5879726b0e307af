package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Aroon up, down and oscillator (TA-Lib AROON, AROONOSC) over a window of {@code period + 1}
 * bars, this bar included: up = {@code 100 / period * (period - barsSinceHighestHigh)}, down
 * likewise with the lowest low, oscillator = up − down (computed as TA-Lib AROONOSC does, from
 * the two bar indices). On ties the most recent extreme counts. Percent: up and down 0 to 100,
 * oscillator −100 to 100. Allocates two {@code int[period + 1]} rings per call.
 */
public final class Aroon {

    private Aroon() {}

    /** Warm-up in bars of every output: {@code period}; 25 for 25. */
    public static int lookback(int period) {
        return period;
    }

    /**
     * Writes Aroon up, down and oscillator of bars {@code [from, to)} into the same positions
     * of the outputs, in percent.
     *
     * @throws IllegalArgumentException if {@code period < 2}
     */
    public static void compute(double[] high, double[] low, int from, int to, int period,
                               double[] up, double[] down, double[] oscillator) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2: " + period);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(up, from, to, Double.NaN);
            Arrays.fill(down, from, to, Double.NaN);
            Arrays.fill(oscillator, from, to, Double.NaN);
            return;
        }
        Arrays.fill(up, from, first, Double.NaN);
        Arrays.fill(down, from, first, Double.NaN);
        Arrays.fill(oscillator, from, first, Double.NaN);
        MonotonicDeque highs = new MonotonicDeque(period + 1, true);
        MonotonicDeque lows = new MonotonicDeque(period + 1, false);
        for (int i = from; i < first; i++) {
            highs.push(high, i);
            lows.push(low, i);
        }
        double factor = 100.0 / period;
        for (int i = first; i < to; i++) {
            highs.dropBefore(i - period);
            lows.dropBefore(i - period);
            highs.push(high, i);
            lows.push(low, i);
            int highest = highs.front();
            int lowest = lows.front();
            up[i] = factor * (period - (i - highest));
            down[i] = factor * (period - (i - lowest));
            oscillator[i] = factor * (highest - lowest);
        }
    }
}
