package io.technic.scanner.score.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RiskSizingTest {

    @Test
    void planFollowsTheDocumentedArithmetic() {
        // close 50, ATR 2.5, 2 % a day; 100k account risking 1 %, 2-ATR stop, 20 % cap, 10 days
        SizingPlan p = RiskSizing.plan(50, 2.5, 0.02, 100_000, 0.01);

        assertThat(p.expectedMoveUsd()).isEqualTo(50 * 0.02 * Math.sqrt(10), within(1e-12));
        assertThat(p.expectedMovePct()).isEqualTo(2 * Math.sqrt(10), within(1e-12));
        assertThat(p.stopDistanceUsd()).isEqualTo(5.0);
        assertThat(p.stopDistancePct()).isEqualTo(10.0, within(1e-12));
        assertThat(p.stopPrice()).isEqualTo(45.0);
        assertThat(p.riskBudgetUsd()).isEqualTo(1_000.0, within(1e-9));
        assertThat(p.shares()).isEqualTo(200); // 1000 / 5 exactly, not floored to 199
        assertThat(p.positionValueUsd()).isEqualTo(10_000.0);
        assertThat(p.positionPctOfAccount()).isEqualTo(10.0, within(1e-12));
        assertThat(p.riskAtStopUsd()).isEqualTo(1_000.0, within(1e-9));
        assertThat(p.cappedByMaxPosition()).isFalse();
    }

    @Test
    void sharesAreFlooredSoTheRiskNeverExceedsTheBudget() {
        SizingPlan p = RiskSizing.plan(31.7, 0.93, 0.015, 25_000, 0.005);
        double stop = 2 * 0.93;
        assertThat(p.shares()).isEqualTo((long) Math.floor(125 / stop)); // 67
        assertThat(p.riskAtStopUsd()).isLessThanOrEqualTo(p.riskBudgetUsd());
        assertThat((p.shares() + 1) * stop).isGreaterThan(p.riskBudgetUsd());
    }

    @Test
    void positionCapBindsForATightStop() {
        // 0.2-dollar ATR on a 100-dollar stock: risk budget would buy 2,500 shares = 250 % of the account
        SizingPlan p = RiskSizing.plan(100, 0.2, 0.01, 100_000, 0.01);
        assertThat(p.cappedByMaxPosition()).isTrue();
        assertThat(p.shares()).isEqualTo(200); // 20 % of 100k at 100
        assertThat(p.positionPctOfAccount()).isEqualTo(20.0, within(1e-12));
        assertThat(p.riskAtStopUsd()).isLessThan(p.riskBudgetUsd());
    }

    @Test
    void customStopMultipleCapAndHorizonAreHonoured() {
        SizingSpec spec = SizingSpec.of(50_000, 0.02).withAtrStopMultiple(3).withMaxPositionFraction(0.5)
                .withHorizonDays(5);
        SizingPlan p = RiskSizing.plan(20, 1, 0.03, spec);
        assertThat(p.stopDistanceUsd()).isEqualTo(3.0);
        assertThat(p.stopPrice()).isEqualTo(17.0);
        assertThat(p.shares()).isEqualTo(333); // floor(1000 / 3)
        assertThat(p.expectedMoveUsd()).isEqualTo(20 * 0.03 * Math.sqrt(5), within(1e-12));
        assertThat(p.horizonDays()).isEqualTo(5);
    }

    @Test
    void stopDistanceIsCappedAtTheClose() {
        SizingPlan p = RiskSizing.plan(3, 2, 0.05, 10_000, 0.01);
        assertThat(p.stopDistanceUsd()).isEqualTo(3.0);
        assertThat(p.stopPrice()).isZero();
        assertThat(p.shares()).isEqualTo(33);
    }

    @Test
    void dailyVolDividesTheAnnualVolByRootOfTradingDays() {
        assertThat(RiskSizing.dailyVol(0.32)).isEqualTo(0.32 / Math.sqrt(252), within(1e-15));
    }

    @Test
    void defaultsAreTwoAtrsTwentyPercentAndTenDays() {
        SizingSpec s = SizingSpec.of(1, 0.01);
        assertThat(s.atrStopMultiple()).isEqualTo(2.0);
        assertThat(s.maxPositionFraction()).isEqualTo(0.20);
        assertThat(s.horizonDays()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void badMarketInputsAreRejectedByName(double bad) {
        assertThatThrownBy(() -> RiskSizing.plan(bad, 1, 0.01, 1000, 0.01)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("close ");
        assertThatThrownBy(() -> RiskSizing.plan(10, bad, 0.01, 1000, 0.01)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("atr14 ");
        assertThatThrownBy(() -> RiskSizing.plan(10, 1, bad, 1000, 0.01)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dailyVol ");
        assertThatThrownBy(() -> RiskSizing.dailyVol(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("annualVol ");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN})
    void badSpecInputsAreRejectedByName(double bad) {
        assertThatThrownBy(() -> SizingSpec.of(bad, 0.01)).hasMessageStartingWith("accountUsd ");
        assertThatThrownBy(() -> SizingSpec.of(1000, bad)).hasMessageStartingWith("riskFraction ");
        assertThatThrownBy(() -> SizingSpec.of(1000, 0.01).withAtrStopMultiple(bad))
                .hasMessageStartingWith("atrStopMultiple ");
        assertThatThrownBy(() -> SizingSpec.of(1000, 0.01).withMaxPositionFraction(bad))
                .hasMessageStartingWith("maxPositionFraction ");
    }

    @Test
    void fractionsAboveOneAndHorizonsBelowOneAreRejected() {
        assertThatThrownBy(() -> SizingSpec.of(1000, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("riskFraction");
        assertThatThrownBy(() -> SizingSpec.of(1000, 0.01).withMaxPositionFraction(2))
                .hasMessageContaining("maxPositionFraction");
        assertThatThrownBy(() -> SizingSpec.of(1000, 0.01).withHorizonDays(0)).hasMessageContaining("horizonDays");
    }
}
