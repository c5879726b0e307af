package io.technic.scanner.model;

/**
 * Fundamental ratios of one company, as fractions (0.15 = 15 %), {@code NaN} where unknown.
 *
 * @param pe            price / trailing earnings
 * @param roe           return on equity, fraction
 * @param grossMargin   gross margin, fraction
 * @param netMargin     net margin, fraction
 * @param revenueGrowth year-over-year revenue growth, fraction
 * @param debtToEquity  total debt / equity
 */
public record Fundamentals(double pe, double roe, double grossMargin, double netMargin,
                           double revenueGrowth, double debtToEquity) {

    /** No fundamentals known (every field {@code NaN}). */
    public static final Fundamentals NONE =
            new Fundamentals(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Whether at least one field is known. */
    public boolean isPresent() {
        return !Double.isNaN(pe) || !Double.isNaN(roe) || !Double.isNaN(grossMargin)
                || !Double.isNaN(netMargin) || !Double.isNaN(revenueGrowth) || !Double.isNaN(debtToEquity);
    }
}
