package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.reference1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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

    /** The branching definition (TA-Lib's), which {@link Obv} computes without branches. */
    private static void branching(double[] close, double[] volume, int from, int to, double[] out) {
        double obv = volume[from];
        double prev = close[from];
        out[from] = obv;
        for (int i = from + 1; i < to; i++) {
            double c = close[i];
            if (c > prev) {
                obv += volume[i];
            } else if (c < prev) {
                obv -= volume[i];
            }
            out[i] = obv;
            prev = c;
        }
    }

    private static void assertSameBits(String what, double[] close, double[] volume, int from, int to) {
        double[] expected = new double[close.length];
        double[] actual = new double[close.length];
        branching(close, volume, from, to, expected);
        Obv.compute(close, volume, from, to, actual);
        for (int i = from; i < to; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                throw new AssertionError(what + " at " + i + ": branching " + expected[i] + ", Obv " + actual[i]);
            }
        }
    }

    @Test
    void obvIsTheBranchingDefinitionBitForBit() {
        TaLibReference.forEachSymbol(s -> assertSameBits(s.symbol(), s.close(), s.volume(), 0, s.size()));
        double[][] synthetic = KernelRangeContract.synthetic(5000, 9);   // unchanged closes, zero volumes
        assertSameBits("synthetic", synthetic[3], synthetic[4], 0, 5000);
        // NaN closes count as unchanged; NaN and infinite volumes on unchanged bars are skipped;
        // -0.0 stays -0.0; negative volumes.
        double[] pool = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0, 1.0, 2.5, -3.0};
        Random r = new Random(5);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + r.nextInt(20);
            double[] close = new double[n];
            double[] volume = new double[n];
            for (int i = 0; i < n; i++) {
                close[i] = pool[r.nextInt(pool.length)];
                volume[i] = pool[r.nextInt(pool.length)];
            }
            assertSameBits("trial " + trial, close, volume, 0, n);
        }
    }

    @Test
    void obvTouchesOnlyItsRange() {
        KernelRangeContract.assertContract((in, from, to, out) -> Obv.compute(in[3], in[4], from, to, out[0]),
                KernelRangeContract.synthetic(100, 42), 0);
    }

    @Test
    void obvStartsAtFirstVolumeAndFollowsCloses() {
        double[] out = new double[5];
        Obv.compute(new double[] {10, 11, 11, 9, 12}, new double[] {100, 20, 30, 5, 7}, 0, 5, out);
        assertThat(out).containsExactly(100, 120, 120, 115, 122);
    }

    @Test
    void obvNeverFallsWhileClosesDoNotFall() {
        double[][] s = KernelRangeContract.synthetic(300, 3);
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
