package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.reference1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WilliamsRTest {

    @ParameterizedTest
    @ValueSource(ints = {14, 2, 50})
    void williamsRMatchesTaLibOnRealData(int period) {
        assertThat(WilliamsR.lookback(period)).isEqualTo(TA.willRLookback(period));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, WilliamsR.lookback(period), (beg, nb, out) ->
                    TA.willR(0, n - 1, s.high(), s.low(), s.close(), period, beg, nb, out[0]));
            double[] out = new double[n];
            WilliamsR.compute(s.high(), s.low(), s.close(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " WILLR" + period, expected, out);
            for (double v : out) {
                if (!Double.isNaN(v)) {
                    // TA-Lib's division by (range / -100) may land a hair below -100.
                    assertThat(v).isBetween(-100.0 - 1e-9, 0.0);
                }
            }
        });
    }

    @Test
    void williamsRTouchesOnlyItsRange() {
        KernelRangeContract.assertContract((in, from, to, out) ->
                WilliamsR.compute(in[1], in[2], in[3], from, to, 14, out[0]),
                KernelRangeContract.synthetic(200, 42), WilliamsR.lookback(14));
    }

    @Test
    void williamsRIsZeroAtTheHighAndMinusHundredAtTheLow() {
        double[] high = {10, 12, 11};
        double[] low = {8, 9, 7};
        double[] out = new double[3];
        WilliamsR.compute(high, low, new double[] {9, 12, 12}, 0, 3, 3, out);
        assertThat(out[2]).isZero();
        WilliamsR.compute(high, low, new double[] {9, 12, 7}, 0, 3, 3, out);
        assertThat(out[2]).isEqualTo(-100.0);
        WilliamsR.compute(high, low, new double[] {9, 12, 9.5}, 0, 3, 3, out);
        assertThat(out[2]).isEqualTo(-50.0);
    }

    @Test
    void williamsRRejectsPeriodBelowTwo() {
        double[] a = new double[5];
        assertThatIllegalArgumentException().isThrownBy(() -> WilliamsR.compute(a, a, a, 0, 5, 1, a));
    }
}
