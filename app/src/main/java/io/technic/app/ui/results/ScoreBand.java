package io.technic.app.ui.results;

/**
 * Colour band of a 0–100 score, shown as a CSS pseudo-class on score cells
 * ({@code :band-strong}, {@code :band-good}, {@code :band-weak}; coloured by the theme tokens
 * {@code -tx-band-strong}, {@code -tx-band-good}, {@code -tx-band-weak}).
 */
public enum ScoreBand {
    /** 80 and above. */
    STRONG("band-strong"),
    /** 60 to below 80. */
    GOOD("band-good"),
    /** 20 to below 60, or no value: no colour. */
    NEUTRAL(null),
    /** Below 20. */
    WEAK("band-weak");

    private final String pseudoClass;

    ScoreBand(String pseudoClass) {
        this.pseudoClass = pseudoClass;
    }

    /** The pseudo-class name, or null for {@link #NEUTRAL}. */
    public String pseudoClass() {
        return pseudoClass;
    }

    public static ScoreBand of(double score) {
        if (!(score == score)) {
            return NEUTRAL;
        }
        if (score >= 80) {
            return STRONG;
        }
        if (score >= 60) {
            return GOOD;
        }
        return score < 20 ? WEAK : NEUTRAL;
    }
}
