package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.KernelRangeContract.talib;
import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IchimokuTest {

    private static final KernelRangeContract.Kernel ICHIMOKU = (c, from, to, out) ->
            Ichimoku.compute(c[1], c[2], from, to, 9, 26, 52, out[0], out[1], out[2], out[3]);

    @Test
    void ichimokuLinesMatchTaLibMidPriceOnRealData() {
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] tenkan = talib(n, (b, nb, o) -> TA.midPrice(0, n - 1, s.high(), s.low(), 9, b, nb, o));
            double[] kijun = talib(n, (b, nb, o) -> TA.midPrice(0, n - 1, s.high(), s.low(), 26, b, nb, o));
            double[] senkouB = talib(n, (b, nb, o) -> TA.midPrice(0, n - 1, s.high(), s.low(), 52, b, nb, o));
            double[] senkouA = new double[n];
            for (int i = 0; i < n; i++) {
                senkouA[i] = (tenkan[i] + kijun[i]) / 2;
            }
            double[][] out = new double[4][n];
            Ichimoku.compute(s.high(), s.low(), 0, n, 9, 26, 52, out[0], out[1], out[2], out[3]);
            assertSeriesClose(s.symbol() + " tenkan", tenkan, out[0], 0);
            assertSeriesClose(s.symbol() + " kijun", kijun, out[1], 0);
            assertSeriesClose(s.symbol() + " senkou A", senkouA, out[2], 0);
            assertSeriesClose(s.symbol() + " senkou B", senkouB, out[3], 0);
        });
    }

    @Test
    void ichimokuLinesWarmUpEachOverItsOwnWindow() {
        assertThat(Ichimoku.lookback(9, 26, 52)).isEqualTo(51);
        double[][] in = KernelRangeContract.realColumns("KDP", 200);
        KernelRangeContract.assertWarmUp(ICHIMOKU, in, 8, 25, 25, 51);
        // senkou A needs both of its parents, whichever is longer
        KernelRangeContract.assertWarmUp((c, from, to, out) ->
                Ichimoku.compute(c[1], c[2], from, to, 30, 10, 52, out[0], out[1], out[2], out[3]),
                in, 29, 9, 29, 51);
    }

    /** Unshifted: nothing at bar t depends on a later bar, so the 26-bar plotting shift is the caller's. */
    @Test
    void ichimokuTouchesOnlyItsRangeAndIsUnshifted() {
        double[][] in = KernelRangeContract.realColumns("ENPH", 300);
        KernelRangeContract.assertTouchesOnlyItsRange(ICHIMOKU, in, 4);
        KernelRangeContract.assertCausal(ICHIMOKU, in, 4);
    }

    @Test
    void ichimokuAtOneBarIsBitForBitTheRangesValueThere() {
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[][] lines = new double[4][n];
            Ichimoku.compute(s.high(), s.low(), 0, n, 9, 26, 52, lines[0], lines[1], lines[2], lines[3]);
            double[] point = new double[4];
            for (int i : new int[] {0, 7, 8, 25, 51, 52, n / 2, n - 27, n - 1}) {
                Ichimoku.at(s.high(), s.low(), i, 9, 26, 52, point);
                for (int k = 0; k < 4; k++) {
                    assertThat(Double.doubleToLongBits(point[k])).as("%s line %d at %d", s.symbol(), k, i)
                            .isEqualTo(Double.doubleToLongBits(lines[k][i]));
                }
            }
        });
    }

    @Test
    void ichimokuRejectsAPeriodBelowOne() {
        double[] x = new double[5];
        assertThatThrownBy(() -> Ichimoku.compute(x, x, 0, 5, 9, 0, 52, x, x, x, x))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
