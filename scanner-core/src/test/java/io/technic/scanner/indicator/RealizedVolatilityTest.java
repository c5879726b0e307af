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

class RealizedVolatilityTest {

    private static final KernelRangeContract.Kernel VOLATILITY = (c, from, to, out) ->
            RealizedVolatility.compute(c[3], from, to, 20, out[0]);

    /** TA-Lib: LN(ROCR(close, 1)) are the log returns; STDDEV is the population deviation. */
    @ParameterizedTest
    @ValueSource(ints = {20, 63})
    void realizedVolatilityMatchesTaLibStdDevOfLogReturnsOnRealData(int period) {
        double sampleAndYear = Math.sqrt(period / (period - 1.0)) * Math.sqrt(252);
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] ratio = talib(n, (b, nb, o) -> TA.rocR(0, n - 1, s.close(), 1, b, nb, o));
            double[] logReturn = talib(n, (b, nb, o) -> TA.ln(1, n - 1, ratio, b, nb, o));
            double[] returns = java.util.Arrays.copyOfRange(logReturn, 1, n); // bar j + 1 at j
            double[] sd = talib(n - 1, (b, nb, o) -> TA.stdDev(0, n - 2, returns, period, 1.0, b, nb, o));
            double[] expected = KernelRangeContract.nans(n);
            for (int i = period; i < n; i++) {
                expected[i] = sd[i - 1] * sampleAndYear;
            }
            double[] out = new double[n];
            RealizedVolatility.compute(s.close(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " RV" + period, expected, out);
        });
    }

    @Test
    void realizedVolatilityUsesTheSampleDeviationOnAHandSeries() {
        double[] close = {100, 110, 100, 110, 110, 110};
        double[] out = new double[6];
        RealizedVolatility.compute(close, 0, 6, 2, out);
        double a = Math.log(1.1);
        // returns a, -a, a, 0, 0; window {a, -a}: mean 0, sample variance (a^2 + a^2) / (2 - 1)
        double expected = Math.sqrt(2 * a * a) * Math.sqrt(252); // population would give a * sqrt(252)
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isNaN();
        assertThat(out[2]).isEqualTo(expected, within(1e-12));
        assertThat(out[3]).isEqualTo(expected, within(1e-12));
        // window {a, 0}: mean a/2, sample variance 2 * (a/2)^2
        assertThat(out[4]).isEqualTo(Math.sqrt(2 * a * a / 4) * Math.sqrt(252), within(1e-12));
        assertThat(out[5]).isZero(); // flat {0, 0}: exactly 0 although a and ln(100/110) left rounding behind
    }

    @Test
    void realizedVolatilityKeepsToTheRangeConvention() {
        double[][] in = KernelRangeContract.realColumns("AAPL", 150);
        assertThat(RealizedVolatility.lookback(20)).isEqualTo(20);
        KernelRangeContract.assertContract(VOLATILITY, in, 20);
    }

    @Test
    void realizedVolatilityRejectsAPeriodBelowTwo() {
        double[] x = new double[5];
        assertThatThrownBy(() -> RealizedVolatility.compute(x, 0, 5, 1, x)).isInstanceOf(IllegalArgumentException.class);
    }
}
