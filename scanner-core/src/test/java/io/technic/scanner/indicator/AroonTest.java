package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.reference;
import static io.technic.scanner.indicator.TaLibReference.reference1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AroonTest {

    @ParameterizedTest
    @ValueSource(ints = {25, 2, 14})
    void aroonMatchesTaLibOnRealData(int period) {
        assertThat(Aroon.lookback(period)).isEqualTo(TA.aroonLookback(period)).isEqualTo(TA.aroonOscLookback(period));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            // TA-Lib AROON writes Aroon down first, then up.
            double[][] expected = reference(n, Aroon.lookback(period), 2,
                    (beg, nb, out) -> TA.aroon(0, n - 1, s.high(), s.low(), period, beg, nb, out[0], out[1]));
            double[] osc = reference1(n, Aroon.lookback(period),
                    (beg, nb, out) -> TA.aroonOsc(0, n - 1, s.high(), s.low(), period, beg, nb, out[0]));
            double[][] out = new double[3][n];
            Aroon.compute(s.high(), s.low(), 0, n, period, out[0], out[1], out[2]);
            assertSeriesClose(s.symbol() + " AROON" + period + " up", expected[1], out[0]);
            assertSeriesClose(s.symbol() + " AROON" + period + " down", expected[0], out[1]);
            assertSeriesClose(s.symbol() + " AROONOSC" + period, osc, out[2]);
        });
    }

    @Test
    void aroonTouchesOnlyItsRange() {
        KernelRangeContract.assertContract((in, from, to, out) ->
                Aroon.compute(in[1], in[2], from, to, 25, out[0], out[1], out[2]),
                KernelRangeContract.synthetic(200, 42), 25, 25, 25);
    }

    @Test
    void aroonCountsBarsSinceTheExtremesWithTheLatestTieWinning() {
        // period 4, window of 5 bars: highest high 9 twice (bars 1 and 3), lowest low 1 at bar 0.
        double[] high = {5, 9, 6, 9, 7};
        double[] low = {1, 3, 2, 4, 3};
        double[][] out = new double[3][5];
        Aroon.compute(high, low, 0, 5, 4, out[0], out[1], out[2]);
        assertThat(out[0][4]).isEqualTo(75.0);   // 1 bar since bar 3
        assertThat(out[1][4]).isEqualTo(0.0);    // 4 bars since bar 0
        assertThat(out[2][4]).isEqualTo(75.0);
        assertThat(out[0][3]).isNaN();
    }

    @Test
    void aroonRejectsPeriodBelowTwo() {
        double[] a = new double[5];
        assertThatIllegalArgumentException().isThrownBy(() -> Aroon.compute(a, a, 0, 5, 1, a, a, a));
    }
}
