package io.technic.scanner.model;

import java.time.LocalDate;

/**
 * The market regime at the as-of date, from the index series: trend × volatility state.
 *
 * @param name             the named regime
 * @param asOf             the index bar used (on or before the scan's as-of date); null when unknown
 * @param indexClose       index close on that bar
 * @param sma200           the index's 200-bar SMA
 * @param sma200Slope      SMA 200 now / SMA 200 twenty bars earlier − 1 (fraction)
 * @param realizedVol      the index's 20-day realized volatility, annualized fraction
 * @param volPercentile    where that volatility sits among the index's own 20-day volatilities of
 *                         the last (up to) three years, 0–1
 */
public record Regime(Name name, LocalDate asOf, double indexClose, double sma200, double sma200Slope,
                     double realizedVol, double volPercentile) {

    /** Named regimes. */
    public enum Name {
        /** Index above a rising SMA 200, volatility below its 70th percentile. */
        BULL_QUIET,
        /** Index above a rising SMA 200, volatility at or above its 70th percentile. */
        BULL_VOLATILE,
        /** Index below a falling SMA 200, volatility below its 70th percentile. */
        BEAR_QUIET,
        /** Index below a falling SMA 200, volatility at or above its 70th percentile. */
        BEAR_VOLATILE,
        /** Price and SMA 200 slope disagree: a transition. */
        NEUTRAL,
        /** No index series, or too little index history (needs 220 bars). */
        UNKNOWN;

        /** Whether the index is in a down trend (the BEAR regimes). */
        public boolean isBear() {
            return this == BEAR_QUIET || this == BEAR_VOLATILE;
        }
    }

    /** The regime when nothing is known about the index. */
    public static final Regime UNKNOWN = new Regime(Name.UNKNOWN, null, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN);

    /** One line for people, e.g. {@code BULL_QUIET (index 511.72 vs SMA200 454.07, vol 12% at pct 38)}. */
    public String describe() {
        if (asOf == null) {
            return name.name();
        }
        return String.format(java.util.Locale.ROOT, "%s (index %.2f vs SMA200 %.2f, vol %.0f%% at pct %.0f)", name,
                indexClose, sma200, 100 * realizedVol, 100 * volPercentile);
    }

    /** Whether volatility is in its upper band (the VOLATILE regimes). */
    public boolean isVolatile() {
        return name == Name.BULL_VOLATILE || name == Name.BEAR_VOLATILE;
    }
}
