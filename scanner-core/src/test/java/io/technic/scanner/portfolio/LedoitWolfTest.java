package io.technic.scanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LedoitWolfTest {

    private static final double[][] SMALL = {
        {0.010, -0.004, 0.021},
        {-0.007, 0.002, -0.013},
        {0.003, 0.011, 0.008},
        {0.015, -0.009, 0.004},
        {-0.012, -0.001, -0.019},
        {0.006, 0.007, 0.012},
        {-0.002, -0.013, 0.001},
        {0.004, 0.005, -0.006},
    };

    /** Reference: scikit-learn's ledoit_wolf formula evaluated in NumPy (float64) on the same data. */
    @Test
    void matchesTheScikitLearnFormulaOnASmallSample() {
        LedoitWolf.Estimate e = LedoitWolf.estimate(SMALL);
        assertThat(e.intensity()).isEqualTo(0.40849756130989195, within(1e-13));
        assertThat(e.target()).isEqualTo(9.318229166666669e-05, within(1e-18));
        double[][] expected = {
            {7.849947592293201e-05, -3.826281400276633e-06, 4.7468070704881166e-05},
            {-3.826281400276633e-06, 7.248278705438107e-05, 2.9575121934505434e-07},
            {4.7468070704881166e-05, 2.9575121934505434e-07, 0.00012856461202268694},
        };
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(e.covariance()[i][j]).isEqualTo(expected[i][j], within(1e-17));
            }
        }
    }

    @Test
    void matchesTheDefinitionComputedByBruteForce() {
        double[][] x = Covariances.factorReturns(15, 6, 7);
        int t = x.length;
        int n = x[0].length;
        double[][] xc = new double[t][n];
        for (int j = 0; j < n; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j] / t;
            }
            for (int k = 0; k < t; k++) {
                xc[k][j] = x[k][j] - mean;
            }
        }
        double[][] s = new double[n][n];
        for (double[] row : xc) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    s[i][j] += row[i] * row[j] / t;
                }
            }
        }
        double m = 0;
        for (int i = 0; i < n; i++) {
            m += s[i][i] / n;
        }
        double d2 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d2 += Math.pow(s[i][j] - (i == j ? m : 0), 2) / n;
            }
        }
        double b2bar = 0; // (1/T²) Σ_t ‖x_t x_tᵀ − S‖², matrix by matrix
        for (double[] row : xc) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    b2bar += Math.pow(row[i] * row[j] - s[i][j], 2) / n;
                }
            }
        }
        b2bar /= (double) t * t;
        double delta = Math.min(b2bar, d2) / d2;

        LedoitWolf.Estimate e = LedoitWolf.estimate(x);
        assertThat(e.intensity()).isEqualTo(delta, within(1e-12));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(e.sample()[i][j]).isEqualTo(s[i][j], within(1e-18));
                double shrunk = delta * (i == j ? m : 0) + (1 - delta) * s[i][j];
                assertThat(e.covariance()[i][j]).isEqualTo(shrunk, within(1e-17));
            }
        }
    }

    @Test
    void shrunkCovarianceIsSymmetricPositiveDefiniteWithIntensityInUnitRange() {
        for (int[] shape : new int[][] {{252, 20}, {60, 40}, {10, 30}, {3, 5}}) {
            LedoitWolf.Estimate e = LedoitWolf.estimate(Covariances.factorReturns(shape[0], shape[1], shape[0]));
            double[][] c = e.covariance();
            for (int i = 0; i < c.length; i++) {
                for (int j = 0; j < c.length; j++) {
                    assertThat(c[i][j]).isEqualTo(c[j][i]);
                }
            }
            assertThat(Linalg.cholesky(c)).as("T=%d N=%d positive definite", shape[0], shape[1]).isNotNull();
            assertThat(e.intensity()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void moreVariablesThanObservationsStillGiveAPositiveDefiniteEstimate() {
        double[][] x = Covariances.factorReturns(8, 25, 3);
        LedoitWolf.Estimate e = LedoitWolf.estimate(x);
        assertThat(Linalg.cholesky(e.sample())).as("the sample covariance is singular").isNull();
        assertThat(Linalg.cholesky(e.covariance())).isNotNull();
        assertThat(e.intensity()).isGreaterThan(0.1);
    }

    @Test
    void shrinkageVanishesAndTheSampleCovarianceIsRecoveredWithManyObservations() {
        LedoitWolf.Estimate e = LedoitWolf.estimate(Covariances.factorReturns(200_000, 4, 11));
        assertThat(e.intensity()).isLessThan(1e-3);
        double[][] s = e.sample();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(e.covariance()[i][j]).isEqualTo(s[i][j], within(1e-3 * s[i][i]));
            }
        }
        LedoitWolf.Estimate few = LedoitWolf.estimate(Covariances.factorReturns(30, 4, 11));
        assertThat(few.intensity()).isGreaterThan(e.intensity());
    }

    @Test
    void aSampleAlreadyProportionalToTheIdentityIsNotShrunk() {
        double[][] x = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}; // S = 0.5 I
        LedoitWolf.Estimate e = LedoitWolf.estimate(x);
        assertThat(e.intensity()).isZero();
        assertThat(e.covariance()).isDeepEqualTo(new double[][] {{0.5, 0}, {0, 0.5}});
    }

    @Test
    void badSamplesAreRejected() {
        assertThatThrownBy(() -> LedoitWolf.estimate(new double[][] {{1, 2}})).hasMessageContaining("2 observations");
        assertThatThrownBy(() -> LedoitWolf.estimate(new double[][] {{1, 2}, {1}})).hasMessageContaining("observation 1");
        assertThatThrownBy(() -> LedoitWolf.estimate(new double[][] {{1, 2}, {1, Double.NaN}}))
                .hasMessageContaining("NaN");
    }
}
