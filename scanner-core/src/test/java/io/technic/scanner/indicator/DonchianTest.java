package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.KernelRangeContract.talib;
import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DonchianTest {

    private static final KernelRangeContract.Kernel DONCHIAN = (c, from, to, out) ->
            Donchian.compute(c[1], c[2], c[3], from, to, 20, out[0], out[1], out[2], out[3]);

    @ParameterizedTest
    @ValueSource(ints = {20, 55})
    void donchianMatchesTaLibMaxMinOnRealData(int period) {
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] max = talib(n, (b, nb, o) -> TA.max(0, n - 1, s.high(), period, b, nb, o));
            double[] min = talib(n, (b, nb, o) -> TA.min(0, n - 1, s.low(), period, b, nb, o));
            double[] middle = new double[n];
            double[] position = new double[n];
            for (int i = 0; i < n; i++) {
                middle[i] = (max[i] + min[i]) / 2;
                position[i] = (s.close()[i] - min[i]) / (max[i] - min[i]);
            }
            double[][] out = new double[4][n];
            Donchian.compute(s.high(), s.low(), s.close(), 0, n, period, out[0], out[1], out[2], out[3]);
            assertSeriesClose(s.symbol() + " Donchian upper", max, out[0], 0);
            assertSeriesClose(s.symbol() + " Donchian middle", middle, out[1], 0);
            assertSeriesClose(s.symbol() + " Donchian lower", min, out[2], 0);
            assertSeriesClose(s.symbol() + " Donchian position", position, out[3]);
            for (int i = Donchian.lookback(period); i < n; i++) {
                assertThat(out[3][i]).as(s.symbol() + " position at " + i).isBetween(0.0, 1.0);
            }
        });
    }

    @Test
    void donchianIncludesTheCurrentBarOnAHandSeries() {
        double[] high = {10, 12, 11, 9, 8, 13};
        double[] low = {9, 10, 8, 7, 7.5, 9};
        double[] close = {9.5, 11, 10, 8, 7.5, 12};
        double[][] out = new double[4][6];
        Donchian.compute(high, low, close, 0, 6, 3, out[0], out[1], out[2], out[3]);
        // bar 2: window 0..2 -> high max(10,12,11)=12, low min(9,10,8)=8, middle 10, (10-8)/4 = 0.5
        // bar 3: window 1..3 -> 12 / 7, middle 9.5, (8-7)/5 = 0.2
        // bar 4: window 2..4 -> 11 / 7, middle 9, (7.5-7)/4 = 0.125
        // bar 5: window 3..5 -> 13 (its own high) / 7, middle 10, (12-7)/6
        assertThat(out[0]).containsExactly(Double.NaN, Double.NaN, 12, 12, 11, 13);
        assertThat(out[2]).containsExactly(Double.NaN, Double.NaN, 8, 7, 7, 7);
        assertThat(out[1]).containsExactly(Double.NaN, Double.NaN, 10, 9.5, 9, 10);
        assertThat(out[3][2]).isEqualTo(0.5);
        assertThat(out[3][3]).isEqualTo(0.2, within(1e-15));
        assertThat(out[3][4]).isEqualTo(0.125);
        assertThat(out[3][5]).isEqualTo(5.0 / 6, within(1e-15));
    }

    @Test
    void donchianFollowsMonotoneSeriesWhereTheExtremeLeavesEveryBar() {
        int n = 40;
        double[] falling = new double[n];
        double[] rising = new double[n];
        for (int i = 0; i < n; i++) {
            falling[i] = 100 - i;
            rising[i] = 50 + i;
        }
        double[][] out = new double[4][n];
        Donchian.compute(falling, rising, falling, 0, n, 5, out[0], out[1], out[2], out[3]);
        for (int i = 4; i < n; i++) {
            assertThat(out[0][i]).as("highest of a falling series at " + i).isEqualTo(100 - (i - 4));
            assertThat(out[2][i]).as("lowest of a rising series at " + i).isEqualTo(50 + (i - 4));
        }
    }

    @Test
    void donchianPositionIsNaNWhenTheChannelIsFlat() {
        double[] flat = {5, 5, 5, 5};
        double[][] out = new double[4][4];
        Donchian.compute(flat, flat, flat, 0, 4, 2, out[0], out[1], out[2], out[3]);
        assertThat(out[1][3]).isEqualTo(5);
        assertThat(out[3][3]).isNaN();
    }

    @Test
    void donchianKeepsToTheRangeConvention() {
        double[][] in = KernelRangeContract.realColumns("XOM", 120);
        assertThat(Donchian.lookback(20)).isEqualTo(19);
        KernelRangeContract.assertContract(DONCHIAN, in, 19, 19, 19, 19);
    }

    @Test
    void donchianRejectsAPeriodBelowOne() {
        double[] x = new double[5];
        assertThatThrownBy(() -> Donchian.compute(x, x, x, 0, 5, 0, x, x, x, x))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
