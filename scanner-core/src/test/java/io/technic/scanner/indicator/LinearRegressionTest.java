package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.reference1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinearRegressionTest {

    @ParameterizedTest
    @ValueSource(ints = {50, 2, 20})
    void slopeMatchesTaLibOnRealData(int period) {
        assertThat(LinearRegression.lookback(period)).isEqualTo(TA.linearRegSlopeLookback(period));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, LinearRegression.lookback(period),
                    (beg, nb, out) -> TA.linearRegSlope(0, n - 1, s.close(), period, beg, nb, out[0]));
            double[] slope = new double[n];
            double[] r2 = new double[n];
            LinearRegression.compute(s.close(), 0, n, period, slope, r2);
            assertSeriesClose(s.symbol() + " LINEARREG_SLOPE" + period, expected, slope);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 20})
    void rSquaredMatchesSquaredTaLibCorrelOnRealData(int period) {
        assertThat(LinearRegression.lookback(period)).isEqualTo(TA.correlLookback(period));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] barIndex = new double[n];
            for (int i = 0; i < n; i++) {
                barIndex[i] = i;
            }
            double[] expected = reference1(n, LinearRegression.lookback(period),
                    (beg, nb, out) -> TA.correl(0, n - 1, barIndex, s.close(), period, beg, nb, out[0]));
            for (int i = 0; i < n; i++) {
                expected[i] *= expected[i];
            }
            double[] slope = new double[n];
            double[] r2 = new double[n];
            LinearRegression.compute(s.close(), 0, n, period, slope, r2);
            assertSeriesClose(s.symbol() + " CORREL²" + period, expected, r2);
        });
    }

    @Test
    void linearRegressionTouchesOnlyItsRange() {
        KernelRangeContract.assertContract((in, from, to, out) ->
                LinearRegression.compute(in[3], from, to, 50, out[0], out[1]),
                KernelRangeContract.synthetic(200, 42), 49, 49);
    }

    @Test
    void exactLineHasItsSlopeAndFullRSquared() {
        int n = 60;
        double[] line = new double[n];
        for (int i = 0; i < n; i++) {
            line[i] = 3 + 2 * i;
        }
        double[] slope = new double[n];
        double[] r2 = new double[n];
        LinearRegression.compute(line, 0, n, 50, slope, r2);
        assertThat(slope[49]).isCloseTo(2.0, within(1e-9));
        assertThat(slope[59]).isCloseTo(2.0, within(1e-9));
        assertThat(r2[59]).isCloseTo(1.0, within(1e-12));
        assertThat(slope[48]).isNaN();
    }

    @Test
    void flatWindowHasZeroSlopeAndZeroRSquared() {
        double[] slope = new double[60];
        double[] r2 = new double[60];
        LinearRegression.compute(KernelRangeContract.constant(60, 250.5), 0, 60, 50, slope, r2);
        assertThat(slope[59]).isZero();
        assertThat(r2[59]).isZero();
    }

    @Test
    void linearRegressionRejectsPeriodBelowTwo() {
        double[] a = new double[5];
        assertThatIllegalArgumentException().isThrownBy(() -> LinearRegression.compute(a, 0, 5, 1, a, a));
    }
}
