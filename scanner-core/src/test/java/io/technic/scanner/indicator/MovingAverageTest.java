package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertOk;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.expand;
import static org.assertj.core.api.Assertions.assertThat;

import com.tictactec.ta.lib.MInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MovingAverageTest {

    @ParameterizedTest
    @ValueSource(ints = {20, 50, 200})
    void smaMatchesTaLibOnRealData(int period) {
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] compact = new double[n];
            MInteger beg = new MInteger();
            MInteger nb = new MInteger();
            if (n > Sma.lookback(period)) {
                assertOk(TA.sma(0, n - 1, s.close(), period, beg, nb, compact));
            }
            double[] expected = n > Sma.lookback(period) ? expand(compact, beg, nb, n) : nanArray(n);
            double[] out = new double[n];
            Sma.compute(s.close(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " SMA" + period, expected, out);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 26})
    void emaMatchesTaLibOnRealData(int period) {
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] compact = new double[n];
            MInteger beg = new MInteger();
            MInteger nb = new MInteger();
            assertOk(TA.ema(0, n - 1, s.close(), period, beg, nb, compact));
            double[] out = new double[n];
            Ema.compute(s.close(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " EMA" + period, expand(compact, beg, nb, n), out);
        });
    }

    @Test
    void kernelsTouchOnlyTheirRange() {
        double[] in = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] out = new double[8];
        java.util.Arrays.fill(out, -7);
        Sma.compute(in, 2, 6, 2, out);
        assertThat(out).containsExactly(-7, -7, Double.NaN, 3.5, 4.5, 5.5, -7, -7);
    }

    @Test
    void shortRangeIsAllWarmUp() {
        double[] out = new double[3];
        Ema.compute(new double[] {1, 2, 3}, 0, 3, 5, out);
        assertThat(out).containsOnly(Double.NaN);
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
