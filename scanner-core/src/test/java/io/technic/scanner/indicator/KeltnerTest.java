package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.KernelRangeContract.talib;
import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeltnerTest {

    private static final KernelRangeContract.Kernel KELTNER = (c, from, to, out) ->
            Keltner.compute(c[1], c[2], c[3], from, to, 20, 10, 2.0, out[0], out[1], out[2], out[3]);

    @Test
    void keltnerMatchesTaLibEmaAndAtrOnRealData() {
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] ema = talib(n, (b, nb, o) -> TA.ema(0, n - 1, s.close(), 20, b, nb, o));
            double[] atr = talib(n, (b, nb, o) -> TA.atr(0, n - 1, s.high(), s.low(), s.close(), 10, b, nb, o));
            double[] upper = new double[n];
            double[] lower = new double[n];
            double[] position = new double[n];
            for (int i = 0; i < n; i++) {
                upper[i] = ema[i] + 2 * atr[i];
                lower[i] = ema[i] - 2 * atr[i];
                position[i] = (s.close()[i] - lower[i]) / (upper[i] - lower[i]);
            }
            double[][] out = new double[4][n];
            Keltner.compute(s.high(), s.low(), s.close(), 0, n, 20, 10, 2.0, out[0], out[1], out[2], out[3]);
            assertSeriesClose(s.symbol() + " Keltner upper", upper, out[0]);
            assertSeriesClose(s.symbol() + " Keltner middle", ema, out[1]);
            assertSeriesClose(s.symbol() + " Keltner lower", lower, out[2]);
            // a narrow channel magnifies the lines' last-bit differences in the position
            assertSeriesClose(s.symbol() + " Keltner position", position, out[3], 1e-7);
        });
    }

    @Test
    void keltnerWarmUpIsTheLongerOfEmaAndAtr() {
        assertThat(Keltner.lookback(20, 10)).isEqualTo(19);
        assertThat(Keltner.lookback(5, 10)).isEqualTo(10);
        double[][] in = KernelRangeContract.realColumns("MSFT", 80);
        KernelRangeContract.assertWarmUp(KELTNER, in, 19, 19, 19, 19);
        KernelRangeContract.assertWarmUp((c, from, to, out) ->
                Keltner.compute(c[1], c[2], c[3], from, to, 5, 10, 2.0, out[0], out[1], out[2], out[3]),
                in, 10, 10, 10, 10);
    }

    @Test
    void keltnerTouchesOnlyItsRangeAndNeverLooksAhead() {
        double[][] in = KernelRangeContract.realColumns("JPM", 150);
        KernelRangeContract.assertTouchesOnlyItsRange(KELTNER, in, 4);
        KernelRangeContract.assertCausal(KELTNER, in, 4);
    }

    @Test
    void keltnerPositionIsNaNWhenTheChannelHasNoWidth() {
        double[] flat = new double[30];
        Arrays.fill(flat, 42.5);
        double[][] out = new double[4][30];
        Keltner.compute(flat, flat, flat, 0, 30, 20, 10, 2.0, out[0], out[1], out[2], out[3]);
        assertThat(out[0][29]).isEqualTo(42.5);
        assertThat(out[1][29]).isEqualTo(42.5);
        assertThat(out[2][29]).isEqualTo(42.5);
        assertThat(out[3][29]).isNaN();
    }

    @Test
    void keltnerRejectsBadParameters() {
        double[] x = new double[5];
        assertThatThrownBy(() -> Keltner.compute(x, x, x, 0, 5, 0, 10, 2, x, x, x, x))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keltner.compute(x, x, x, 0, 5, 20, 0, 2, x, x, x, x))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keltner.compute(x, x, x, 0, 5, 20, 10, 0, x, x, x, x))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keltner.compute(x, x, x, 0, 5, 20, 10, Double.NaN, x, x, x, x))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
