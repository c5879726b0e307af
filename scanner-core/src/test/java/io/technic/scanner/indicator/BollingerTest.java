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

class BollingerTest {

    @ParameterizedTest
    @CsvSource({"20, 2.0", "20, 1.0", "50, 2.5"})
    void bollingerMatchesTaLibOnRealData(int period, double k) {
        int lookback = Bollinger.lookback(period);
        assertThat(lookback).isEqualTo(TA.bbandsLookback(period, k, k, MAType.Sma));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[][] expected = reference(n, lookback, 3, (beg, nb, out) ->
                    TA.bbands(0, n - 1, s.close(), period, k, k, MAType.Sma, beg, nb, out[0], out[1], out[2]));
            double[][] out = new double[5][n];
            Bollinger.compute(s.close(), 0, n, period, k, out[0], out[1], out[2], out[3], out[4]);
            String what = s.symbol() + " BBANDS" + period + "/" + k;
            assertSeriesClose(what + " upper", expected[0], out[0]);
            assertSeriesClose(what + " middle", expected[1], out[1]);
            assertSeriesClose(what + " lower", expected[2], out[2]);
            // %B and bandwidth have no TA-Lib function: hold them to their definition on TA-Lib's bands.
            double[] percentB = new double[n];
            double[] bandwidth = new double[n];
            for (int i = 0; i < n; i++) {
                double width = expected[0][i] - expected[2][i];
                percentB[i] = width == 0 ? 0.5 : (s.close()[i] - expected[2][i]) / width;
                bandwidth[i] = width == 0 ? 0 : width / expected[1][i];
            }
            assertSeriesClose(what + " %B", percentB, out[3]);
            assertSeriesClose(what + " bandwidth", bandwidth, out[4]);
        });
    }

    @Test
    void bollingerTouchesOnlyItsRange() {
        int lookback = Bollinger.lookback(20);
        KernelRangeContract.assertContract((in, from, to, out) ->
                Bollinger.compute(in[3], from, to, 20, 2, out[0], out[1], out[2], out[3], out[4]),
                KernelRangeContract.synthetic(200, 42), lookback, lookback, lookback, lookback, lookback);
    }

    @Test
    void bollingerOfHandComputedWindow() {
        // 1..5: mean 3, population variance 2.
        double[][] out = new double[5][5];
        Bollinger.compute(new double[] {1, 2, 3, 4, 5}, 0, 5, 5, 2, out[0], out[1], out[2], out[3], out[4]);
        double dev = 2 * Math.sqrt(2);
        assertThat(out[0][4]).isCloseTo(3 + dev, within(1e-12));
        assertThat(out[1][4]).isEqualTo(3.0);
        assertThat(out[2][4]).isCloseTo(3 - dev, within(1e-12));
        assertThat(out[3][4]).isCloseTo((5 - (3 - dev)) / (2 * dev), within(1e-12));
        assertThat(out[4][4]).isCloseTo(2 * dev / 3, within(1e-12));
        assertThat(out[0][3]).isNaN();
    }

    @Test
    void bollingerOfFlatSeriesCollapsesWithNeutralPercentB() {
        int n = 30;
        double[][] out = new double[5][n];
        Bollinger.compute(KernelRangeContract.constant(n, 17.5), 0, n, 20, 2, out[0], out[1], out[2], out[3], out[4]);
        assertThat(out[0][29]).isEqualTo(17.5);
        assertThat(out[2][29]).isEqualTo(17.5);
        assertThat(out[3][29]).isEqualTo(0.5);
        assertThat(out[4][29]).isEqualTo(0.0);
    }

    @Test
    void bollingerWithoutDerivedOutputsGivesTheSameBands() {
        double[][] ohlcv = KernelRangeContract.synthetic(100, 7);
        double[][] all = new double[5][100];
        double[][] bands = new double[3][100];
        Bollinger.compute(ohlcv[3], 0, 100, 20, 2, all[0], all[1], all[2], all[3], all[4]);
        Bollinger.compute(ohlcv[3], 0, 100, 20, 2, bands[0], bands[1], bands[2]);
        assertThat(bands[0]).containsExactly(all[0]);
        assertThat(bands[2]).containsExactly(all[2]);
    }

    @Test
    void bollingerRejectsBadParameters() {
        double[] a = new double[30];
        assertThatIllegalArgumentException().isThrownBy(() -> Bollinger.compute(a, 0, 30, 1, 2, a, a, a));
        assertThatIllegalArgumentException().isThrownBy(() -> Bollinger.compute(a, 0, 30, 20, -1, a, a, a));
        assertThatIllegalArgumentException().isThrownBy(() -> Bollinger.compute(a, 0, 30, 20, Double.NaN, a, a, a));
    }
}
