package io.technic.scanner.score;

import io.technic.scanner.indicator.RealizedVolatility;
import io.technic.scanner.indicator.Sma;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Regime;
import java.time.LocalDate;

/**
 * Classifies the market regime from the index series at a date:
 * <ul>
 *   <li>trend: up when the index closes above its SMA 200 and the SMA 200 is higher than 20
 *       bars earlier; down when below and falling; otherwise neutral;</li>
 *   <li>volatility: the index's 20-day realized volatility ranked among its own 20-day
 *       volatilities over the last (up to) 756 bars; at or above the 70th percentile is
 *       volatile.</li>
 * </ul>
 * Uses only bars on or before the date. Stateless and thread-safe.
 */
public final class RegimeClassifier {

    /** Volatility percentile at or above which a regime is volatile. */
    public static final double VOLATILE_PERCENTILE = 0.70;
    static final int MIN_BARS = 220;
    private static final int VOL_HISTORY = 756;

    private RegimeClassifier() {}

    /** The regime of {@code index} (a one-symbol block, or null) at {@code asOf}. */
    public static Regime classify(BarColumns index, LocalDate asOf) {
        if (index == null || index.symbolCount() != 1 || asOf == null) {
            return Regime.UNKNOWN;
        }
        int at = index.lastIndexOnOrBefore(0, (int) asOf.toEpochDay());
        int start = Math.max(index.start(0), at + 1 - VOL_HISTORY - 20);
        int n = at - start + 1;
        if (n < MIN_BARS) {
            return Regime.UNKNOWN;
        }
        double[] c = java.util.Arrays.copyOfRange(index.close(), start, at + 1);
        double[] sma = new double[n];
        Sma.compute(c, n - 221, n, 200, sma);
        double smaNow = sma[n - 1];
        double smaThen = sma[n - 21];
        double slope = smaNow / smaThen - 1;
        double close = c[n - 1];
        double[] vol = new double[n];
        RealizedVolatility.compute(c, 0, n, 20, vol);
        double now = vol[n - 1];
        int below = 0;
        int count = 0;
        for (int i = RealizedVolatility.lookback(20); i < n; i++) {
            count++;
            if (vol[i] < now) {
                below++;
            }
        }
        double pct = count <= 1 ? Double.NaN : (double) below / (count - 1);
        boolean up = close > smaNow && slope > 0;
        boolean down = close < smaNow && slope < 0;
        boolean volatileState = pct >= VOLATILE_PERCENTILE;
        Regime.Name name = up ? (volatileState ? Regime.Name.BULL_VOLATILE : Regime.Name.BULL_QUIET)
                : down ? (volatileState ? Regime.Name.BEAR_VOLATILE : Regime.Name.BEAR_QUIET)
                : Regime.Name.NEUTRAL;
        return new Regime(name, index.date(at), close, smaNow, slope, now, pct);
    }
}
