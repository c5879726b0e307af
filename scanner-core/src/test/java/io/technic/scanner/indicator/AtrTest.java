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

class AtrTest {

    @ParameterizedTest
    @ValueSource(ints = {14, 1, 2, 50})
    void atrMatchesTaLibOnRealData(int period) {
        assertThat(Atr.lookback(period)).isEqualTo(TA.atrLookback(period));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, Atr.lookback(period),
                    (beg, nb, out) -> TA.atr(0, n - 1, s.high(), s.low(), s.close(), period, beg, nb, out[0]));
            double[] out = new double[n];
            Atr.compute(s.high(), s.low(), s.close(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " ATR" + period, expected, out);
        });
    }

    @Test
    void atrPercentMatchesTaLibNatrOnRealData() {
        assertThat(Atr.lookback(14)).isEqualTo(TA.natrLookback(14));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, Atr.lookback(14),
                    (beg, nb, out) -> TA.natr(0, n - 1, s.high(), s.low(), s.close(), 14, beg, nb, out[0]));
            double[] out = new double[n];
            Atr.computePercent(s.high(), s.low(), s.close(), 0, n, 14, out);
            assertSeriesClose(s.symbol() + " NATR14", expected, out);
        });
    }

    @Test
    void trueRangeMatchesTaLibOnRealData() {
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, Atr.trueRangeLookback(),
                    (beg, nb, out) -> TA.trueRange(0, n - 1, s.high(), s.low(), s.close(), beg, nb, out[0]));
            double[] out = new double[n];
            Atr.trueRange(s.high(), s.low(), s.close(), 0, n, out);
            assertSeriesClose(s.symbol() + " TRANGE", expected, out);
        });
    }

    @Test
    void atrTouchesOnlyItsRange() {
        double[][] in = KernelRangeContract.synthetic(200, 42);
        KernelRangeContract.assertContract(
                (c, from, to, out) -> Atr.compute(c[1], c[2], c[3], from, to, 14, out[0]), in, 14);
        KernelRangeContract.assertContract(
                (c, from, to, out) -> Atr.computePercent(c[1], c[2], c[3], from, to, 14, out[0]), in, 14);
        KernelRangeContract.assertContract(
                (c, from, to, out) -> Atr.trueRange(c[1], c[2], c[3], from, to, out[0]),
                KernelRangeContract.synthetic(50, 42), 1);
    }

    @Test
    void atrOfConstantRangeBarsIsThatRange() {
        int n = 30;
        double[] high = KernelRangeContract.constant(n, 12);
        double[] low = KernelRangeContract.constant(n, 10);
        double[] close = KernelRangeContract.constant(n, 11);
        double[] out = new double[n];
        Atr.compute(high, low, close, 0, n, 14, out);
        assertThat(out[14]).isEqualTo(2.0);
        assertThat(out[29]).isCloseTo(2.0, within(1e-12));
        Atr.computePercent(high, low, close, 0, n, 14, out);
        assertThat(out[29]).isCloseTo(100 * 2.0 / 11, within(1e-12));
    }

    @Test
    void trueRangeCountsTheGapFromThePreviousClose() {
        double[] out = new double[2];
        Atr.trueRange(new double[] {10, 15}, new double[] {9, 14}, new double[] {10, 14.5}, 0, 2, out);
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isEqualTo(5.0);   // high 15 - previous close 10
    }

    @Test
    void atrRejectsPeriodBelowOne() {
        double[] a = new double[5];
        assertThatIllegalArgumentException().isThrownBy(() -> Atr.compute(a, a, a, 0, 5, 0, a));
    }
}
