package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.reference1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParabolicSarTest {

    @ParameterizedTest
    @CsvSource({"0.02, 0.2", "0.01, 0.1", "0.3, 0.2"})
    void parabolicSarMatchesTaLibOnRealData(double acceleration, double maximum) {
        assertThat(ParabolicSar.lookback()).isEqualTo(TA.sarLookback(acceleration, maximum));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, ParabolicSar.lookback(), (beg, nb, out) ->
                    TA.sar(0, n - 1, s.high(), s.low(), acceleration, maximum, beg, nb, out[0]));
            double[] out = new double[n];
            ParabolicSar.compute(s.high(), s.low(), 0, n, acceleration, maximum, out);
            assertSeriesClose(s.symbol() + " SAR" + acceleration + "/" + maximum, expected, out);
        });
    }

    @Test
    void parabolicSarTouchesOnlyItsRange() {
        KernelRangeContract.assertContract((in, from, to, out) ->
                ParabolicSar.compute(in[1], in[2], from, to, 0.02, 0.2, out[0]),
                KernelRangeContract.synthetic(200, 42), 1);
    }

    @Test
    void parabolicSarTrailsBelowASteadyUptrend() {
        int n = 40;
        double[] high = new double[n];
        double[] low = new double[n];
        for (int i = 0; i < n; i++) {
            high[i] = 11 + i;
            low[i] = 9 + i;
        }
        double[] out = new double[n];
        ParabolicSar.compute(high, low, 0, n, 0.02, 0.2, out);
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isEqualTo(9.0);   // the first bar's low
        // Then sar += af * (ep - sar): first with af 0.02 toward the extreme point 12 (bar 1's
        // high), then with af 0.04 toward the new extreme 13.
        assertThat(out[2]).isCloseTo(9 + 0.02 * (12 - 9), within(1e-12));
        assertThat(out[3]).isCloseTo(9.06 + 0.04 * (13 - 9.06), within(1e-12));
        for (int i = 1; i < n; i++) {
            assertThat(out[i]).isLessThanOrEqualTo(low[i]);
        }
    }

    @Test
    void parabolicSarRejectsNegativeAcceleration() {
        double[] a = new double[5];
        assertThatIllegalArgumentException().isThrownBy(() -> ParabolicSar.compute(a, a, 0, 5, -0.02, 0.2, a));
    }
}
