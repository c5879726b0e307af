package io.technic.scanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinimumVarianceTest {

    @Test
    void twoUncorrelatedAssetsAreWeightedByInverseVariance() {
        double[] w = MinimumVariance.weights(Covariances.diagonal(0.01 * 0.01, 0.02 * 0.02), null, 1, 1);
        // 1/σ² ∝ (1, 1/4) → (0.8, 0.2)
        assertThat(w[0]).isEqualTo(0.8, within(1e-12));
        assertThat(w[1]).isEqualTo(0.2, within(1e-12));
    }

    @Test
    void twoCorrelatedAssetsFollowTheClosedForm() {
        double s1 = 0.015;
        double s2 = 0.025;
        double rho = 0.4;
        double c12 = rho * s1 * s2;
        double[] w = MinimumVariance.weights(new double[][] {{s1 * s1, c12}, {c12, s2 * s2}}, null, 1, 1);
        double w1 = (s2 * s2 - c12) / (s1 * s1 + s2 * s2 - 2 * c12);
        assertThat(w[0]).isEqualTo(w1, within(1e-12));
        assertThat(w[1]).isEqualTo(1 - w1, within(1e-12));
    }

    @Test
    void longOnlyClampsAShortAtZero() {
        double s1 = 0.01;
        double s2 = 0.03;
        double c12 = 0.9 * s1 * s2; // unconstrained optimum is 137 % / −37 %
        double[] w = MinimumVariance.weights(new double[][] {{s1 * s1, c12}, {c12, s2 * s2}}, null, 1, 1);
        assertThat(w[0]).isEqualTo(1.0, within(1e-12));
        assertThat(w[1]).isEqualTo(0.0, within(1e-12));
    }

    @Test
    void nameCapBindsAndTheRestStaysInverseVariance() {
        double[] w = MinimumVariance.weights(Covariances.diagonal(1e-4, 2e-4, 2e-4), null, 0.4, 1);
        // unconstrained (0.5, 0.25, 0.25); the cap takes the first to 0.4 and the others share 0.6
        assertThat(w).containsExactly(new double[] {0.4, 0.3, 0.3}, within(1e-12));
    }

    @Test
    void sectorCapBindsAndSplitsInsideAndOutsideByInverseVariance() {
        double[][] c = Covariances.diagonal(1e-4, 1e-4, 2e-4, 4e-4);
        int[] sector = {0, 0, 1, 2};
        double[] w = MinimumVariance.weights(c, sector, 1, 0.45);
        // sector 0 would take 72.7 %; capped at 45 % split evenly, the other 55 % ∝ (1/2, 1/4)
        assertThat(w).containsExactly(new double[] {0.225, 0.225, 0.55 * 2 / 3, 0.55 / 3}, within(1e-12));
    }

    @Test
    void matchesAnExhaustiveActiveSetSearchOnRandomCases() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int trial = 0; trial < 12; trial++) {
            int n = 5;
            double[][] c = Covariances.random(n, 100 + trial);
            int[] sector = new int[n];
            for (int i = 0; i < n; i++) {
                sector[i] = rnd.nextInt(3);
            }
            double maxWeight = 0.25 + 0.3 * rnd.nextDouble();
            double sectorCap = 0.4 + 0.4 * rnd.nextDouble();
            Caps caps = new Caps(sector, maxWeight, sectorCap);
            if (!caps.feasible()) {
                continue;
            }
            double[] expected = ActiveSetReference.minimumVariance(c, sector, maxWeight, sectorCap);
            double[] w = MinimumVariance.weights(c, sector, maxWeight, sectorCap);
            assertThat(w).as("trial %d", trial).containsExactly(expected, within(1e-9));
            assertThat(caps.admits(w, 1e-12)).isTrue();
            assertThat(Covariances.sum(w)).isEqualTo(1.0, within(1e-12));
        }
    }

    @Test
    void hasNoMoreVarianceThanRiskParityOrEqualWeights() {
        double[][] c = Covariances.random(30, 9);
        double[] mv = MinimumVariance.weights(c, null, 0.2, 1);
        double[] rp = RiskParity.weights(c, null, 0.2, 1);
        double[] eq = new double[30];
        java.util.Arrays.fill(eq, 1.0 / 30);
        assertThat(Covariances.variance(c, mv)).isLessThanOrEqualTo(Covariances.variance(c, rp));
        assertThat(Covariances.variance(c, mv)).isLessThanOrEqualTo(Covariances.variance(c, eq));
        for (double x : mv) {
            assertThat(x).isBetween(0.0, 0.2 + 1e-12);
        }
    }

    @Test
    void capsThatCannotHoldTheBudgetAreRejected() {
        double[][] c = Covariances.random(5, 1);
        assertThatThrownBy(() -> MinimumVariance.weights(c, null, 0.15, 1)).hasMessageContaining("room for only 0.75");
        assertThatThrownBy(() -> MinimumVariance.weights(c, new int[] {0, 0, 0, 1, 1}, 0.5, 0.4))
                .hasMessageContaining("room for only 0.8");
        assertThatThrownBy(() -> MinimumVariance.weights(new double[][] {{1, 2}, {2, 1}}, null, 1, 1))
                .hasMessageContaining("not positive definite");
        assertThatThrownBy(() -> MinimumVariance.weights(new double[][] {{1, 0.5}, {0.4, 1}}, null, 1, 1))
                .hasMessageContaining("not symmetric");
    }
}
