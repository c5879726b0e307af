package io.technic.scanner.score.options;

import static io.technic.scanner.score.options.OptionType.CALL;
import static io.technic.scanner.score.options.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BlackScholesTest {

    @Test
    void hullTextbookExampleGivesCall476AndPut081() {
        // Hull, Options, Futures and Other Derivatives, Example 15.6: S=42, K=40, r=10 %, σ=20 %, T=0.5
        assertThat(BlackScholes.price(CALL, 42, 40, 0.5, 0.2, 0.1, 0)).isEqualTo(4.76, within(0.005));
        assertThat(BlackScholes.price(PUT, 42, 40, 0.5, 0.2, 0.1, 0)).isEqualTo(0.81, within(0.005));
    }

    /** {type, S, K, T, σ, r, q, price, delta}: mpmath at 50 digits. */
    @Test
    void pricesAndDeltasMatchFiftyDigitReferences() {
        check(CALL, 42, 40, 0.5, 0.2, 0.1, 0, 4.7594223928715333951, 0.7791312909426689359, 1e-13);
        check(PUT, 42, 40, 0.5, 0.2, 0.1, 0, 0.80859937290009365311, -0.2208687090573310641, 1e-13);
        check(CALL, 100, 100, 1, 0.25, 0.04, 0.02, 10.655307010548029154, 0.56970513043259209488, 1e-13);
        check(PUT, 100, 100, 1, 0.25, 0.04, 0.02, 8.7143835951048198362, -0.41049354287416320694, 1e-13);
        check(CALL, 50, 55, 30 / 365.0, 0.45, 0.04, 0, 0.94239498930534382322, 0.25823818749607811631, 1e-13);
        check(PUT, 50, 45, 30 / 365.0, 0.45, 0.04, 0, 0.68053714419465073784, -0.18229126048184475948, 1e-13);
        // far out of the money: relative precision survives where 1 - Φ would give 0
        check(CALL, 100, 250, 0.1, 0.2, 0.04, 0, 1.2414775151517893108e-47, 2.8645154869897557286e-47, 1e-11);
        check(PUT, 100, 30, 0.25, 0.3, 0.05, 0.01, 2.8379723071001755892e-16, -1.5618362261328165074e-16, 1e-11);
    }

    private static void check(OptionType t, double s, double k, double T, double v, double r, double q,
                              double price, double delta, double rel) {
        double p = BlackScholes.price(t, s, k, T, v, r, q);
        double d = BlackScholes.delta(t, s, k, T, v, r, q);
        assertThat(Math.abs(p - price) / price).as("%s %s/%s price %s vs %s", t, s, k, p, price).isLessThan(rel);
        assertThat(Math.abs(d - delta) / Math.abs(delta)).as("%s %s/%s delta", t, s, k).isLessThan(rel);
    }

    @Test
    void putCallParityHoldsAcrossStrikesVolsAndDividends() {
        for (double k = 20; k <= 200; k += 15) {
            for (double vol : new double[] {0.05, 0.2, 0.6, 1.5}) {
                for (double q : new double[] {0, 0.03}) {
                    double T = 0.75;
                    double r = 0.04;
                    double c = BlackScholes.price(CALL, 100, k, T, vol, r, q);
                    double p = BlackScholes.price(PUT, 100, k, T, vol, r, q);
                    double parity = 100 * Math.exp(-q * T) - k * Math.exp(-r * T);
                    assertThat(c - p).as("K=%s vol=%s q=%s", k, vol, q).isEqualTo(parity, within(1e-11));
                    double dc = BlackScholes.delta(CALL, 100, k, T, vol, r, q);
                    double dp = BlackScholes.delta(PUT, 100, k, T, vol, r, q);
                    assertThat(dc - dp).isEqualTo(Math.exp(-q * T), within(1e-15));
                }
            }
        }
    }

    @Test
    void zeroVolatilityOrExpiryGivesDiscountedIntrinsicValue() {
        assertThat(BlackScholes.price(CALL, 110, 100, 0, 0.3, 0.04, 0)).isEqualTo(10.0);
        assertThat(BlackScholes.price(PUT, 110, 100, 0, 0.3, 0.04, 0)).isZero();
        assertThat(BlackScholes.price(PUT, 90, 100, 0, 0.3, 0.04, 0)).isEqualTo(10.0);
        assertThat(BlackScholes.price(CALL, 110, 100, 1, 0, 0.04, 0))
                .isEqualTo(110 - 100 * Math.exp(-0.04), within(1e-12));
        assertThat(BlackScholes.delta(CALL, 110, 100, 0, 0.3, 0.04, 0)).isEqualTo(1.0);
        assertThat(BlackScholes.delta(PUT, 110, 100, 0, 0.3, 0.04, 0)).isZero();
        assertThat(BlackScholes.delta(PUT, 90, 100, 0, 0.3, 0.04, 0)).isEqualTo(-1.0);
        assertThat(BlackScholes.delta(CALL, 100, 100, 0, 0.3, 0.04, 0)).isEqualTo(0.5);
    }

    @Test
    void vanishingVolatilityConvergesToTheZeroVolatilityLimit() {
        double limit = BlackScholes.price(CALL, 105, 100, 0.5, 0, 0.04, 0.01);
        assertThat(BlackScholes.price(CALL, 105, 100, 0.5, 1e-6, 0.04, 0.01)).isEqualTo(limit, within(1e-12));
        assertThat(BlackScholes.price(PUT, 105, 100, 0.5, 1e-6, 0.04, 0.01)).isZero();
        // at the money near expiry: c ≈ S σ √(T / 2π) → 0
        double atm = BlackScholes.price(CALL, 100, 100, 1e-12, 0.3, 0, 0);
        assertThat(atm).isEqualTo(100 * 0.3 * Math.sqrt(1e-12 / (2 * Math.PI)), within(5e-14)); // cancellation of two ~50 terms
    }

    @Test
    void deepInAndOutOfTheMoneyApproachForwardAndZero() {
        double T = 0.5;
        assertThat(BlackScholes.price(CALL, 1000, 10, T, 0.3, 0.04, 0.02))
                .isEqualTo(1000 * Math.exp(-0.02 * T) - 10 * Math.exp(-0.04 * T), within(1e-10));
        assertThat(BlackScholes.delta(CALL, 1000, 10, T, 0.3, 0.04, 0.02)).isEqualTo(Math.exp(-0.02 * T), within(1e-15));
        assertThat(BlackScholes.price(PUT, 1000, 10, T, 0.3, 0.04, 0.02)).isBetween(0.0, 1e-100);
        assertThat(BlackScholes.delta(PUT, 10, 1000, T, 0.3, 0.04, 0)).isEqualTo(-1.0, within(1e-15));
    }

    @Test
    void valuesAreMonotoneInSpotStrikeVolAndTime() {
        double prevCall = -1;
        double prevPut = Double.MAX_VALUE;
        for (double s = 50; s <= 150; s += 1) {
            double c = BlackScholes.price(CALL, s, 100, 0.5, 0.3, 0.04, 0);
            double p = BlackScholes.price(PUT, s, 100, 0.5, 0.3, 0.04, 0);
            assertThat(c).isGreaterThan(prevCall);
            assertThat(p).isLessThan(prevPut);
            prevCall = c;
            prevPut = p;
        }
        double prev = 0;
        for (double vol = 0.05; vol <= 2; vol += 0.05) {
            double c = BlackScholes.price(CALL, 100, 110, 0.5, vol, 0.04, 0);
            assertThat(c).isGreaterThan(prev);
            prev = c;
        }
        prev = 0;
        for (double T = 0.05; T <= 3; T += 0.05) {
            double c = BlackScholes.price(CALL, 100, 110, T, 0.3, 0.04, 0); // no dividend: call rises with T
            assertThat(c).isGreaterThan(prev);
            prev = c;
        }
        prev = Double.MAX_VALUE;
        for (double k = 60; k <= 140; k += 1) {
            double c = BlackScholes.price(CALL, 100, k, 0.5, 0.3, 0.04, 0);
            assertThat(c).isLessThan(prev);
            prev = c;
        }
    }

    @Test
    void deltaIsTheSlopeOfTheValue() {
        double h = 1e-4;
        for (OptionType t : OptionType.values()) {
            for (double s = 70; s <= 130; s += 7) {
                double numeric = (BlackScholes.price(t, s + h, 100, 0.3, 0.35, 0.04, 0.01)
                        - BlackScholes.price(t, s - h, 100, 0.3, 0.35, 0.04, 0.01)) / (2 * h);
                assertThat(BlackScholes.delta(t, s, 100, 0.3, 0.35, 0.04, 0.01)).isEqualTo(numeric, within(1e-7));
            }
        }
    }

    @Test
    void badInputsAreRejectedByName() {
        assertThatThrownBy(() -> BlackScholes.price(CALL, 0, 100, 1, 0.2, 0, 0)).hasMessageStartingWith("spot ");
        assertThatThrownBy(() -> BlackScholes.price(CALL, 100, Double.NaN, 1, 0.2, 0, 0)).hasMessageStartingWith("strike ");
        assertThatThrownBy(() -> BlackScholes.price(CALL, 100, 100, -1, 0.2, 0, 0)).hasMessageStartingWith("years ");
        assertThatThrownBy(() -> BlackScholes.delta(PUT, 100, 100, 1, -0.2, 0, 0)).hasMessageStartingWith("vol ");
        assertThatThrownBy(() -> BlackScholes.price(PUT, 100, 100, 1, 0.2, Double.NaN, 0)).hasMessageStartingWith("rate ");
        assertThatThrownBy(() -> BlackScholes.price(PUT, 100, 100, 1, 0.2, 0, Double.POSITIVE_INFINITY))
                .hasMessageStartingWith("dividendYield ");
    }
}
