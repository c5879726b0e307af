package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Slow stochastic oscillator with SMA smoothing (TA-Lib STOCH with SMA for both slow K and D):
 * fast %K = {@code 100 * (close - lowestLow) / (highestHigh - lowestLow)} over {@code fastK} bars
 * (0 when the range is flat), %K = SMA({@code slowK}) of fast %K, %D = SMA({@code slowD}) of %K.
 * Outputs in percent, 0 to 100; both begin on the same bar, lookback
 * {@code (fastK - 1) + (slowK - 1) + (slowD - 1)}, 17 for 14/3/3.
 *
 * <p>A range of few fast %K values per {@code fastK} (the engine's tail evaluations) takes the
 * highest high and lowest low from direct scans ({@link WindowExtremes}), a longer one from
 * monotonic deques, with the same values bit for bit. Allocates two {@code fastK}-long index rings
 * or two arrays of at most {@code 8 * fastK}, and two small rings for the smoothing, per call.
 */
public final class Stochastic {

    private Stochastic() {}

    /** Warm-up in bars of %K and %D: {@code fastK + slowK + slowD - 3}; 17 for 14/3/3. */
    public static int lookback(int fastK, int slowK, int slowD) {
        return fastK - 1 + slowK - 1 + slowD - 1;
    }

    /**
     * Writes %K and %D (percent) of bars {@code [from, to)} into the same positions of
     * {@code outK} and {@code outD}.
     *
     * @throws IllegalArgumentException if any period is below 1
     */
    public static void compute(double[] high, double[] low, double[] close, int from, int to,
                               int fastK, int slowK, int slowD, double[] outK, double[] outD) {
        compute(high, low, close, from, to, fastK, slowK, slowD, true, outK, outD);
    }

    /** {@code scan == false} forces the deques, so that tests can hold the two paths together. */
    static void compute(double[] high, double[] low, double[] close, int from, int to,
                        int fastK, int slowK, int slowD, boolean scan, double[] outK, double[] outD) {
        if (fastK < 1 || slowK < 1 || slowD < 1) {
            throw new IllegalArgumentException(
                    "periods must be >= 1: " + fastK + "/" + slowK + "/" + slowD);
        }
        int first = from + lookback(fastK, slowK, slowD);
        if (first >= to) {
            Arrays.fill(outK, from, to, Double.NaN);
            Arrays.fill(outD, from, to, Double.NaN);
            return;
        }
        Arrays.fill(outK, from, first, Double.NaN);
        Arrays.fill(outD, from, first, Double.NaN);

        int firstFast = from + fastK - 1; // the first bar with a whole fast %K window
        boolean scanning = scan && WindowExtremes.pays(to - firstFast, fastK);
        double[] highest = null;
        double[] lowest = null;
        MonotonicDeque highs = null;
        MonotonicDeque lows = null;
        if (scanning) {
            highest = new double[to - firstFast];
            lowest = new double[to - firstFast];
            WindowExtremes.values(high, from, to, fastK, true, highest, 0);
            WindowExtremes.values(low, from, to, fastK, false, lowest, 0);
        } else {
            highs = new MonotonicDeque(fastK, true);
            lows = new MonotonicDeque(fastK, false);
            for (int i = from; i < firstFast; i++) {
                highs.push(high, i);
                lows.push(low, i);
            }
        }
        double[] fastRing = new double[slowK];
        double[] slowRing = new double[slowD];
        double fastSum = 0;
        double slowSum = 0;
        int fastCount = 0;   // fast %K values seen
        int slowCount = 0;   // %K values seen
        for (int i = firstFast; i < to; i++) {
            double hh;
            double ll;
            if (scanning) {
                hh = highest[i - firstFast];
                ll = lowest[i - firstFast];
            } else {
                highs.dropBefore(i - fastK + 1);
                lows.dropBefore(i - fastK + 1);
                highs.push(high, i);
                lows.push(low, i);
                hh = high[highs.front()];
                ll = low[lows.front()];
            }
            // TA-Lib divides by (range / 100) rather than multiplying by 100.
            double diff = (hh - ll) / 100.0;
            double fast = diff != 0.0 ? (close[i] - ll) / diff : 0.0;

            // SMA as a stream, in TA-Lib's order: add, emit, drop the oldest.
            int fastSlot = fastCount % slowK;
            fastRing[fastSlot] = fast;
            fastSum += fast;
            fastCount++;
            if (fastCount < slowK) {
                continue;
            }
            double k = fastSum / slowK;
            fastSum -= fastRing[fastCount % slowK];

            slowRing[slowCount % slowD] = k;
            slowSum += k;
            slowCount++;
            if (slowCount < slowD) {
                continue;
            }
            double d = slowSum / slowD;
            slowSum -= slowRing[slowCount % slowD];
            outK[i] = k;
            outD[i] = d;
        }
    }
}
