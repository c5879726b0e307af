package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Supertrend (Olivier Seban), usually 10 / 3, with the final-band ratchet that TradingView's
 * {@code ta.supertrend} uses. With {@code atr} = ATR({@code atrPeriod}) (TA-Lib ATR, Wilder)
 * and {@code hl2 = (high + low) / 2}:
 * <pre>
 * basicUpper = hl2 + multiplier * atr            basicLower = hl2 - multiplier * atr
 * upper = basicUpper &lt; upper[-1] || close[-1] &gt; upper[-1] ? basicUpper : upper[-1]
 * lower = basicLower &gt; lower[-1] || close[-1] &lt; lower[-1] ? basicLower : lower[-1]
 * down trend: turns up   when close &gt; upper, else stays down
 * up trend:   turns down when close &lt; lower, else stays up
 * line = up ? lower : upper
 * </pre>
 * So the line only ratchets towards price while the trend lasts, the close is never on the
 * wrong side of it (up: {@code close >= line}; down: {@code close <= line}), and the direction
 * changes only on a close strictly through the current band.
 *
 * <p>The first defined bar (bar {@code atrPeriod} of the range) takes both basic bands as its
 * final bands and continues an assumed down trend, as TradingView starts; it is therefore up
 * only if its close is already above the upper band. The trend is kept as explicit state rather
 * than read back by comparing the previous line with the previous upper band, which differs
 * from TradingView only when the ATR is 0.
 *
 * <p>Outputs: {@code line} in price units and {@code direction}, {@code +1} up / {@code -1}
 * down, NaN in the warm-up. Stateless and thread-safe.
 */
public final class Supertrend {

    private Supertrend() {}

    /** Warm-up in bars: {@code atrPeriod} (10 for 10 / 3), the same for both outputs. */
    public static int lookback(int atrPeriod) {
        return Atr.lookback(atrPeriod);
    }

    /**
     * Writes the Supertrend of {@code [from, to)} into the same positions of {@code line} and
     * {@code direction} (distinct arrays, neither of them an input).
     *
     * @throws IllegalArgumentException if {@code atrPeriod < 1} or {@code multiplier} is not a
     *         finite number {@code > 0}
     */
    public static void compute(double[] high, double[] low, double[] close, int from, int to,
                               int atrPeriod, double multiplier, double[] line, double[] direction) {
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be finite and > 0: " + multiplier);
        }
        Atr.compute(high, low, close, from, to, atrPeriod, line); // line holds the ATR until overwritten
        int first = Math.min(from + lookback(atrPeriod), to);
        Arrays.fill(direction, from, first, Double.NaN);
        double upper = Double.NaN;
        double lower = Double.NaN;
        boolean up = false;
        for (int i = first; i < to; i++) {
            double hl2 = (high[i] + low[i]) / 2;
            double band = multiplier * line[i];
            double basicUpper = hl2 + band;
            double basicLower = hl2 - band;
            if (i == first) {
                upper = basicUpper;
                lower = basicLower;
            } else {
                double prevClose = close[i - 1];
                upper = basicUpper < upper || prevClose > upper ? basicUpper : upper;
                lower = basicLower > lower || prevClose < lower ? basicLower : lower;
            }
            up = up ? !(close[i] < lower) : close[i] > upper;
            line[i] = up ? lower : upper;
            direction[i] = up ? 1 : -1;
        }
    }
}
