package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.reference1;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObvTest {

    @Test
    void obvMatchesTaLibOnRealData() {
        assertThat(Obv.lookback()).isEqualTo(TA.obvLookback());
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, Obv.lookback(),
                    (beg, nb, out) -> TA.obv(0, n - 1, s.close(), s.volume(), beg, nb, out[0]));
            double[] out = new double[n];
            Obv.compute(s.close(), s.volume(), 0, n, out);
            assertSeriesClose(s.symbol() + " OBV", expected, out);
        });
    }

    @Test
    void obvTouchesOnlyItsRange() {
        KernelChecks.assertRangeIsolated((in, from, to, out) -> Obv.compute(in[3], in[4], from, to, out[0]), 1, 0, 100);
    }

    @Test
    void obvStartsAtFirstVolumeAndFollowsCloses() {
        double[] out = new double[5];
        Obv.compute(new double[] {10, 11, 11, 9, 12}, new double[] {100, 20, 30, 5, 7}, 0, 5, out);
        assertThat(out).containsExactly(100, 120, 120, 115, 122);
    }

    @Test
    void obvNeverFallsWhileClosesDoNotFall() {
        double[][] s = KernelChecks.synthetic(300, 3);
        double[] close = new double[300];
        for (int i = 0; i < 300; i++) {
            close[i] = i / 3;   // rises or holds
        }
        double[] out = new double[300];
        Obv.compute(close, s[4], 0, 300, out);
        for (int i = 1; i < 300; i++) {
            assertThat(out[i]).isGreaterThanOrEqualTo(out[i - 1]);
        }
    }
}
