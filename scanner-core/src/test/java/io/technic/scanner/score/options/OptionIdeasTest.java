package io.technic.scanner.score.options;

import io.technic.scanner.model.Regime;

import static io.technic.scanner.model.Regime.Name.BEAR_QUIET;
import static io.technic.scanner.model.Regime.Name.BEAR_VOLATILE;
import static io.technic.scanner.model.Regime.Name.BULL_QUIET;
import static io.technic.scanner.model.Regime.Name.BULL_VOLATILE;
import static io.technic.scanner.model.Regime.Name.NEUTRAL;
import static io.technic.scanner.score.options.OptionType.CALL;
import static io.technic.scanner.score.options.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.score.options.OptionLeg.Action;
import io.technic.scanner.score.options.OptionLeg.Instrument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionIdeasTest {

    private static final double LOW = 0.2;
    private static final double HIGH = 0.8;
    private static final double T = 30 / 365.0;

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "BULLISH, BULL_QUIET,    0.2, LONG_CALL",
        "BULLISH, BULL_QUIET,    0.8, CASH_SECURED_PUT",
        "BULLISH, BULL_VOLATILE, 0.2, LONG_CALL",
        "BULLISH, BULL_VOLATILE, 0.8, BULL_CALL_SPREAD",
        "BULLISH, NEUTRAL,       0.2, LONG_CALL",
        "BULLISH, NEUTRAL,       0.8, BULL_CALL_SPREAD",
        "BULLISH, BEAR_QUIET,    0.2, BULL_CALL_SPREAD",
        "BULLISH, BEAR_QUIET,    0.8, BULL_CALL_SPREAD",
        "BULLISH, BEAR_VOLATILE, 0.2, BULL_CALL_SPREAD",
        "BULLISH, BEAR_VOLATILE, 0.8, BULL_CALL_SPREAD",
        "NEUTRAL, BULL_QUIET,    0.2, NONE",
        "NEUTRAL, BULL_QUIET,    0.8, COVERED_CALL",
        "NEUTRAL, BULL_VOLATILE, 0.2, NONE",
        "NEUTRAL, BULL_VOLATILE, 0.8, COVERED_CALL",
        "NEUTRAL, NEUTRAL,       0.2, NONE",
        "NEUTRAL, NEUTRAL,       0.8, COVERED_CALL",
        "NEUTRAL, BEAR_QUIET,    0.2, COLLAR",
        "NEUTRAL, BEAR_QUIET,    0.8, COLLAR",
        "NEUTRAL, BEAR_VOLATILE, 0.2, COLLAR",
        "NEUTRAL, BEAR_VOLATILE, 0.8, COLLAR",
        "BEARISH, BULL_QUIET,    0.2, BEAR_PUT_SPREAD",
        "BEARISH, BULL_QUIET,    0.8, BEAR_PUT_SPREAD",
        "BEARISH, BULL_VOLATILE, 0.2, BEAR_PUT_SPREAD",
        "BEARISH, BULL_VOLATILE, 0.8, BEAR_PUT_SPREAD",
        "BEARISH, NEUTRAL,       0.2, BEAR_PUT_SPREAD",
        "BEARISH, NEUTRAL,       0.8, BEAR_PUT_SPREAD",
        "BEARISH, BEAR_QUIET,    0.2, LONG_PUT",
        "BEARISH, BEAR_QUIET,    0.8, BEAR_CALL_SPREAD",
        "BEARISH, BEAR_VOLATILE, 0.2, LONG_PUT",
        "BEARISH, BEAR_VOLATILE, 0.8, BEAR_CALL_SPREAD",
    })
    void everyCellOfTheDecisionTableGivesItsStructure(View view, Regime.Name regime, double pct, Structure expected) {
        OptionIdea idea = OptionIdeas.suggest("XYZ", 87.3, 0.35, pct, regime, view);
        assertThat(idea.structure()).isEqualTo(expected);
        assertThat(idea.label()).startsWith("ESTIMATE").contains("realized volatility").contains("not market quotes");
        assertThat(idea.rationale()).contains(view.name(), regime.name(), expected.name());
        if (expected != Structure.NONE) {
            assertPayoffSummaryMatchesABruteForceScan(idea);
        }
    }

    @Test
    void volatilityPercentileOfOneHalfCountsAsHigh() {
        assertThat(OptionIdeas.suggest("X", 50, 0.3, 0.5, BULL_QUIET, View.BULLISH).structure())
                .isEqualTo(Structure.CASH_SECURED_PUT);
        assertThat(OptionIdeas.suggest("X", 50, 0.3, 0.4999, BULL_QUIET, View.BULLISH).structure())
                .isEqualTo(Structure.LONG_CALL);
    }

    @Test
    void expectedMoveIsOneSigmaOverCalendarDays() {
        OptionIdea idea = OptionIdeas.suggest("X", 100, 0.40, LOW, BULL_QUIET, View.BULLISH,
                new IdeaSpec(45, 0.04, 0));
        double move = 100 * 0.40 * Math.sqrt(45 / 365.0);
        assertThat(idea.expectedMoveUsd()).isEqualTo(move, within(1e-12));
        assertThat(idea.expectedMovePct()).isEqualTo(move, within(1e-12)); // close 100: USD = percent
        assertThat(idea.lowerPrice()).isEqualTo(100 - move, within(1e-12));
        assertThat(idea.upperPrice()).isEqualTo(100 + move, within(1e-12));
        assertThat(idea.horizonDays()).isEqualTo(45);
        assertThat(idea.ivProxy()).isEqualTo(0.40);
    }

    @Test
    void longCallBuysTheAtTheMoneyStrikeAndRisksItsPremium() {
        OptionIdea idea = OptionIdeas.suggest("X", 87.3, 0.35, LOW, BULL_QUIET, View.BULLISH);
        OptionLeg call = only(idea.legs());
        assertThat(call.action()).isEqualTo(Action.BUY);
        assertThat(call.instrument()).isEqualTo(Instrument.CALL);
        assertThat(call.strike()).isEqualTo(87.0);
        double c = BlackScholes.price(CALL, 87.3, 87, T, 0.35, 0.04, 0);
        assertThat(call.price()).isEqualTo(c);
        assertThat(idea.netDebit()).isEqualTo(c);
        assertThat(idea.maxLoss()).isEqualTo(c, within(1e-12));
        assertThat(idea.maxGain()).isInfinite();
        assertThat(idea.breakeven()).isEqualTo(87 + c, within(1e-12));
        assertThat(idea.netDelta()).isEqualTo(BlackScholes.delta(CALL, 87.3, 87, T, 0.35, 0.04, 0));
    }

    @Test
    void longPutRisksItsPremiumAndGainsAtMostStrikeLessPremium() {
        OptionIdea idea = OptionIdeas.suggest("X", 87.3, 0.35, LOW, BEAR_QUIET, View.BEARISH);
        OptionLeg put = only(idea.legs());
        assertThat(put.instrument()).isEqualTo(Instrument.PUT);
        double p = BlackScholes.price(PUT, 87.3, 87, T, 0.35, 0.04, 0);
        assertThat(idea.maxLoss()).isEqualTo(p, within(1e-12));
        assertThat(idea.maxGain()).isEqualTo(87 - p, within(1e-12));
        assertThat(idea.breakeven()).isEqualTo(87 - p, within(1e-12));
        assertThat(idea.netDelta()).isNegative();
    }

    @Test
    void bullCallSpreadSellsTheCallOneSigmaUpAndCapsBothSides() {
        OptionIdea idea = OptionIdeas.suggest("X", 87.3, 0.35, HIGH, BULL_VOLATILE, View.BULLISH);
        double move = 87.3 * 0.35 * Math.sqrt(T);                 // 8.76
        double upper = Math.round(87.3 + move);                   // 96
        assertThat(idea.legs()).extracting(OptionLeg::strike).containsExactly(87.0, upper);
        assertThat(idea.legs()).extracting(OptionLeg::action).containsExactly(Action.BUY, Action.SELL);
        double debit = BlackScholes.price(CALL, 87.3, 87, T, 0.35, 0.04, 0)
                - BlackScholes.price(CALL, 87.3, upper, T, 0.35, 0.04, 0);
        assertThat(idea.netDebit()).isEqualTo(debit, within(1e-12));
        assertThat(idea.maxLoss()).isEqualTo(debit, within(1e-12));
        assertThat(idea.maxGain()).isEqualTo(upper - 87 - debit, within(1e-12));
        assertThat(idea.breakeven()).isEqualTo(87 + debit, within(1e-12));
    }

    @Test
    void bearPutSpreadSellsThePutOneSigmaDown() {
        OptionIdea idea = OptionIdeas.suggest("X", 87.3, 0.35, LOW, NEUTRAL, View.BEARISH);
        double lower = Math.round(87.3 - 87.3 * 0.35 * Math.sqrt(T)); // 79
        assertThat(idea.legs()).extracting(OptionLeg::strike).containsExactly(87.0, lower);
        double debit = BlackScholes.price(PUT, 87.3, 87, T, 0.35, 0.04, 0)
                - BlackScholes.price(PUT, 87.3, lower, T, 0.35, 0.04, 0);
        assertThat(idea.maxLoss()).isEqualTo(debit, within(1e-12));
        assertThat(idea.maxGain()).isEqualTo(87 - lower - debit, within(1e-12));
        assertThat(idea.breakeven()).isEqualTo(87 - debit, within(1e-12));
    }

    @Test
    void bearCallSpreadCollectsACreditAndRisksTheWidthLessTheCredit() {
        OptionIdea idea = OptionIdeas.suggest("X", 87.3, 0.35, HIGH, BEAR_VOLATILE, View.BEARISH);
        double upper = Math.round(87.3 + 87.3 * 0.35 * Math.sqrt(T));
        assertThat(idea.legs()).extracting(OptionLeg::action).containsExactly(Action.SELL, Action.BUY);
        double credit = BlackScholes.price(CALL, 87.3, 87, T, 0.35, 0.04, 0)
                - BlackScholes.price(CALL, 87.3, upper, T, 0.35, 0.04, 0);
        assertThat(idea.netDebit()).isEqualTo(-credit, within(1e-12));
        assertThat(idea.maxGain()).isEqualTo(credit, within(1e-12));
        assertThat(idea.maxLoss()).isEqualTo(upper - 87 - credit, within(1e-12));
        assertThat(idea.breakeven()).isEqualTo(87 + credit, within(1e-12));
    }

    @Test
    void cashSecuredPutSellsHalfASigmaDownAndRisksTheStrikeLessPremium() {
        OptionIdea idea = OptionIdeas.suggest("X", 87.3, 0.35, HIGH, BULL_QUIET, View.BULLISH);
        double k = Math.round(87.3 - 0.5 * 87.3 * 0.35 * Math.sqrt(T)); // 83
        OptionLeg put = only(idea.legs());
        assertThat(put.action()).isEqualTo(Action.SELL);
        assertThat(put.strike()).isEqualTo(k);
        double p = BlackScholes.price(PUT, 87.3, k, T, 0.35, 0.04, 0);
        assertThat(idea.netDebit()).isEqualTo(-p);
        assertThat(idea.maxGain()).isEqualTo(p, within(1e-12));
        assertThat(idea.maxLoss()).isEqualTo(k - p, within(1e-12));
        assertThat(idea.breakeven()).isEqualTo(k - p, within(1e-12));
        assertThat(idea.netDelta()).isPositive();
    }

    @Test
    void coveredCallOwnsTheSharesAndSellsHalfASigmaUp() {
        OptionIdea idea = OptionIdeas.suggest("X", 87.3, 0.35, HIGH, BULL_QUIET, View.NEUTRAL);
        double k = Math.round(87.3 + 0.5 * 87.3 * 0.35 * Math.sqrt(T)); // 92
        assertThat(idea.legs()).extracting(OptionLeg::instrument).containsExactly(Instrument.STOCK, Instrument.CALL);
        double c = BlackScholes.price(CALL, 87.3, k, T, 0.35, 0.04, 0);
        assertThat(idea.netDebit()).isEqualTo(87.3 - c, within(1e-12));
        assertThat(idea.maxLoss()).isEqualTo(87.3 - c, within(1e-12));
        assertThat(idea.maxGain()).isEqualTo(k - 87.3 + c, within(1e-12));
        assertThat(idea.breakeven()).isEqualTo(87.3 - c, within(1e-12));
        assertThat(idea.netDelta()).isEqualTo(1 - BlackScholes.delta(CALL, 87.3, k, T, 0.35, 0.04, 0), within(1e-15));
    }

    @Test
    void collarBoundsTheSharesBetweenTheOneSigmaStrikes() {
        OptionIdea idea = OptionIdeas.suggest("X", 87.3, 0.35, LOW, BEAR_QUIET, View.NEUTRAL);
        double move = 87.3 * 0.35 * Math.sqrt(T);
        double kp = Math.round(87.3 - move);
        double kc = Math.round(87.3 + move);
        assertThat(idea.legs()).extracting(OptionLeg::strike).containsExactly(Double.NaN, kp, kc);
        double cost = 87.3 + BlackScholes.price(PUT, 87.3, kp, T, 0.35, 0.04, 0)
                - BlackScholes.price(CALL, 87.3, kc, T, 0.35, 0.04, 0);
        assertThat(idea.netDebit()).isEqualTo(cost, within(1e-12));
        assertThat(idea.maxLoss()).isEqualTo(cost - kp, within(1e-12));
        assertThat(idea.maxGain()).isEqualTo(kc - cost, within(1e-12));
        assertThat(idea.breakeven()).isEqualTo(cost, within(1e-12));
    }

    @Test
    void noneHasNoLegsAndUndefinedRisk() {
        OptionIdea idea = OptionIdeas.suggest("X", 87.3, 0.35, LOW, BULL_QUIET, View.NEUTRAL);
        assertThat(idea.structure()).isEqualTo(Structure.NONE);
        assertThat(idea.legs()).isEmpty();
        assertThat(idea.maxLoss()).isNaN();
        assertThat(idea.maxGain()).isNaN();
        assertThat(idea.breakeven()).isNaN();
        assertThat(idea.expectedMoveUsd()).isPositive();
        assertThat(idea.label()).isEqualTo(OptionIdeas.LABEL);
    }

    @Test
    void strikesFollowListedIncrementsAndSpreadsAreAtLeastOneIncrementWide() {
        assertThat(OptionIdeas.strikeIncrement(24.99)).isEqualTo(0.5);
        assertThat(OptionIdeas.strikeIncrement(25)).isEqualTo(1);
        assertThat(OptionIdeas.strikeIncrement(199.9)).isEqualTo(1);
        assertThat(OptionIdeas.strikeIncrement(200)).isEqualTo(5);

        OptionIdea cheap = OptionIdeas.suggest("X", 12.34, 0.30, HIGH, NEUTRAL, View.BULLISH);
        assertThat(cheap.legs()).allSatisfy(l -> assertThat(l.strike() * 2).isEqualTo(Math.rint(l.strike() * 2)));
        assertThat(cheap.legs().get(0).strike()).isEqualTo(12.5);

        OptionIdea dear = OptionIdeas.suggest("X", 612.4, 0.30, HIGH, NEUTRAL, View.BULLISH);
        assertThat(dear.legs()).allSatisfy(l -> assertThat(l.strike() % 5).isZero());
        assertThat(dear.legs().get(0).strike()).isEqualTo(610.0);

        // a quiet stock over 2 days: one sigma is less than an increment, the short strike still moves out
        OptionIdea calm = OptionIdeas.suggest("X", 87.3, 0.05, HIGH, NEUTRAL, View.BULLISH, new IdeaSpec(2, 0.04, 0));
        assertThat(calm.legs()).extracting(OptionLeg::strike).containsExactly(87.0, 88.0);
    }

    @Test
    void volPercentileRanksAmongFiniteUniverseValues() {
        double[] universe = {0.1, 0.2, Double.NaN, 0.3, 0.4};
        assertThat(OptionIdeas.volPercentile(universe, 0.3)).isEqualTo(2.5 / 4);
        assertThat(OptionIdeas.volPercentile(universe, 0.05)).isZero();
        assertThat(OptionIdeas.volPercentile(universe, 0.9)).isEqualTo(1.0);
        assertThat(OptionIdeas.volPercentile(new double[0], 0.9)).isEqualTo(0.5);
    }

    @Test
    void viewFollowsRankQuintilesAndOnlyBearRegimesCountAsBear() {
        assertThat(View.fromRankPercentile(0.95)).isEqualTo(View.BULLISH);
        assertThat(View.fromRankPercentile(0.5)).isEqualTo(View.NEUTRAL);
        assertThat(View.fromRankPercentile(0.1)).isEqualTo(View.BEARISH);
        assertThat(BEAR_VOLATILE.isBear()).isTrue();
        assertThat(BULL_QUIET.isBear()).isFalse();
        assertThat(Regime.Name.UNKNOWN.isBear()).isFalse();
        assertThatThrownBy(() -> View.fromRankPercentile(1.2)).hasMessageContaining("rankPercentile");
    }

    @Test
    void badInputsAreRejectedByName() {
        assertThatThrownBy(() -> OptionIdeas.suggest("X", 0, 0.3, 0.5, NEUTRAL, View.BULLISH))
                .hasMessageStartingWith("close ");
        assertThatThrownBy(() -> OptionIdeas.suggest("X", 10, Double.NaN, 0.5, NEUTRAL, View.BULLISH))
                .hasMessageStartingWith("annualVol ");
        assertThatThrownBy(() -> OptionIdeas.suggest("X", 10, 0.3, 1.5, NEUTRAL, View.BULLISH))
                .hasMessageStartingWith("volPercentile ");
        assertThatThrownBy(() -> new IdeaSpec(0, 0.04, 0)).hasMessageStartingWith("horizonDays ");
        assertThatThrownBy(() -> OptionIdeas.suggest("X", 10, 0.3, 0.5, null, View.BULLISH))
                .isInstanceOf(NullPointerException.class).hasMessage("regime");
    }

    /** Max gain, max loss and breakeven against the payoff sampled on a fine grid of expiry prices. */
    private static void assertPayoffSummaryMatchesABruteForceScan(OptionIdea idea) {
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        double top = 4 * idea.close();
        for (double x = 0; x <= top; x += idea.close() / 20_000) {
            double v = idea.payoffAt(x);
            hi = Math.max(hi, v);
            lo = Math.min(lo, v);
        }
        boolean risesForever = idea.payoffAt(10 * top) > idea.payoffAt(top) + 1e-9;
        boolean fallsForever = idea.payoffAt(10 * top) < idea.payoffAt(top) - 1e-9;
        if (risesForever) {
            assertThat(idea.maxGain()).isInfinite();
        } else {
            assertThat(idea.maxGain()).isEqualTo(hi, within(1e-9));
        }
        if (fallsForever) {
            assertThat(idea.maxLoss()).isInfinite();
        } else {
            assertThat(idea.maxLoss()).isEqualTo(Math.max(0, -lo), within(1e-9));
        }
        assertThat(idea.payoffAt(idea.breakeven())).isEqualTo(0, within(1e-9));
        assertThat(idea.payoffAt(idea.breakeven() * 0.999)).isNotEqualTo(0);
    }

    private static OptionLeg only(List<OptionLeg> legs) {
        assertThat(legs).hasSize(1);
        return legs.get(0);
    }
}
