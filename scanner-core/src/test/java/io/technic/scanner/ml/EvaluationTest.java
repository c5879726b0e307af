package io.technic.scanner.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.feature.Features;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    /** {@code dates} dates of {@code n} rows each, excess returns 0.01 * (i - n/2) scrambled per date. */
    private static Dataset toy(int dates, int n) {
        int rows = dates * n;
        double[] ex = new double[rows];
        int[] day = new int[rows];
        int[] starts = new int[dates + 1];
        for (int g = 0; g < dates; g++) {
            starts[g] = g * n;
            for (int i = 0; i < n; i++) {
                ex[g * n + i] = 0.01 * (((i * 7 + g) % n) - n / 2.0);
                day[g * n + i] = 19000 + g;
            }
        }
        starts[dates] = rows;
        return new Dataset(Features.SCHEMA, new float[rows * Features.SCHEMA.size()], ex, day, new int[rows], starts,
                new LabelSpec(5, LabelSpec.Transform.NONE), "toy");
    }

    @Test
    void perfectForecastHasIcOneFullHitRateAndTheWidestDecileSpread() {
        Dataset d = toy(30, 50);
        float[] p = new float[d.rows()];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) d.excess()[i];
        }
        ValidationMetrics m = Evaluation.evaluate("toy", d, p, 5);
        assertThat(m.rankIc()).isCloseTo(1.0, within(1e-12));
        assertThat(m.hitRate()).isEqualTo(1.0);
        // top 5 of 50 are 0.20..0.24, bottom 5 are -0.25..-0.21: spread 0.45
        assertThat(m.decileSpread()).isCloseTo(0.45, within(1e-9));
        assertThat(m.dates()).isEqualTo(30);
    }

    @Test
    void reversedForecastHasIcMinusOne() {
        Dataset d = toy(10, 40);
        float[] p = new float[d.rows()];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) -d.excess()[i];
        }
        ValidationMetrics m = Evaluation.evaluate("toy", d, p, 1);
        assertThat(m.rankIc()).isCloseTo(-1.0, within(1e-12));
        assertThat(m.hitRate()).isEqualTo(0.0);
        assertThat(m.decileSpread()).isNegative();
    }

    @Test
    void neweyWestWithoutLagIsTheNaiveTUpToTheVarianceDenominator() {
        double[] v = {0.01, 0.03, -0.02, 0.05, 0.00, 0.02, 0.04, -0.01};
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double n = v.length;
        double naiveWithN = mean / Math.sqrt(ss / n / n);
        assertThat(Evaluation.neweyWestT(v, mean, 0)).isCloseTo(naiveWithN, within(1e-12));
        // positively autocorrelated ICs (overlapping labels) shrink t
        double[] smooth = new double[120];
        for (int i = 0; i < smooth.length; i++) {
            smooth[i] = 0.01 + 0.02 * Math.sin(i / 6.0);
        }
        double m2 = java.util.Arrays.stream(smooth).average().orElseThrow();
        assertThat(Evaluation.neweyWestT(smooth, m2, 4)).isLessThan(Evaluation.neweyWestT(smooth, m2, 0));
    }

    @Test
    void datesWithTooFewRowsGetNoIc() {
        Dataset d = toy(3, Evaluation.MIN_ROWS_PER_DATE - 1);
        float[] p = new float[d.rows()];
        assertThat(Evaluation.dailyIc(d, p)).containsOnly(Double.NaN);
    }
}
