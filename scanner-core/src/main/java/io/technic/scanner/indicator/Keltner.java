package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Keltner channel, the StockCharts / Linda Raschke definition: middle = EMA({@code emaPeriod})
 * of the close (TA-Lib EMA, SMA-seeded), upper / lower = middle ± {@code multiplier} ×
 * ATR({@code atrPeriod}) (TA-Lib ATR, Wilder smoothing). The usual parameters are 20, 10 and 2.
 *
 * <p>Outputs: the three lines in price units, and the position of the close in the channel,
 * {@code (close - lower) / (upper - lower)}, a fraction: 0 on the lower line, 1 on the upper,
 * outside [0, 1] when the close is outside the channel, NaN when the channel has zero width
 * (ATR 0). Stateless and thread-safe.
 */
public final class Keltner {

    private Keltner() {}

    /**
     * Warm-up in bars: {@code max(emaPeriod - 1, atrPeriod)}, the same for all four outputs
     * (19 for 20 / 10).
     */
    public static int lookback(int emaPeriod, int atrPeriod) {
        return Math.max(Ema.lookback(emaPeriod), Atr.lookback(atrPeriod));
    }

    /**
     * Writes the channel of {@code [from, to)} into the same positions of the four outputs,
     * which must be distinct arrays, none of them an input.
     *
     * @throws IllegalArgumentException if {@code emaPeriod < 1}, {@code atrPeriod < 1}, or
     *         {@code multiplier} is not a finite number {@code > 0}
     */
    public static void compute(double[] high, double[] low, double[] close, int from, int to,
                               int emaPeriod, int atrPeriod, double multiplier,
                               double[] upper, double[] middle, double[] lower, double[] position) {
        if (emaPeriod < 1 || atrPeriod < 1) {
            throw new IllegalArgumentException("periods must be >= 1: ema " + emaPeriod + ", atr " + atrPeriod);
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be finite and > 0: " + multiplier);
        }
        int first = Math.min(from + lookback(emaPeriod, atrPeriod), to);
        Ema.compute(close, from, to, emaPeriod, middle);
        Atr.compute(high, low, close, from, to, atrPeriod, lower); // lower holds the ATR until overwritten
        Arrays.fill(upper, from, first, Double.NaN);
        Arrays.fill(middle, from, first, Double.NaN);
        Arrays.fill(lower, from, first, Double.NaN);
        Arrays.fill(position, from, first, Double.NaN);
        for (int i = first; i < to; i++) {
            double mid = middle[i];
            double band = multiplier * lower[i];
            double up = mid + band;
            double down = mid - band;
            upper[i] = up;
            lower[i] = down;
            position[i] = up > down ? (close[i] - down) / (up - down) : Double.NaN;
        }
    }
}
