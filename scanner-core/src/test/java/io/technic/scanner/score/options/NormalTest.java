package io.technic.scanner.score.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalTest {

    /** {x, Φ(x)} from mpmath.ncdf at 50 significant digits (x given as the double shown). */
    private static final double[][] REFERENCE = {
        {-37.0, 5.7255712225245768227e-300},
        {-30.0, 4.9067139271481870595e-198},
        {-20.0, 2.7536241186062336951e-89},
        {-12.5, 3.7325642988777133772e-36},
        {-10.0, 7.619853024160526066e-24},
        {-8.0, 6.2209605742717841235e-16},
        {-6.0, 9.865876450376981407e-10},
        {-5.0, 2.8665157187919391167e-7},
        {-4.0, 3.1671241833119921254e-5},
        {-3.3, 4.834241423837775071e-4},
        {-3.0, 1.3498980316300945267e-3},
        {-2.5, 6.209665325776135167e-3},
        {-2.0, 2.27501319481792072e-2},
        {-1.5, 6.6807201268858066004e-2},
        {-1.0, 1.5865525393145705141e-1},
        {-0.7, 2.4196365222307302862e-1},
        {-0.6629, 2.5369730086823676568e-1},
        {-0.5, 3.0853753872598689636e-1},
        {-0.25, 4.0129367431707627576e-1},
        {-1e-08, 4.9999999601057719599e-1},
        {0.0, 0.5},
        {1e-08, 5.0000000398942280401e-1},
        {0.3, 6.1791142218895263307e-1},
        {0.5, 6.9146246127401310364e-1},
        {0.66, 7.4537308532866386236e-1},
        {0.7, 7.5803634777692697138e-1},
        {1.0, 8.4134474606854294859e-1},
        {1.96, 9.7500210485177956379e-1},
        {2.5, 9.9379033467422386483e-1},
        {3.0, 9.9865010196836990547e-1},
        {4.0, 9.9996832875816688008e-1},
        {5.0, 9.9999971334842812081e-1},
        {6.0, 9.9999999901341235496e-1},
        {7.0, 9.9999999999872018746e-1},
        {8.0, 9.999999999999993779e-1},
    };

    @Test
    void cdfMatchesFiftyDigitReferencesToOneEMinus14Relative() {
        for (double[] r : REFERENCE) {
            double got = Normal.cdf(r[0]);
            assertThat(Math.abs(got - r[1]) / r[1]).as("Phi(%s) = %s, expected %s", r[0], got, r[1])
                    .isLessThan(1e-14);
        }
    }

    @Test
    void cdfIsSymmetricAroundZero() {
        for (double x = 0; x < 8; x += 0.01) {
            assertThat(Normal.cdf(x) + Normal.cdf(-x)).isEqualTo(1.0, within(2e-16));
        }
    }

    @Test
    void cdfIsMonotoneAcrossTheRegionBoundaries() {
        double prev = 0;
        for (double x = -40; x <= 9; x += 1.0 / 1024) {
            double p = Normal.cdf(x);
            assertThat(p).as("x = %s", x).isGreaterThanOrEqualTo(prev);
            prev = p;
        }
    }

    @Test
    void cdfHandlesInfinitiesAndNaN() {
        assertThat(Normal.cdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(Normal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(Normal.cdf(-50)).isZero();
        assertThat(Normal.cdf(Double.NaN)).isNaN();
    }

    @Test
    void cdfDerivativeIsThePdf() {
        double h = 1e-5;
        for (double x = -6; x <= 6; x += 0.37) {
            double numeric = (Normal.cdf(x + h) - Normal.cdf(x - h)) / (2 * h);
            assertThat(numeric).isEqualTo(Normal.pdf(x), within(1e-9));
        }
        assertThat(Normal.pdf(0)).isEqualTo(1 / Math.sqrt(2 * Math.PI), within(1e-17));
    }
}
