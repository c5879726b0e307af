package io.technic.scanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RiskParityTest {

    @Test
    void riskParityEqualisesRiskContributions() {
        for (int n : new int[] {2, 7, 25, 100}) {
            double[][] c = Covariances.random(n, n);
            double[] w = RiskParity.weights(c, null, 1, 1);
            double[] rc = RiskParity.contributions(c, w);
            assertThat(Covariances.sum(w)).isEqualTo(1.0, within(1e-14));
            for (int i = 0; i < n; i++) {
                assertThat(w[i]).isPositive();
                assertThat(Math.abs(rc[i] * n - 1)).as("N=%d name %d", n, i).isLessThan(1e-10);
            }
        }
    }

    @Test
    void twoAssetsAreWeightedByInverseVolatilityWhateverTheCorrelation() {
        for (double rho : new double[] {-0.6, 0, 0.3, 0.9}) {
            double c12 = rho * 0.01 * 0.04;
            double[] w = RiskParity.weights(new double[][] {{1e-4, c12}, {c12, 16e-4}}, null, 1, 1);
            assertThat(w).as("rho %s", rho).containsExactly(new double[] {0.8, 0.2}, within(1e-13));
        }
    }

    @Test
    void contributionsAreFractionsOfVarianceThatSumToOne() {
        double[][] c = Covariances.random(6, 4);
        double[] w = {0.1, 0.3, 0.05, 0.25, 0.2, 0.1};
        double[] rc = RiskParity.contributions(c, w);
        double[] cw = Covariances.multiply(c, w);
        double v = Covariances.variance(c, w);
        assertThat(Covariances.sum(rc)).isEqualTo(1.0, within(1e-14));
        for (int i = 0; i < 6; i++) {
            assertThat(rc[i]).isEqualTo(w[i] * cw[i] / v, within(1e-15));
        }
    }

    @Test
    void nameCapBindsAndTheOtherNamesKeepEqualRiskContributions() {
        // w ∝ 1/σ would give the calm name 1/3; capped at 0.25 the other four share 0.75 equally
        double[][] c = Covariances.diagonal(1e-4, 4e-4, 4e-4, 4e-4, 4e-4);
        double[] w = RiskParity.weights(c, null, 0.25, 1);
        assertThat(w).containsExactly(new double[] {0.25, 0.1875, 0.1875, 0.1875, 0.1875}, within(1e-10));
        double[] rc = RiskParity.contributions(c, w);
        assertThat(rc[0]).isLessThan(rc[1]);
    }

    @Test
    void capsAreHonouredAndUncappedNamesShareRiskEquallyOnRandomCases() {
        for (long seed = 1; seed <= 6; seed++) {
            int n = 12;
            double[][] c = Covariances.random(n, 40 + seed);
            int[] sector = new int[n];
            for (int i = 0; i < n; i++) {
                sector[i] = i < 6 ? 0 : 1 + i % 2; // one crowded sector of six, two of three
            }
            double maxWeight = 0.15;
            double sectorCap = 0.4;
            double[] w = RiskParity.weights(c, sector, maxWeight, sectorCap);
            Caps caps = new Caps(sector, maxWeight, sectorCap);
            assertThat(caps.admits(w, 1e-12)).isTrue();
            assertThat(Covariances.sum(w)).isEqualTo(1.0, within(1e-12));
            double crowded = 0;
            for (int i = 0; i < 6; i++) {
                crowded += w[i];
            }
            assertThat(crowded).as("the crowded sector is held at its cap").isEqualTo(sectorCap, within(1e-9));
            assertRiskBudgetingConditions(c, w, sector, maxWeight, sectorCap);
        }
    }

    @Test
    void capsWithExactlyTheBudgetForceTheCapWeights() {
        double[][] c = Covariances.random(10, 3);
        double[] w = RiskParity.weights(c, null, 0.1, 1);
        for (double x : w) {
            assertThat(x).isEqualTo(0.1, within(1e-15));
        }
        // sectors of 4, 4 and 1 names at 20 % per name and 40 % per sector: 0.4 + 0.4 + 0.2 = 1 exactly
        int[] sector = {0, 0, 0, 0, 1, 1, 1, 1, 2};
        double[] s = RiskParity.weights(Covariances.random(9, 4), sector, 0.2, 0.4);
        assertThat(s).containsExactly(new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2}, within(1e-15));
    }

    @Test
    void badCovariancesAndInfeasibleCapsAreRejected() {
        assertThatThrownBy(() -> RiskParity.weights(new double[0][0], null, 1, 1)).hasMessageContaining("empty");
        assertThatThrownBy(() -> RiskParity.weights(new double[][] {{1, 0}}, null, 1, 1)).hasMessageContaining("square");
        assertThatThrownBy(() -> RiskParity.weights(Covariances.random(3, 1), null, 0.3, 1))
                .hasMessageContaining("room for only");
        assertThatThrownBy(() -> RiskParity.weights(Covariances.random(3, 1), null, 0, 1))
                .hasMessageContaining("maxWeight");
        assertThatThrownBy(() -> RiskParity.weights(Covariances.random(3, 1), new int[] {0, 1}, 1, 1))
                .hasMessageContaining("sectorOf");
    }

    /**
     * Optimality of the constrained risk budgeting problem: names below their cap in a sector
     * below its cap carry the same risk contribution; capped names carry no more than that.
     */
    static void assertRiskBudgetingConditions(double[][] c, double[] w, int[] sector, double maxWeight,
                                              double sectorCap) {
        int n = w.length;
        double[] cw = Covariances.multiply(c, w);
        double[] sectorSum = new double[n];
        for (int i = 0; i < n; i++) {
            sectorSum[sector[i]] += w[i];
        }
        double level = Double.NaN;
        for (int i = 0; i < n; i++) {
            boolean free = w[i] < maxWeight - 1e-9 && sectorSum[sector[i]] < sectorCap - 1e-9;
            if (free) {
                double rc = w[i] * cw[i];
                if (Double.isNaN(level)) {
                    level = rc;
                } else {
                    assertThat(rc / level).as("free name %d", i).isEqualTo(1.0, within(1e-10));
                }
            }
        }
        if (!Double.isNaN(level)) {
            for (int i = 0; i < n; i++) {
                assertThat(w[i] * cw[i]).as("capped name %d", i).isLessThanOrEqualTo(level * (1 + 1e-10));
            }
        }
    }
}
