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
