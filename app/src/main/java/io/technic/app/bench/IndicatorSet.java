package io.technic.app.bench;

import java.util.List;

/**
 * The indicator set the engine's indicator stage computes and both anchors reproduce, as the
 * ordered names of their outputs. {@code lastValues(symbol)} of either anchor returns one value
 * per name, in this order.
 *
 * <p>Units follow each library where they differ (the anchors time the work, they are not the
 * definition): ROC in percent; Bollinger bandwidth a fraction of the middle band in the TA-Lib
 * anchor and percent in ta4j's {@code BollingerBandWidthIndicator}; 52-week distances,
 * gap and realized volatility as fractions.
 */
public final class IndicatorSet {

    private IndicatorSet() {}

    /** Output names, in the order of {@code lastValues}. */
    public static final List<String> OUTPUTS = List.of(
            "sma20", "sma50", "sma200", "ema12", "ema26", "rsi14",
            "macd", "macdSignal", "macdHist", "atr14", "natr14",
            "bbUpper", "bbMiddle", "bbLower", "bbPercentB", "bbWidth",
            "stochK", "stochD", "adx14", "plusDi14", "minusDi14",
            "cci20", "willR14", "roc10", "obv", "mfi14",
            "keltnerMiddle", "keltnerUpper", "keltnerLower", "donchianHigh", "donchianLow",
            "aroonUp", "aroonDown", "aroonOsc", "cmf20",
            "high52w", "low52w", "distHigh52w", "distLow52w", "vwap20",
            "supertrend", "psar", "tenkan", "kijun", "senkouA", "senkouB",
            "realizedVol20", "relVolume20", "gapPct", "rsVsIndex63",
            "linRegSlope50", "linRegR2_50");

    /** Position of {@code name} in {@link #OUTPUTS}. */
    public static int indexOf(String name) {
        int i = OUTPUTS.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown output " + name);
        }
        return i;
    }

    /** Trading days per year, used to annualise realized volatility. */
    static final double TRADING_DAYS = 252;
}
