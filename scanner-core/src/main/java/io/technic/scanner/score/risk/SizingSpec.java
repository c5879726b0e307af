package io.technic.scanner.score.risk;

/**
 * The trader's side of a sizing: account, risk per trade, stop rule, position cap, horizon.
 *
 * @param accountUsd          account equity in USD, {@code > 0}
 * @param riskFraction        fraction of the account lost if the stop is hit, in (0, 1]
 *                            (0.01 = risk 1 % per trade)
 * @param atrStopMultiple     stop distance in ATRs, {@code > 0} (default {@value #DEFAULT_ATR_STOP_MULTIPLE})
 * @param maxPositionFraction largest position value as a fraction of the account, in (0, 1]
 *                            (default {@value #DEFAULT_MAX_POSITION_FRACTION})
 * @param horizonDays         horizon of the expected move in trading days, {@code >= 1}
 *                            (default {@value #DEFAULT_HORIZON_DAYS})
 */
public record SizingSpec(double accountUsd, double riskFraction, double atrStopMultiple,
                         double maxPositionFraction, int horizonDays) {

    /** Default stop: two ATRs below the close. */
    public static final double DEFAULT_ATR_STOP_MULTIPLE = 2.0;
    /** Default cap on one position: 20 % of the account. */
    public static final double DEFAULT_MAX_POSITION_FRACTION = 0.20;
    /** Default horizon of the expected move: 10 trading days (the Alpha 10d horizon). */
    public static final int DEFAULT_HORIZON_DAYS = 10;

    /**
     * @throws IllegalArgumentException naming the field when a value is NaN, infinite or out of range
     */
    public SizingSpec {
        RiskSizing.requirePositive("accountUsd", accountUsd);
        RiskSizing.requirePositive("riskFraction", riskFraction);
        if (riskFraction > 1) {
            throw new IllegalArgumentException("riskFraction must be in (0, 1]: " + riskFraction);
        }
        RiskSizing.requirePositive("atrStopMultiple", atrStopMultiple);
        RiskSizing.requirePositive("maxPositionFraction", maxPositionFraction);
        if (maxPositionFraction > 1) {
            throw new IllegalArgumentException("maxPositionFraction must be in (0, 1]: " + maxPositionFraction);
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays must be >= 1: " + horizonDays);
        }
    }

    /**
     * A spec with the default stop multiple (2 ATR), position cap (20 %) and horizon (10 days).
     *
     * @throws IllegalArgumentException naming the field when a value is out of range
     */
    public static SizingSpec of(double accountUsd, double riskFraction) {
        return new SizingSpec(accountUsd, riskFraction, DEFAULT_ATR_STOP_MULTIPLE,
                DEFAULT_MAX_POSITION_FRACTION, DEFAULT_HORIZON_DAYS);
    }

    /** This spec with another stop multiple. */
    public SizingSpec withAtrStopMultiple(double k) {
        return new SizingSpec(accountUsd, riskFraction, k, maxPositionFraction, horizonDays);
    }

    /** This spec with another position cap (fraction of the account). */
    public SizingSpec withMaxPositionFraction(double f) {
        return new SizingSpec(accountUsd, riskFraction, atrStopMultiple, f, horizonDays);
    }

    /** This spec with another horizon in trading days. */
    public SizingSpec withHorizonDays(int days) {
        return new SizingSpec(accountUsd, riskFraction, atrStopMultiple, maxPositionFraction, days);
    }
}
