package io.technic.scanner.score.options;

/**
 * Settings of {@link OptionIdeas#suggest}: the horizon and the rates of the Black–Scholes
 * estimates.
 *
 * @param horizonDays   days to expiry, calendar days, {@code >= 1} (default 30)
 * @param rate          risk-free rate, annualised continuously compounded fraction (default 0.04)
 * @param dividendYield continuous dividend yield, annualised fraction (default 0)
 */
public record IdeaSpec(int horizonDays, double rate, double dividendYield) {

    /** 30 calendar days, 4 % risk-free, no dividend. */
    public static final IdeaSpec DEFAULT = new IdeaSpec(30, 0.04, 0);

    /**
     * @throws IllegalArgumentException naming the field when {@code horizonDays < 1} or a rate is not finite
     */
    public IdeaSpec {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays must be >= 1: " + horizonDays);
        }
        BlackScholes.finite("rate", rate);
        BlackScholes.finite("dividendYield", dividendYield);
    }

    /** Time to expiry in years: {@code horizonDays / 365}. */
    public double years() {
        return horizonDays / 365.0;
    }
}
