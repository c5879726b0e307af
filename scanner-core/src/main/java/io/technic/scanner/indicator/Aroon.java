package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Aroon up, down and oscillator (TA-Lib AROON, AROONOSC) over a window of {@code period + 1}
 * bars, this bar included: up = {@code 100 / period * (period - barsSinceHighestHigh)}, down
 * likewise with the lowest low, oscillator = up − down (computed as TA-Lib AROONOSC does, from
 * the two bar indices). On ties the most recent extreme counts. Percent: up and down 0 to 100,
 * oscillator −100 to 100. A range of few outputs per window (the engine's tail evaluations) finds
 * the extremes by direct scans ({@link WindowExtremes}), a longer one through monotonic deques,
 * with the same bar indices, ties included; allocates two rings of {@code period + 1} or four
 * arrays of at most {@code 8 * (period + 1)} per call.
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
        compute(high, low, from, to, period, true, up, down, oscillator);
    }

    /** {@code scan == false} forces the deques, so that tests can hold the two paths together. */
    static void compute(double[] high, double[] low, int from, int to, int period, boolean scan,
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
        double factor = 100.0 / period;
        if (scan && WindowExtremes.pays(to - first, period + 1)) {
            int[] highest = new int[to - first];
            int[] lowest = new int[to - first];
            WindowExtremes.indices(high, from, to, period + 1, true, highest);
            WindowExtremes.indices(low, from, to, period + 1, false, lowest);
            for (int i = first; i < to; i++) {
                write(i, highest[i - first], lowest[i - first], period, factor, up, down, oscillator);
            }
            return;
        }
        MonotonicDeque highs = new MonotonicDeque(period + 1, true);
        MonotonicDeque lows = new MonotonicDeque(period + 1, false);
        for (int i = from; i < first; i++) {
            highs.push(high, i);
            lows.push(low, i);
        }
        for (int i = first; i < to; i++) {
            highs.dropBefore(i - period);
            lows.dropBefore(i - period);
            highs.push(high, i);
            lows.push(low, i);
            write(i, highs.front(), lows.front(), period, factor, up, down, oscillator);
        }
    }

    private static void write(int i, int highest, int lowest, int period, double factor,
                              double[] up, double[] down, double[] oscillator) {
        up[i] = factor * (period - (i - highest));
        down[i] = factor * (period - (i - lowest));
        oscillator[i] = factor * (highest - lowest);
    }
}
