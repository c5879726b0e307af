package io.technic.scanner.score.options;

/**
 * Black–Scholes–Merton value and delta of a European option on a stock paying a continuous
 * dividend yield.
 *
 * <pre>
 *   d1 = (ln(S/K) + (r − q + σ²/2) T) / (σ√T),   d2 = d1 − σ√T
 *   call = S e^{−qT} Φ(d1) − K e^{−rT} Φ(d2)      delta = e^{−qT} Φ(d1)
 *   put  = K e^{−rT} Φ(−d2) − S e^{−qT} Φ(−d1)    delta = −e^{−qT} Φ(−d1)
 * </pre>
 * Both legs of each formula use {@link Normal#cdf} of the tail side directly (no {@code 1 − Φ}),
 * so deep out-of-the-money values keep their relative precision. When {@code σ√T = 0} (no
 * volatility or at expiry) the value is the discounted intrinsic value
 * {@code max(±(S e^{−qT} − K e^{−rT}), 0)} and delta is {@code ±e^{−qT}}, 0, or half of that when
 * the forward equals the strike (the limit as {@code σ → 0}).
 *
 * <p>Units: prices in the stock's currency per share; {@code years} in years (calendar days
 * / 365); {@code vol}, {@code rate} and {@code dividendYield} annualised, continuously
 * compounded fractions (0.04 = 4 %). Stateless and thread-safe.
 */
public final class BlackScholes {

    private BlackScholes() {}

    /**
     * Option value per share.
     *
     * @param type          call or put
     * @param spot          stock price, {@code > 0}
     * @param strike        strike, {@code > 0}
     * @param years         time to expiry in years, {@code >= 0}
     * @param vol           annualised volatility, {@code >= 0}
     * @param rate          risk-free rate, finite
     * @param dividendYield continuous dividend yield, finite
     * @throws IllegalArgumentException naming the field when an input is NaN, infinite or out of range
     * @throws NullPointerException     if {@code type} is null
     */
    public static double price(OptionType type, double spot, double strike, double years, double vol,
                               double rate, double dividendYield) {
        validate(type, spot, strike, years, vol, rate, dividendYield);
        double fs = spot * Math.exp(-dividendYield * years);  // discounted forward
        double fk = strike * Math.exp(-rate * years);         // discounted strike
        double sd = vol * Math.sqrt(years);
        if (sd == 0) {
            return Math.max(type == OptionType.CALL ? fs - fk : fk - fs, 0);
        }
        double d1 = Math.log(fs / fk) / sd + 0.5 * sd;
        double d2 = d1 - sd;
        double v = type == OptionType.CALL
                ? fs * Normal.cdf(d1) - fk * Normal.cdf(d2)
                : fk * Normal.cdf(-d2) - fs * Normal.cdf(-d1);
        return Math.max(v, 0); // cancellation deep in the money can leave -1e-16
    }

    /**
     * Delta: the change in option value per unit change in the stock price; in
     * {@code [0, e^{−qT}]} for calls, {@code [−e^{−qT}, 0]} for puts.
     *
     * @throws IllegalArgumentException naming the field when an input is NaN, infinite or out of range
     * @throws NullPointerException     if {@code type} is null
     */
    public static double delta(OptionType type, double spot, double strike, double years, double vol,
                               double rate, double dividendYield) {
        validate(type, spot, strike, years, vol, rate, dividendYield);
        double dq = Math.exp(-dividendYield * years);
        double fs = spot * dq;
        double fk = strike * Math.exp(-rate * years);
        double sd = vol * Math.sqrt(years);
        double callDelta;
        if (sd == 0) {
            callDelta = fs > fk ? dq : fs < fk ? 0 : 0.5 * dq;
        } else {
            double d1 = Math.log(fs / fk) / sd + 0.5 * sd;
            if (type == OptionType.PUT) {
                return -dq * Normal.cdf(-d1);
            }
            callDelta = dq * Normal.cdf(d1);
        }
        return type == OptionType.CALL ? callDelta : callDelta - dq;
    }

    private static void validate(OptionType type, double spot, double strike, double years, double vol,
                                 double rate, double dividendYield) {
        java.util.Objects.requireNonNull(type, "type");
        positive("spot", spot);
        positive("strike", strike);
        nonNegative("years", years);
        nonNegative("vol", vol);
        finite("rate", rate);
        finite("dividendYield", dividendYield);
    }

    static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number > 0: " + v);
        }
    }

    static void nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0: " + v);
        }
    }

    static void finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be finite: " + v);
        }
    }
}
