package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Average directional index with the +DI and −DI it is built from (TA-Lib ADX, PLUS_DI,
 * MINUS_DI), in one pass over shared Wilder-smoothed TR/+DM/−DM state. All in percent, 0 to 100.
 *
 * <p>Directional movement of a bar: {@code up = high - prevHigh}, {@code down = prevLow - low};
 * +DM = {@code up} if {@code up > down} and {@code up > 0}, −DM = {@code down} if
 * {@code down > up} and {@code down > 0}, else 0. TR, +DM and −DM are summed over the first
 * {@code period - 1} changes, then smoothed as {@code s = s - s / period + x}. DI = 100 × DM / TR
 * (0 where TR is near zero); DX = 100 × |+DI − −DI| / (+DI + −DI); ADX is seeded with the mean of
 * the first {@code period} DX values, then {@code adx = (adx * (period - 1) + dx) / period}
 * (a DX that is undefined, TR or DI sum near zero, leaves ADX unchanged, as in TA-Lib).
 *
 * <p>Lookbacks: {@link #diLookback +DI and −DI} {@code period} (14), {@link #lookback ADX}
 * {@code 2 * period - 1} (27).
 */
public final class Adx {

    private Adx() {}

    /** Warm-up in bars of ADX: {@code 2 * period - 1}; 27 for 14. */
    public static int lookback(int period) {
        return 2 * period - 1;
    }

    /** Warm-up in bars of +DI and −DI: {@code period}; 14 for 14. */
    public static int diLookback(int period) {
        return period;
    }

    /**
     * Writes ADX, +DI and −DI (percent) of bars {@code [from, to)} into the same positions of
     * the outputs, each with its own warm-up.
     *
     * @throws IllegalArgumentException if {@code period < 2}
     */
    public static void compute(double[] high, double[] low, double[] close, int from, int to, int period,
                               double[] adx, double[] plusDi, double[] minusDi) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2: " + period);
        }
        int diFirst = from + diLookback(period);
        int adxFirst = from + lookback(period);
        Arrays.fill(plusDi, from, Math.min(diFirst, to), Double.NaN);
        Arrays.fill(minusDi, from, Math.min(diFirst, to), Double.NaN);
        Arrays.fill(adx, from, Math.min(adxFirst, to), Double.NaN);
        if (diFirst >= to) {
            return;
        }
        double tr = 0;
        double plusDm = 0;
        double minusDm = 0;
        for (int i = from + 1; i < diFirst; i++) {
            double up = high[i] - high[i - 1];
            double down = low[i - 1] - low[i];
            if (down > 0 && up < down) {
                minusDm += down;
            } else if (up > 0 && up > down) {
                plusDm += up;
            }
            tr += Atr.trueRange(high[i], low[i], close[i - 1]);
        }
        double sumDx = 0;
        double adxValue = 0;
        for (int i = diFirst; i < to; i++) {
            double up = high[i] - high[i - 1];
            double down = low[i - 1] - low[i];
            minusDm -= minusDm / period;
            plusDm -= plusDm / period;
            if (down > 0 && up < down) {
                minusDm += down;
            } else if (up > 0 && up > down) {
                plusDm += up;
            }
            tr = tr - tr / period + Atr.trueRange(high[i], low[i], close[i - 1]);

            double dx = Double.NaN;
            double plus = 0.0;
            double minus = 0.0;
            if (!Zero.near(tr)) {
                minus = 100.0 * (minusDm / tr);
                plus = 100.0 * (plusDm / tr);
                double sum = minus + plus;
                if (!Zero.near(sum)) {
                    dx = 100.0 * (Math.abs(minus - plus) / sum);
                }
            }
            plusDi[i] = plus;
            minusDi[i] = minus;
            if (i < adxFirst) {
                if (dx == dx) {
                    sumDx += dx;
                }
                continue;
            }
            if (i == adxFirst) {
                if (dx == dx) {
                    sumDx += dx;
                }
                adxValue = sumDx / period;
            } else if (dx == dx) {
                adxValue = (adxValue * (period - 1) + dx) / period;
            }
            adx[i] = adxValue;
        }
    }
}
