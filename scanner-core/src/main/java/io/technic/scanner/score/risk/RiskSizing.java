package io.technic.scanner.score.risk;

/**
 * Volatility-based sizing of a long position: expected move, ATR stop and share count.
 *
 * <p>With close {@code C}, daily volatility {@code σ} (the annualised realised volatility
 * divided by {@code √252}), ATR {@code A}, stop multiple {@code k}, account {@code E}, risk
 * fraction {@code r}, position cap {@code f} and horizon {@code h} trading days:
 * <pre>
 *   expected move (1σ)  = C × σ × √h                       USD; ÷ C × 100 for percent
 *   stop distance       = min(k × A, C)                    USD per share (a long cannot lose more than C)
 *   stop price          = C − stop distance
 *   risk shares         = floor(E × r / stop distance)
 *   cap shares          = floor(E × f / C)                 position value never above f × E
 *   shares              = min(risk shares, cap shares)
 * </pre>
 * The floors carry a guard of 1e-9 share so that an exact quotient such as 200 is not
 * floored to 199 by rounding. Stateless and thread-safe.
 */
public final class RiskSizing {

    /** Trading days per year; divides annualised volatility into daily: {@code σ_daily = σ_year / √252}. */
    public static final int TRADING_DAYS_PER_YEAR = 252;

    private static final double FLOOR_GUARD = 1e-9;

    private RiskSizing() {}

    /**
     * Daily volatility from an annualised one (for example the feature {@code realizedVol20}).
     *
     * @param annualVol annualised volatility as a fraction (0.30 = 30 % a year)
     * @return {@code annualVol / √252}
     * @throws IllegalArgumentException if {@code annualVol} is NaN, infinite or {@code <= 0}
     */
    public static double dailyVol(double annualVol) {
        requirePositive("annualVol", annualVol);
        return annualVol / Math.sqrt(TRADING_DAYS_PER_YEAR);
    }

    /**
     * Sizes a long position.
     *
     * @param close    last close, USD, {@code > 0}
     * @param atr14    14-day average true range, USD, {@code > 0}
     * @param dailyVol daily volatility as a fraction (0.02 = 2 % a day), {@code > 0}
     * @param spec     account, risk fraction, stop multiple, position cap and horizon
     * @return the plan
     * @throws IllegalArgumentException naming the field when {@code close}, {@code atr14} or
     *                                  {@code dailyVol} is NaN, infinite or {@code <= 0}
     * @throws NullPointerException     if {@code spec} is null
     */
    public static SizingPlan plan(double close, double atr14, double dailyVol, SizingSpec spec) {
        requirePositive("close", close);
        requirePositive("atr14", atr14);
        requirePositive("dailyVol", dailyVol);
        double account = spec.accountUsd();
        int h = spec.horizonDays();

        double move = close * dailyVol * Math.sqrt(h);
        double stop = Math.min(spec.atrStopMultiple() * atr14, close);
        double budget = account * spec.riskFraction();
        long riskShares = wholeShares(budget / stop);
        long capShares = wholeShares(account * spec.maxPositionFraction() / close);
        long shares = Math.min(riskShares, capShares);
        double value = shares * close;
        return new SizingPlan(close, h, move, 100 * move / close, stop, 100 * stop / close, close - stop,
                budget, shares, value, 100 * value / account, shares * stop, capShares < riskShares);
    }

    /**
     * Convenience for {@link #plan(double, double, double, SizingSpec)} with the default stop
     * multiple (2 ATR), position cap (20 % of the account) and horizon (10 trading days).
     *
     * @throws IllegalArgumentException naming the field when an input is NaN, infinite or out of range
     */
    public static SizingPlan plan(double close, double atr14, double dailyVol, double accountUsd,
                                  double riskFraction) {
        return plan(close, atr14, dailyVol, SizingSpec.of(accountUsd, riskFraction));
    }

    private static long wholeShares(double x) {
        return (long) Math.floor(x + FLOOR_GUARD);
    }

    static void requirePositive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number > 0: " + v);
        }
    }
}
