package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.tictactec.ta.lib.MAType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StochasticTest {

    @ParameterizedTest
    @CsvSource({"14, 3, 3", "5, 1, 1", "21, 5, 4"})
    void stochasticMatchesTaLibOnRealData(int fastK, int slowK, int slowD) {
        int lookback = Stochastic.lookback(fastK, slowK, slowD);
        assertThat(lookback).isEqualTo(TA.stochLookback(fastK, slowK, MAType.Sma, slowD, MAType.Sma));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[][] expected = reference(n, lookback, 2, (beg, nb, out) -> TA.stoch(0, n - 1,
                    s.high(), s.low(), s.close(), fastK, slowK, MAType.Sma, slowD, MAType.Sma, beg, nb, out[0], out[1]));
            double[] k = new double[n];
            double[] d = new double[n];
            Stochastic.compute(s.high(), s.low(), s.close(), 0, n, fastK, slowK, slowD, k, d);
            String what = s.symbol() + " STOCH" + fastK + "/" + slowK + "/" + slowD;
            assertSeriesClose(what + " %K", expected[0], k);
            assertSeriesClose(what + " %D", expected[1], d);
        });
    }

    @Test
    void stochasticLookbackIsSeventeenForDefaults() {
        assertThat(Stochastic.lookback(14, 3, 3)).isEqualTo(17);
    }

    @Test
    void stochasticTouchesOnlyItsRange() {
        KernelRangeContract.assertContract((in, from, to, out) ->
                Stochastic.compute(in[1], in[2], in[3], from, to, 14, 3, 3, out[0], out[1]),
                KernelRangeContract.synthetic(200, 42), 17, 17);
    }

    @Test
    void stochasticIsHundredWhenClosingAtRisingHighs() {
        int n = 30;
        double[] high = new double[n];
        double[] low = new double[n];
        for (int i = 0; i < n; i++) {
            high[i] = 20 + i;
            low[i] = 18 + i;
        }
        double[] k = new double[n];
        double[] d = new double[n];
        Stochastic.compute(high, low, high, 0, n, 14, 3, 3, k, d);
        assertThat(k[29]).isCloseTo(100.0, within(1e-12));
        assertThat(d[29]).isCloseTo(100.0, within(1e-12));
        assertThat(k[16]).isNaN();
    }

    @Test
    void stochasticRejectsZeroPeriods() {
        double[] a = new double[30];
        assertThatIllegalArgumentException().isThrownBy(() -> Stochastic.compute(a, a, a, 0, 30, 14, 0, 3, a, a));
    }
}
