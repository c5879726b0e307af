package io.technic.scanner.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CrossSectionTest {

    @Test
    void percentilesSpanZeroToHundredWithTiesAveragedAndNaNKept() {
        double[] p = CrossSection.percentile(new double[] {5, 1, Double.NaN, 3, 3});
        assertThat(p[1]).isEqualTo(0.0);
        assertThat(p[0]).isEqualTo(100.0);
        assertThat(p[3]).isEqualTo(p[4]).isEqualTo(50.0);
        assertThat(p[2]).isNaN();
        assertThat(CrossSection.percentile(new double[] {7})[0]).isEqualTo(50.0);
    }

    @Test
    void percentilesAndWinsorLimitsEqualASortAndCountReferenceBitForBit() {
        java.util.Random r = new java.util.Random(11);
        double[] pool = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, -1e300, 1e-300,
            -3.5, 2.25, 2.25};
        for (int trial = 0; trial < 300; trial++) {
            int n = r.nextInt(400);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextInt(4) == 0 ? pool[r.nextInt(pool.length)]
                        : r.nextInt(3) == 0 ? r.nextInt(7) - 3 : r.nextGaussian() * Math.pow(10, r.nextInt(9) - 4);
            }
            double[] expected = referencePercentile(x);
            double[] actual = CrossSection.percentile(x);
            for (int i = 0; i < n; i++) {
                assertThat(Double.doubleToLongBits(actual[i])).as("trial %d value %s", trial, x[i])
                        .isEqualTo(Double.doubleToLongBits(expected[i]));
            }
            double[] finite = java.util.Arrays.stream(x).filter(Double::isFinite).map(v -> v == 0 ? 0.0 : v)
                    .sorted().toArray();
            double[] w = CrossSection.winsorize(x, 0.05);
            for (int i = 0; i < n; i++) {
                double e = !Double.isFinite(x[i]) || finite.length < 3 ? x[i]
                        : Math.max(finite[(int) Math.floor(0.05 * (finite.length - 1))],
                                Math.min(finite[(int) Math.ceil(0.95 * (finite.length - 1))], x[i]));
                assertThat(Double.doubleToLongBits(w[i])).isEqualTo(Double.doubleToLongBits(e));
            }
        }
    }

    /** The definition, directly: count the values below and equal. */
    private static double[] referencePercentile(double[] x) {
        double[] out = new double[x.length];
        int m = (int) java.util.Arrays.stream(x).filter(Double::isFinite).count();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                out[i] = Double.NaN;
                continue;
            }
            int below = 0;
            int equal = 0;
            for (double v : x) {
                if (Double.isFinite(v)) {
                    below += v < x[i] ? 1 : 0;
                    equal += v == x[i] ? 1 : 0;
                }
            }
            int lo = below;
            int hi = below + equal - 1;
            out[i] = m == 1 ? 50 : 100 * ((lo + hi) / 2.0) / (m - 1);
        }
        return out;
    }

    @Test
    void raisingOneValueNeverLowersItsPercentile() {
        double[] x = {4, 8, 15, 16, 23, 42};
        double before = CrossSection.percentile(x)[2];
        x[2] = 30;
        assertThat(CrossSection.percentile(x)[2]).isGreaterThanOrEqualTo(before);
    }

    @Test
    void zScoresAreWinsorisedClampedAndSectorNeutralOnRequest() {
        double[] x = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        x[199] = 1e9; // an outlier does not blow up everyone else's score
        double[] z = CrossSection.zScore(x, null);
        assertThat(z[199]).isLessThanOrEqualTo(3.0);
        assertThat(z[100]).isCloseTo(0.0, within(0.05));
        double[] y = {1, 2, 3, 101, 102, 103};
        String[] g = {"A", "A", "A", "B", "B", "B"};
        double[] neutral = CrossSection.zScore(y, g);
        assertThat(neutral[0]).isCloseTo(neutral[3], within(1e-12));
        assertThat(CrossSection.zScore(y, null)[0]).isLessThan(-0.5);
    }
}
