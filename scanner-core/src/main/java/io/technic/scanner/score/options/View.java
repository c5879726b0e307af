package io.technic.scanner.score.options;

/** The directional view behind an option idea, usually from the symbol's rank in the scan. */
public enum View {
    BULLISH,
    NEUTRAL,
    BEARISH;

    /**
     * The view from a cross-sectional rank percentile (1 = best ranked): top quintile
     * ({@code >= 0.8}) bullish, bottom quintile ({@code <= 0.2}) bearish, neutral between.
     *
     * @param rankPercentile rank percentile in [0, 1]
     * @throws IllegalArgumentException if {@code rankPercentile} is NaN or outside [0, 1]
     */
    public static View fromRankPercentile(double rankPercentile) {
        if (!(rankPercentile >= 0 && rankPercentile <= 1)) {
            throw new IllegalArgumentException("rankPercentile must be in [0, 1]: " + rankPercentile);
        }
        return rankPercentile >= 0.8 ? BULLISH : rankPercentile <= 0.2 ? BEARISH : NEUTRAL;
    }
}
