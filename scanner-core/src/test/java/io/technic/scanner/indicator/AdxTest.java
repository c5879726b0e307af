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

class AdxTest {

    @ParameterizedTest
    @ValueSource(ints = {14, 2, 30})
    void adxAndDirectionalIndicatorsMatchTaLibOnRealData(int period) {
        assertThat(Adx.lookback(period)).isEqualTo(TA.adxLookback(period));
        assertThat(Adx.diLookback(period)).isEqualTo(TA.plusDILookback(period)).isEqualTo(TA.minusDILookback(period));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] adx = reference1(n, Adx.lookback(period), (beg, nb, out) ->
                    TA.adx(0, n - 1, s.high(), s.low(), s.close(), period, beg, nb, out[0]));
            double[] plus = reference1(n, Adx.diLookback(period), (beg, nb, out) ->
                    TA.plusDI(0, n - 1, s.high(), s.low(), s.close(), period, beg, nb, out[0]));
            double[] minus = reference1(n, Adx.diLookback(period), (beg, nb, out) ->
                    TA.minusDI(0, n - 1, s.high(), s.low(), s.close(), period, beg, nb, out[0]));
            double[][] out = new double[3][n];
            Adx.compute(s.high(), s.low(), s.close(), 0, n, period, out[0], out[1], out[2]);
            assertSeriesClose(s.symbol() + " ADX" + period, adx, out[0]);
            assertSeriesClose(s.symbol() + " PLUS_DI" + period, plus, out[1]);
            assertSeriesClose(s.symbol() + " MINUS_DI" + period, minus, out[2]);
        });
    }

    @Test
    void adxLookbacksForDefaults() {
        assertThat(Adx.lookback(14)).isEqualTo(27);
        assertThat(Adx.diLookback(14)).isEqualTo(14);
    }

    @Test
    void adxTouchesOnlyItsRange() {
        // Range isolation checks the longest warm-up (ADX); the DIs are checked on the same run.
        double[][] in = KernelRangeContract.synthetic(200, 42);
        KernelRangeContract.assertContract((c, from, to, out) ->
                Adx.compute(c[1], c[2], c[3], from, to, 14, out[0], out[1], out[2]), in, 27, 14, 14);
        KernelRangeContract.assertContract((c, from, to, out) -> {
            double[] ignore = new double[out[0].length];
            Adx.compute(c[1], c[2], c[3], from, to, 14, out[0], ignore, ignore);
        }, in, 27);
    }

    @Test
    void adxOfSteadyUptrendIsHundredWithNoMinusDi() {
        int n = 60;
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        for (int i = 0; i < n; i++) {
            high[i] = 11 + i;
            low[i] = 9 + i;
            close[i] = 10 + i;
        }
        double[][] out = new double[3][n];
        Adx.compute(high, low, close, 0, n, 14, out[0], out[1], out[2]);
        assertThat(out[0][27]).isCloseTo(100.0, within(1e-9));
        assertThat(out[0][26]).isNaN();
        assertThat(out[1][14]).isGreaterThan(0.0);
        assertThat(out[1][13]).isNaN();
        assertThat(out[2][59]).isZero();
    }

    @Test
    void adxRejectsPeriodBelowTwo() {
        double[] a = new double[30];
        assertThatIllegalArgumentException().isThrownBy(() -> Adx.compute(a, a, a, 0, 30, 1, a, a, a));
    }
}
