package io.technic.scanner.analytics;

/**
 * What to compute after a scan.
 *
 * @param accountUsd   account size for position sizing, USD; 0 = no sizing
 * @param riskFraction fraction of the account risked per trade (0.01 = 1 %)
 * @param optionIdeas  option ideas for this many top rows (0 = none)
 * @param portfolio    portfolio weights for this many top rows (0 = none)
 */
public record AnalyticsSpec(double accountUsd, double riskFraction, int optionIdeas, int portfolio) {

    /** Nothing beyond the ranking. */
    public static final AnalyticsSpec NONE = new AnalyticsSpec(0, 0.01, 0, 0);

    public AnalyticsSpec {
        if (!(accountUsd >= 0)) {
            throw new IllegalArgumentException("accountUsd must be >= 0: " + accountUsd);
        }
        if (accountUsd > 0 && !(riskFraction > 0 && riskFraction < 1)) {
            throw new IllegalArgumentException("riskFraction must be in (0, 1): " + riskFraction);
        }
        if (optionIdeas < 0 || portfolio < 0) {
            throw new IllegalArgumentException("counts must be >= 0: options " + optionIdeas + ", portfolio " + portfolio);
        }
    }

    public boolean isEmpty() {
        return accountUsd == 0 && optionIdeas == 0 && portfolio == 0;
    }
}
