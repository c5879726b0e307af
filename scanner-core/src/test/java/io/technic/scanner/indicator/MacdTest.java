package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacdTest {

    @ParameterizedTest
    @CsvSource({"12, 26, 9", "5, 35, 5", "26, 12, 9", "3, 10, 2"})
    void macdMatchesTaLibOnRealData(int fast, int slow, int signal) {
        int lookback = Macd.lookback(fast, slow, signal);
        assertThat(lookback).isEqualTo(TA.macdLookback(fast, slow, signal));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[][] expected = reference(n, lookback, 3,
                    (beg, nb, out) -> TA.macd(0, n - 1, s.close(), fast, slow, signal, beg, nb, out[0], out[1], out[2]));
            double[] line = new double[n];
            double[] sig = new double[n];
            double[] hist = new double[n];
            Macd.compute(s.close(), 0, n, fast, slow, signal, line, sig, hist);
            String what = s.symbol() + " MACD" + fast + "/" + slow + "/" + signal;
            assertSeriesClose(what + " line", expected[0], line);
            assertSeriesClose(what + " signal", expected[1], sig);
            assertSeriesClose(what + " histogram", expected[2], hist);
        });
    }

    @Test
    void macdLookbackIsThirtyThreeForDefaults() {
        assertThat(Macd.lookback(12, 26, 9)).isEqualTo(33);
    }

    @Test
    void macdTouchesOnlyItsRange() {
        int lookback = Macd.lookback(12, 26, 9);
        KernelRangeContract.assertContract(
                (in, from, to, out) -> Macd.compute(in[3], from, to, 12, 26, 9, out[0], out[1], out[2]),
                KernelRangeContract.synthetic(300, 42), lookback, lookback, lookback);
    }

    @Test
    void macdOfFlatSeriesIsZero() {
        double[] line = new double[60];
        double[] sig = new double[60];
        double[] hist = new double[60];
        Macd.compute(KernelRangeContract.constant(60, 42.5), 0, 60, 12, 26, 9, line, sig, hist);
        assertThat(line[33]).isZero();
        assertThat(sig[59]).isZero();
        assertThat(hist[59]).isZero();
        assertThat(line[32]).isNaN();
    }

    @Test
    void macdRejectsTooShortPeriods() {
        double[] a = new double[40];
        assertThatIllegalArgumentException().isThrownBy(() -> Macd.compute(a, 0, 40, 1, 26, 9, a, a, a));
        assertThatIllegalArgumentException().isThrownBy(() -> Macd.compute(a, 0, 40, 12, 26, 1, a, a, a));
    }
}
