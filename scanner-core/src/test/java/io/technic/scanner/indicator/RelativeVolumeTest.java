package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.KernelRangeContract.talib;
import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.model.BarColumns;
import org.junit.jupiter.api.Test;

class RelativeVolumeTest {

    private static final KernelRangeContract.Kernel RVOL = (c, from, to, out) ->
            RelativeVolume.compute(c[4], from, to, 20, out[0]);

    @Test
    void relativeVolumeIsVolumeOverThePreviousBarsTaLibSmaOnRealData() {
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] sma = talib(n, (b, nb, o) -> TA.sma(0, n - 1, s.volume(), 20, b, nb, o));
            double[] expected = KernelRangeContract.nans(n);
            for (int i = 20; i < n; i++) {
                expected[i] = sma[i - 1] == 0 ? Double.NaN : s.volume()[i] / sma[i - 1];
            }
            double[] out = new double[n];
            RelativeVolume.compute(s.volume(), 0, n, 20, out);
            assertSeriesClose(s.symbol() + " RVOL20", expected, out);
        });
    }

    @Test
    void relativeVolumeLeavesTheCurrentBarOutOfItsBaseline() {
        double[] volume = {100, 100, 100, 400, 0};
        double[] out = new double[5];
        RelativeVolume.compute(volume, 0, 5, 3, out);
        assertThat(out).containsExactly(Double.NaN, Double.NaN, Double.NaN,
                4.0,   // 400 / mean(100, 100, 100); with itself in the mean it would be 2
                0.0);  // an untraded bar against mean(100, 100, 400) = 200
    }

    @Test
    void relativeVolumeIsNaNExactlyWhereTheBaselineHasNoVolume() {
        BarColumns hwm = KernelRangeContract.symbol("HWM"); // bars 9..36 untraded, see CmfTest
        double[] v = hwm.volume();
        int n = hwm.barCount();
        double[] out = new double[n];
        RelativeVolume.compute(v, 0, n, 20, out);
        for (int i = 20; i < n; i++) {
            boolean untraded = true;
            for (int j = i - 20; j < i; j++) {
                untraded &= v[j] == 0;
            }
            assertThat(Double.isNaN(out[i])).as("HWM RVOL at " + i + " = " + out[i]).isEqualTo(untraded);
        }
        for (int i = 29; i <= 36; i++) {
            assertThat(out[i]).as("HWM RVOL at " + i).isNaN();
        }
        assertThat(out[37]).as("first traded bar after 20 untraded ones").isNaN();
        assertThat(out[38]).isEqualTo(v[38] / (v[37] / 20));
    }

    @Test
    void relativeVolumeKeepsToTheRangeConvention() {
        double[][] in = KernelRangeContract.realColumns("MSFT", 150);
        assertThat(RelativeVolume.lookback(20)).isEqualTo(20);
        KernelRangeContract.assertContract(RVOL, in, 20);
    }

    @Test
    void relativeVolumeRejectsAPeriodBelowOne() {
        double[] x = new double[5];
        assertThatThrownBy(() -> RelativeVolume.compute(x, 0, 5, 0, x)).isInstanceOf(IllegalArgumentException.class);
    }
}
