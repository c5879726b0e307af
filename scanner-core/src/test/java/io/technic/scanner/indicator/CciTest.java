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

class CciTest {

    @ParameterizedTest
    @ValueSource(ints = {20, 2, 14})
    void cciMatchesTaLibOnRealData(int period) {
        assertThat(Cci.lookback(period)).isEqualTo(TA.cciLookback(period));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, Cci.lookback(period), (beg, nb, out) ->
                    TA.cci(0, n - 1, s.high(), s.low(), s.close(), period, beg, nb, out[0]));
            double[] out = new double[n];
            Cci.compute(s.high(), s.low(), s.close(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " CCI" + period, expected, out);
        });
    }

    @Test
    void cciTouchesOnlyItsRange() {
        KernelRangeContract.assertContract((in, from, to, out) ->
                Cci.compute(in[1], in[2], in[3], from, to, 20, out[0]),
                KernelRangeContract.synthetic(200, 42), Cci.lookback(20));
    }

    @Test
    void cciOfHandComputedWindow() {
        // Typical prices 1, 2, 3: mean 2, mean deviation 2/3; last is 1 above the mean.
        double[] tp = {1, 2, 3};
        double[] out = new double[3];
        Cci.compute(tp, tp, tp, 0, 3, 3, out);
        assertThat(out[2]).isCloseTo(1 / (0.015 * (2.0 / 3)), within(1e-9));
        Cci.compute(KernelRangeContract.constant(3, 5), KernelRangeContract.constant(3, 5), KernelRangeContract.constant(3, 5), 0, 3, 3, out);
        assertThat(out[2]).isZero();
    }

    @Test
    void cciRejectsPeriodBelowTwo() {
        double[] a = new double[5];
        assertThatIllegalArgumentException().isThrownBy(() -> Cci.compute(a, a, a, 0, 5, 1, a));
    }
}
