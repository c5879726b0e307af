package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.KernelRangeContract.talib;
import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WilderAtrTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 14})
    void wilderAtrMatchesTaLibAtrOnRealData(int period) {
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = talib(n, (b, nb, o) -> TA.atr(0, n - 1, s.high(), s.low(), s.close(), period, b, nb, o));
            double[] out = new double[n];
            WilderAtr.compute(s.high(), s.low(), s.close(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " ATR" + period, expected, out);
        });
    }

    @Test
    void wilderAtrKeepsToItsRange() {
        double[][] in = KernelRangeContract.realColumns("AAPL", 120);
        KernelRangeContract.Kernel k = (c, from, to, out) -> WilderAtr.compute(c[1], c[2], c[3], from, to, 10, out[0]);
        KernelRangeContract.assertTouchesOnlyItsRange(k, in, 1);
        KernelRangeContract.assertWarmUp(k, in, WilderAtr.lookback(10));
        KernelRangeContract.assertCausal(k, in, 1);
    }

    @Test
    void wilderAtrRejectsAPeriodBelowOne() {
        double[] x = new double[5];
        assertThatThrownBy(() -> WilderAtr.compute(x, x, x, 0, 5, 0, x)).isInstanceOf(IllegalArgumentException.class);
    }
}
