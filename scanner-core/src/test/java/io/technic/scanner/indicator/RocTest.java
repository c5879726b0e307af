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

class RocTest {

    @ParameterizedTest
    @ValueSource(ints = {10, 1, 252})
    void rocMatchesTaLibOnRealData(int period) {
        assertThat(Roc.lookback(period)).isEqualTo(TA.rocLookback(period));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, Roc.lookback(period),
                    (beg, nb, out) -> TA.roc(0, n - 1, s.close(), period, beg, nb, out[0]));
            double[] out = new double[n];
            Roc.compute(s.close(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " ROC" + period, expected, out);
        });
    }

    @Test
    void rocTouchesOnlyItsRange() {
        KernelRangeContract.assertContract((in, from, to, out) -> Roc.compute(in[3], from, to, 10, out[0]),
                KernelRangeContract.synthetic(100, 42), 10);
    }

    @Test
    void rocIsPercentChangeOverThePeriod() {
        double[] out = new double[3];
        Roc.compute(new double[] {100, 50, 110}, 0, 3, 2, out);
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isNaN();
        assertThat(out[2]).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void rocRejectsPeriodBelowOne() {
        double[] a = new double[5];
        assertThatIllegalArgumentException().isThrownBy(() -> Roc.compute(a, 0, 5, 0, a));
    }
}
