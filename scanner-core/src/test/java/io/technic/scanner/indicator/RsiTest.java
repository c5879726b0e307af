package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.reference1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RsiTest {

    @Test
    void rsiMatchesTaLibOnRealData() {
        assertThat(Rsi.lookback(14)).isEqualTo(TA.rsiLookback(14));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, Rsi.lookback(14),
                    (beg, nb, out) -> TA.rsi(0, n - 1, s.close(), 14, beg, nb, out[0]));
            double[] out = new double[n];
            Rsi.compute(s.close(), 0, n, 14, out);
            assertSeriesClose(s.symbol() + " RSI14", expected, out);
        });
    }

    @Test
    void rsiTouchesOnlyItsRange() {
        KernelRangeContract.assertContract((in, from, to, out) -> Rsi.compute(in[3], from, to, 14, out[0]),
                KernelRangeContract.synthetic(300, 42), Rsi.lookback(14));
    }

    @Test
    void rsiOfHandComputedSeries() {
        // period 2: changes +2, -1 seed gain 1, loss 0.5; then +1: gain (1+1)/2 = 1, loss 0.25.
        double[] close = {10, 12, 11, 12};
        double[] out = new double[4];
        Rsi.compute(close, 0, 4, 2, out);
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isNaN();
        assertThat(out[2]).isCloseTo(100 * 1 / 1.5, within(1e-12));
        assertThat(out[3]).isCloseTo(100 * 1 / 1.25, within(1e-12));
    }

    @Test
    void rsiIsHundredOnRisesAndZeroOnFlatSeries() {
        double[] rising = new double[40];
        for (int i = 0; i < rising.length; i++) {
            rising[i] = 50 + i;
        }
        double[] out = new double[40];
        Rsi.compute(rising, 0, 40, 14, out);
        assertThat(out[39]).isEqualTo(100.0);
        Rsi.compute(KernelRangeContract.constant(40, 7), 0, 40, 14, out);
        assertThat(out[39]).isEqualTo(0.0);
    }

    @Test
    void rsiStaysWithinZeroToHundred() {
        TaLibReference.forEachSymbol(s -> {
            double[] out = new double[s.size()];
            Rsi.compute(s.close(), 0, s.size(), 14, out);
            for (double v : out) {
                if (!Double.isNaN(v)) {
                    assertThat(v).isBetween(0.0, 100.0);
                }
            }
        });
    }

    @Test
    void rsiRejectsPeriodBelowTwo() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rsi.compute(new double[3], 0, 3, 1, new double[3]));
    }
}
