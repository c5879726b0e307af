package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.KernelRangeContract.talib;
import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HighLowDistanceTest {

    private static final KernelRangeContract.Kernel DISTANCE = (c, from, to, out) ->
            HighLowDistance.compute(c[1], c[2], c[3], from, to, 252, out[0], out[1]);

    @Test
    void highLowDistanceMatchesTaLibMaxMinOnRealData() {
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] max = talib(n, (b, nb, o) -> TA.max(0, n - 1, s.high(), 252, b, nb, o));
            double[] min = talib(n, (b, nb, o) -> TA.min(0, n - 1, s.low(), 252, b, nb, o));
            double[] fromHigh = new double[n];
            double[] fromLow = new double[n];
            for (int i = 0; i < n; i++) {
                fromHigh[i] = s.close()[i] / max[i] - 1;
                fromLow[i] = s.close()[i] / min[i] - 1;
            }
            double[][] out = new double[2][n];
            HighLowDistance.compute(s.high(), s.low(), s.close(), 0, n, 252, out[0], out[1]);
            assertSeriesClose(s.symbol() + " from 52w high", fromHigh, out[0], 0);
            assertSeriesClose(s.symbol() + " from 52w low", fromLow, out[1], 0);
            for (int i = 251; i < n; i++) {
                assertThat(out[0][i]).as(s.symbol() + " at or below the high at " + i).isBetween(-1.0, 0.0);
                assertThat(out[1][i]).as(s.symbol() + " at or above the low at " + i).isNotNegative();
            }
        });
    }

    @Test
    void highLowDistanceIsAFractionOnAHandSeries() {
        double[] high = {100, 120, 110, 90};
        double[] low = {90, 100, 80, 85};
        double[] close = {95, 110, 88, 90};
        double[][] out = new double[2][4];
        HighLowDistance.compute(high, low, close, 0, 4, 3, out[0], out[1]);
        // bar 2: high 120, low 80, close 88 -> 88/120 - 1 = -0.2667, 88/80 - 1 = 0.1
        // bar 3: high 120 (bar 1 still inside), low 80, close 90 -> -0.25, 0.125
        assertThat(out[0]).containsExactly(Double.NaN, Double.NaN, 88.0 / 120 - 1, -0.25);
        assertThat(out[1]).containsExactly(Double.NaN, Double.NaN, 88.0 / 80 - 1, 0.125);
    }

    @Test
    void highLowDistanceIsNaNForAHistoryShorterThanAYear() {
        var vlto = KernelRangeContract.symbol("VLTO");
        int n = vlto.barCount();
        assertThat(n).isLessThan(252);
        double[][] out = new double[2][n];
        HighLowDistance.compute(vlto.high(), vlto.low(), vlto.close(), 0, n, 252, out[0], out[1]);
        assertThat(out[0]).containsOnly(Double.NaN);
        assertThat(out[1]).containsOnly(Double.NaN);
    }

    @Test
    void highLowDistanceKeepsToTheRangeConvention() {
        double[][] in = KernelRangeContract.realColumns("NVR", 400);
        assertThat(HighLowDistance.lookback(252)).isEqualTo(251);
        KernelRangeContract.assertContract(DISTANCE, in, 251, 251);
    }

    @Test
    void highLowDistanceRejectsAPeriodBelowOne() {
        double[] x = new double[5];
        assertThatThrownBy(() -> HighLowDistance.compute(x, x, x, 0, 5, 0, x, x))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
