package io.technic.scanner.score.options;

import java.util.Locale;

/**
 * The market backdrop an option idea is chosen in: the index trend (bull, bear or neither)
 * crossed with its volatility state (quiet or volatile). The regime score of the engine
 * decides which applies; this enum only names the states so that this package stays
 * independent. In {@link OptionIdeas} the regime matters through {@link #isBear()} (bear
 * regimes shift ideas to defined-risk spreads) and {@link #BULL_QUIET} (the one regime calm
 * enough to sell puts into high volatility).
 */
public enum MarketRegime {
    /** Index in an uptrend with volatility at or below its usual level. */
    BULL_QUIET,
    /** Index in an uptrend with volatility above its usual level. */
    BULL_VOLATILE,
    /** Index in a downtrend with volatility at or below its usual level. */
    BEAR_QUIET,
    /** Index in a downtrend with volatility above its usual level. */
    BEAR_VOLATILE,
    /** No clear index trend. */
    NEUTRAL;

    /** Whether the index is in a downtrend. */
    public boolean isBear() {
        return this == BEAR_QUIET || this == BEAR_VOLATILE;
    }

    /**
     * Parses a regime name such as {@code "BULL_QUIET"} or {@code "bull-quiet"}, any case.
     *
     * @throws IllegalArgumentException if the name is none of the five
     */
    public static MarketRegime parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown market regime '" + name
                    + "' (expected BULL_QUIET, BULL_VOLATILE, BEAR_QUIET, BEAR_VOLATILE or NEUTRAL)");
        }
    }
}
