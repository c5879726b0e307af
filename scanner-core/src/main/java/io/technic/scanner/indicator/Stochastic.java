package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Slow stochastic oscillator with SMA smoothing (TA-Lib STOCH with SMA for both slow K and D):
 * fast %K = {@code 100 * (close - lowestLow) / (highestHigh - lowestLow)} over {@code fastK} bars
 * (0 when the range is flat), %K = SMA({@code slowK}) of fast %K, %D = SMA({@code slowD}) of %K.
 * Outputs in percent, 0 to 100; both begin on the same bar, lookback
 * {@code (fastK - 1) + (slowK - 1) + (slowD - 1)}, 17 for 14/3/3.
 *
 * <p>Allocates a {@code fastK}-long index ring and two small rings for the smoothing per call.
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

        MonotonicDeque highs = new MonotonicDeque(fastK, true);
        MonotonicDeque lows = new MonotonicDeque(fastK, false);
        double[] fastRing = new double[slowK];
        double[] slowRing = new double[slowD];
        double fastSum = 0;
        double slowSum = 0;
        int fastCount = 0;   // fast %K values seen
        int slowCount = 0;   // %K values seen
        for (int i = from; i < to; i++) {
            int windowStart = i - fastK + 1;
            highs.dropBefore(windowStart);
            lows.dropBefore(windowStart);
            highs.push(high, i);
            lows.push(low, i);
            if (windowStart < from) {
                continue;
            }
            double highest = high[highs.front()];
            double lowest = low[lows.front()];
            // TA-Lib divides by (range / 100) rather than multiplying by 100.
            double diff = (highest - lowest) / 100.0;
            double fast = diff != 0.0 ? (close[i] - lowest) / diff : 0.0;

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
