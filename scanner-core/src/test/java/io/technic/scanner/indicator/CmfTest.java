package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.KernelRangeContract.talib;
import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.model.BarColumns;
import org.junit.jupiter.api.Test;

class CmfTest {

    private static final KernelRangeContract.Kernel CMF = (c, from, to, out) ->
            Cmf.compute(c[1], c[2], c[3], c[4], from, to, 20, out[0]);

    /** CMF[t] = (AD[t] - AD[t - 20]) / SUM(volume, 20)[t], with AD[-1] = 0, NaN on a zero volume sum. */
    @Test
    void cmfMatchesTaLibAdDifferenceOverVolumeSumOnRealData() {
        int period = 20;
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] ad = talib(n, (b, nb, o) -> TA.ad(0, n - 1, s.high(), s.low(), s.close(), s.volume(), b, nb, o));
            double[] volumeSum = talib(n, (b, nb, o) -> TA.sum(0, n - 1, s.volume(), period, b, nb, o));
            double[] expected = KernelRangeContract.nans(n);
            for (int i = period - 1; i < n; i++) {
                double flow = ad[i] - (i >= period ? ad[i - period] : 0);
                expected[i] = volumeSum[i] == 0 ? Double.NaN : flow / volumeSum[i];
            }
            double[] out = new double[n];
            Cmf.compute(s.high(), s.low(), s.close(), s.volume(), 0, n, period, out);
            // AD is a running total: its differences lose ~1e-10 of the window's flow to rounding
            assertSeriesClose(s.symbol() + " CMF20", expected, out, 1e-8);
            for (int i = period - 1; i < n; i++) {
                if (!Double.isNaN(out[i])) {
                    assertThat(out[i]).as(s.symbol() + " CMF range at " + i).isBetween(-1.0, 1.0);
                }
            }
        });
    }

    @Test
    void cmfIsNaNExactlyWhereTheWholeWindowHasNoVolume() {
        // HWM's source lacks volume on 35 of its first 37 bars; bars 9..36 form an untraded run
        BarColumns hwm = KernelRangeContract.symbol("HWM");
        double[] v = hwm.volume();
        assertThat(v[8]).isPositive();
        for (int i = 9; i <= 36; i++) {
            assertThat(v[i]).as("HWM volume at " + i).isZero();
        }
        assertThat(v[37]).isPositive();
        int n = hwm.barCount();
        double[] out = new double[n];
        Cmf.compute(hwm.high(), hwm.low(), hwm.close(), v, 0, n, 20, out);
        for (int i = 19; i < n; i++) {
            boolean untraded = true;
            for (int j = i - 19; j <= i; j++) {
                untraded &= v[j] == 0;
            }
            assertThat(Double.isNaN(out[i])).as("HWM CMF at " + i + " = " + out[i]).isEqualTo(untraded);
        }
        for (int i = 28; i <= 36; i++) {
            assertThat(out[i]).as("window " + (i - 19) + ".." + i + " has no volume").isNaN();
        }
        // bar 37 is the only traded bar of its window, so CMF is its own close location value
        double range = hwm.high()[37] - hwm.low()[37];
        double own = ((hwm.close()[37] - hwm.low()[37]) - (hwm.high()[37] - hwm.close()[37])) / range;
        assertThat(out[37]).isEqualTo(own, within(1e-12));
    }

    @Test
    void cmfOnAHandSeriesWithFlatAndUntradedBars() {
        double[] high = {10, 12, 11, 10, 10, 10};
        double[] low = {8, 10, 11, 9, 9, 8};
        double[] close = {9.5, 10, 11, 9.5, 9.5, 10};
        double[] volume = {100, 200, 300, 0, 0, 50};
        // MFV: bar0 100*((1.5)-(0.5))/2 = 50; bar1 200*((0)-(2))/2 = -200; bar2 high==low -> 0;
        //      bars 3, 4 volume 0 -> 0; bar5 50*((2)-(0))/2 = 50
        double[] out = new double[6];
        Cmf.compute(high, low, close, volume, 0, 6, 2, out);
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isEqualTo((50 - 200) / 300.0); // -0.5
        assertThat(out[2]).isEqualTo((-200 + 0) / 500.0); // -0.4
        assertThat(out[3]).isEqualTo(0 / 300.0);          // traded bar 2 still in the window
        assertThat(out[4]).isNaN();                        // bars 3, 4: no volume at all
        assertThat(out[5]).isEqualTo(50 / 50.0);          // 1: closed on its high
    }

    @Test
    void cmfKeepsToTheRangeConvention() {
        double[][] in = KernelRangeContract.realColumns("PFG", 150);
        assertThat(Cmf.lookback(20)).isEqualTo(19);
        KernelRangeContract.assertContract(CMF, in, 19);
    }

    @Test
    void cmfRejectsAPeriodBelowOne() {
        double[] x = new double[5];
        assertThatThrownBy(() -> Cmf.compute(x, x, x, x, 0, 5, 0, x)).isInstanceOf(IllegalArgumentException.class);
    }
}
