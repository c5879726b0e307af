package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.reference1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RollingExtremesTest {

    @ParameterizedTest
    @ValueSource(ints = {20, 252, 2, 14})
    void rollingMaxAndMinMatchTaLibOnRealData(int period) {
        assertThat(RollingMax.lookback(period)).isEqualTo(TA.maxLookback(period));
        assertThat(RollingMin.lookback(period)).isEqualTo(TA.minLookback(period));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] max = reference1(n, RollingMax.lookback(period),
                    (beg, nb, out) -> TA.max(0, n - 1, s.high(), period, beg, nb, out[0]));
            double[] min = reference1(n, RollingMin.lookback(period),
                    (beg, nb, out) -> TA.min(0, n - 1, s.low(), period, beg, nb, out[0]));
            double[] out = new double[n];
            RollingMax.compute(s.high(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " MAX" + period, max, out, 0);
            RollingMin.compute(s.low(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " MIN" + period, min, out, 0);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 2, 50})
    void rollingStdMatchesTaLibOnRealData(int period) {
        assertThat(RollingStd.lookback(period)).isEqualTo(TA.stdDevLookback(period, 1.0));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, RollingStd.lookback(period),
                    (beg, nb, out) -> TA.stdDev(0, n - 1, s.close(), period, 1.0, beg, nb, out[0]));
            double[] out = new double[n];
            RollingStd.compute(s.close(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " STDDEV" + period, expected, out);
        });
    }

    @Test
    void rollingExtremesAgreeWithABruteForceScanOnTiedData() {
        Random r = new Random(11);
        double[] in = new double[2000];
        for (int i = 0; i < in.length; i++) {
            in[i] = r.nextInt(6);   // many ties
        }
        for (int period : new int[] {1, 3, 20, 252}) {
            double[] max = new double[in.length];
            double[] min = new double[in.length];
            RollingMax.compute(in, 0, in.length, period, max);
            RollingMin.compute(in, 0, in.length, period, min);
            for (int i = period - 1; i < in.length; i++) {
                double hi = Double.NEGATIVE_INFINITY;
                double lo = Double.POSITIVE_INFINITY;
                for (int j = i - period + 1; j <= i; j++) {
                    hi = Math.max(hi, in[j]);
                    lo = Math.min(lo, in[j]);
                }
                assertThat(max[i]).as("max%d at %d", period, i).isEqualTo(hi);
                assertThat(min[i]).as("min%d at %d", period, i).isEqualTo(lo);
            }
        }
    }

    @Test
    void rollingKernelsTouchOnlyTheirRange() {
        double[][] in = KernelRangeContract.synthetic(200, 42);
        KernelRangeContract.assertContract((c, from, to, out) -> RollingMax.compute(c[1], from, to, 20, out[0]),
                in, 19);
        KernelRangeContract.assertContract((c, from, to, out) -> RollingMin.compute(c[2], from, to, 20, out[0]),
                in, 19);
        KernelRangeContract.assertContract((c, from, to, out) -> RollingStd.compute(c[3], from, to, 20, out[0]),
                in, 19);
    }

    @Test
    void rollingStdOfFlatSeriesIsZero() {
        double[] out = new double[10];
        RollingStd.compute(KernelRangeContract.constant(10, 3.5), 0, 10, 5, out);
        assertThat(out[9]).isZero();
        RollingStd.compute(new double[] {1, 2, 3, 4, 5, 0, 0, 0, 0, 0}, 0, 10, 5, out);
        assertThat(out[4]).isEqualTo(Math.sqrt(2));
    }

    @Test
    void rollingKernelsRejectBadPeriods() {
        double[] a = new double[5];
        assertThatIllegalArgumentException().isThrownBy(() -> RollingMax.compute(a, 0, 5, 0, a));
        assertThatIllegalArgumentException().isThrownBy(() -> RollingMin.compute(a, 0, 5, 0, a));
        assertThatIllegalArgumentException().isThrownBy(() -> RollingStd.compute(a, 0, 5, 1, a));
    }
}
