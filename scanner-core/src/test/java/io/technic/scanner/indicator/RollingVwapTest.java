package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.KernelRangeContract.talib;
import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.model.BarColumns;
import org.junit.jupiter.api.Test;

class RollingVwapTest {

    private static final KernelRangeContract.Kernel VWAP = (c, from, to, out) ->
            RollingVwap.compute(c[1], c[2], c[3], c[4], from, to, 20, out[0]);

    @Test
    void rollingVwapMatchesTaLibTypPriceAndSumOnRealData() {
        int period = 20;
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] typical = talib(n, (b, nb, o) -> TA.typPrice(0, n - 1, s.high(), s.low(), s.close(), b, nb, o));
            double[] value = new double[n];
            for (int i = 0; i < n; i++) {
                value[i] = typical[i] * s.volume()[i];
            }
            double[] valueSum = talib(n, (b, nb, o) -> TA.sum(0, n - 1, value, period, b, nb, o));
            double[] volumeSum = talib(n, (b, nb, o) -> TA.sum(0, n - 1, s.volume(), period, b, nb, o));
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                expected[i] = volumeSum[i] == 0 ? Double.NaN : valueSum[i] / volumeSum[i];
            }
            double[] out = new double[n];
            RollingVwap.compute(s.high(), s.low(), s.close(), s.volume(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " VWAP20", expected, out);
            double[] high = talib(n, (b, nb, o) -> TA.max(0, n - 1, s.high(), period, b, nb, o));
            double[] low = talib(n, (b, nb, o) -> TA.min(0, n - 1, s.low(), period, b, nb, o));
            for (int i = period - 1; i < n; i++) {
                if (!Double.isNaN(out[i])) {
                    assertThat(out[i]).as(s.symbol() + " VWAP inside the window's range at " + i)
                            .isBetween(low[i] * (1 - 1e-12), high[i] * (1 + 1e-12));
                }
            }
        });
    }

    @Test
    void rollingVwapIsNaNExactlyWhereTheWholeWindowHasNoVolume() {
        // HWM bars 9..36 have no volume in the source (see CmfTest)
        BarColumns hwm = KernelRangeContract.symbol("HWM");
        double[] v = hwm.volume();
        int n = hwm.barCount();
        double[] out = new double[n];
        RollingVwap.compute(hwm.high(), hwm.low(), hwm.close(), v, 0, n, 20, out);
        for (int i = 19; i < n; i++) {
            boolean untraded = true;
            for (int j = i - 19; j <= i; j++) {
                untraded &= v[j] == 0;
            }
            assertThat(Double.isNaN(out[i])).as("HWM VWAP at " + i + " = " + out[i]).isEqualTo(untraded);
        }
        for (int i = 28; i <= 36; i++) {
            assertThat(out[i]).as("HWM VWAP at " + i).isNaN();
        }
        // bar 37 is the only traded bar in its window: VWAP = its typical price
        double typical37 = (hwm.high()[37] + hwm.low()[37] + hwm.close()[37]) / 3;
        assertThat(out[37]).isEqualTo(typical37, within(1e-12));
    }

    @Test
    void rollingVwapWeighsTypicalPricesByVolumeOnAHandSeries() {
        double[] high = {11, 13, 12, 12};
        double[] low = {9, 11, 9, 12};
        double[] close = {10, 12, 12, 12};
        double[] volume = {100, 300, 0, 0};
        // typical: 10, 12, 11, 12
        double[] out = new double[4];
        RollingVwap.compute(high, low, close, volume, 0, 4, 2, out);
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isEqualTo((10 * 100 + 12 * 300) / 400.0); // 11.5
        assertThat(out[2]).isEqualTo(12);                           // bar 2 untraded: weight 0
        assertThat(out[3]).isNaN();                                 // no volume in the window
    }

    @Test
    void rollingVwapKeepsToTheRangeConvention() {
        double[][] in = KernelRangeContract.realColumns("CNC", 150);
        assertThat(RollingVwap.lookback(20)).isEqualTo(19);
        KernelRangeContract.assertContract(VWAP, in, 19);
    }

    @Test
    void rollingVwapRejectsAPeriodBelowOne() {
        double[] x = new double[5];
        assertThatThrownBy(() -> RollingVwap.compute(x, x, x, x, 0, 5, 0, x))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
