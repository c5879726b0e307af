package io.technic.scanner.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scan path of the window-extreme kernels ({@link WindowExtremes}) against their deque path,
 * bit for bit: at every real symbol's last bar over the range the engine evaluates, on random
 * ranges of one to eight blocks, and on values the deque treats in its own way (NaN, zeros of both
 * signs, infinities, ties).
 */
class WindowExtremesTest {

    /** One kernel run both ways over {open, high, low, close, volume}; {@code scan} picks the path. */
    @FunctionalInterface
    private interface TwoPaths {
        void compute(double[][] in, int from, int to, boolean scan, double[][] out);
    }

    /** {@code window}: bars of each extreme's window (Aroon's is {@code period + 1}). */
    private record Case(String name, int outputs, int lookback, int window, TwoPaths kernel) {}

    private static final Case[] CASES = {
        new Case("MAX1", 1, 0, 1, (in, from, to, scan, out) -> RollingMax.compute(in[1], from, to, 1, true, scan, out[0])),
        new Case("MAX2", 1, 1, 2, (in, from, to, scan, out) -> RollingMax.compute(in[1], from, to, 2, true, scan, out[0])),
        new Case("MAX9", 1, 8, 9, (in, from, to, scan, out) -> RollingMax.compute(in[1], from, to, 9, true, scan, out[0])),
        new Case("MIN9", 1, 8, 9, (in, from, to, scan, out) -> RollingMax.compute(in[2], from, to, 9, false, scan, out[0])),
        new Case("MAX20", 1, 19, 20, (in, from, to, scan, out) -> RollingMax.compute(in[1], from, to, 20, true, scan, out[0])),
        new Case("MIN20", 1, 19, 20, (in, from, to, scan, out) -> RollingMax.compute(in[2], from, to, 20, false, scan, out[0])),
        new Case("MAX26", 1, 25, 26, (in, from, to, scan, out) -> RollingMax.compute(in[1], from, to, 26, true, scan, out[0])),
        new Case("MIN52", 1, 51, 52, (in, from, to, scan, out) -> RollingMax.compute(in[2], from, to, 52, false, scan, out[0])),
        new Case("MAX252", 1, 251, 252, (in, from, to, scan, out) -> RollingMax.compute(in[1], from, to, 252, true, scan, out[0])),
        new Case("MIN252", 1, 251, 252, (in, from, to, scan, out) -> RollingMax.compute(in[2], from, to, 252, false, scan, out[0])),
        new Case("WILLR14", 1, 13, 14, (in, from, to, scan, out) ->
                WilliamsR.compute(in[1], in[2], in[3], from, to, 14, scan, out[0])),
        new Case("WILLR2", 1, 1, 2, (in, from, to, scan, out) ->
                WilliamsR.compute(in[1], in[2], in[3], from, to, 2, scan, out[0])),
        new Case("STOCH14/3/3", 2, 17, 14, (in, from, to, scan, out) ->
                Stochastic.compute(in[1], in[2], in[3], from, to, 14, 3, 3, scan, out[0], out[1])),
        new Case("STOCH5/1/1", 2, 4, 5, (in, from, to, scan, out) ->
                Stochastic.compute(in[1], in[2], in[3], from, to, 5, 1, 1, scan, out[0], out[1])),
        new Case("AROON25", 3, 25, 26, (in, from, to, scan, out) ->
                Aroon.compute(in[1], in[2], from, to, 25, scan, out[0], out[1], out[2])),
        new Case("AROON2", 3, 2, 3, (in, from, to, scan, out) ->
                Aroon.compute(in[1], in[2], from, to, 2, scan, out[0], out[1], out[2])),
    };

    @Test
    void scanAndDequeAgreeAtEveryRealSymbolsLastBar() {
        TaLibReference.forEachSymbol(s -> {
            double[][] in = {s.open(), s.high(), s.low(), s.close(), s.volume()};
            int n = s.size();
            for (Case c : CASES) {
                // the engine's tail: the shortest range that defines the last value
                assertSamePaths(s.symbol(), c, in, Math.max(0, n - 1 - c.lookback()), n);
            }
        });
    }

    @Test
    void scanAndDequeAgreeOnRandomRangesOfRealData() {
        Random r = new Random(7);
        TaLibReference.forEachSymbol(s -> {
            double[][] in = {s.open(), s.high(), s.low(), s.close(), s.volume()};
            int n = s.size();
            for (Case c : CASES) {
                for (int k = 0; k < 3; k++) {
                    // one to eight blocks of windows: the ranges that scan
                    int windows = 1 + r.nextInt(8 * c.window());
                    int length = Math.min(n, c.window() - 1 + windows);
                    int from = r.nextInt(n - length + 1);
                    assertSamePaths(s.symbol(), c, in, from, from + length);
                }
            }
        });
    }

    @Test
    void scanAndDequeAgreeOnNaNZerosInfinitiesAndTies() {
        double[] pool = {Double.NaN, 0.0, -0.0, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            1.5, 1.5, -2.0, 3.0, 3.0, 7.25};
        Random r = new Random(3);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + r.nextInt(300);
            // mostly ties and zeros; some trials without NaN so that the scan itself answers
            boolean nan = trial % 3 == 0;
            double[][] in = new double[5][n];
            for (double[] column : in) {
                for (int i = 0; i < n; i++) {
                    column[i] = pool[(nan ? 0 : 1) + r.nextInt(pool.length - (nan ? 0 : 1))];
                }
            }
            for (Case c : CASES) {
                int from = r.nextInt(n);
                int to = from + r.nextInt(n - from + 1);
                assertSamePaths("trial " + trial, c, in, from, to);
            }
        }
    }

    @Test
    void vectorReductionsEqualTheScalarFoldBitForBit() {
        // Math.max/min folded left to right is the reference; the SIMD reductions fold in another
        // order, with overlapping loads, and must still agree on NaN, zeros of both signs and ties
        double[] pool = {Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.5, -2.0, 3.0};
        Random r = new Random(11);
        int lanes = VectorExtremes.LANES;
        for (int trial = 0; trial < 3000; trial++) {
            int n = 2 * lanes + r.nextInt(300);
            double[] v = new double[n + 5];
            boolean special = trial % 2 == 0;
            for (int i = 0; i < v.length; i++) {
                v[i] = special && r.nextInt(40) == 0 ? pool[r.nextInt(pool.length)] : 100 + r.nextGaussian();
            }
            int from = r.nextInt(5);
            int to = from + n;
            double max = v[from];
            double min = v[from];
            for (int i = from + 1; i < to; i++) {
                max = Math.max(max, v[i]);
                min = Math.min(min, v[i]);
            }
            assertThat(Double.doubleToLongBits(VectorExtremes.maxOf(v, from, to)))
                    .as("max of trial %d over [%d, %d)", trial, from, to).isEqualTo(Double.doubleToLongBits(max));
            assertThat(Double.doubleToLongBits(VectorExtremes.minOf(v, from, to)))
                    .as("min of trial %d over [%d, %d)", trial, from, to).isEqualTo(Double.doubleToLongBits(min));
        }
    }

    @Test
    void zerosOfBothSignsKeepTheLatestAsTheDequeDoes() {
        double[] in = {-0.0, 0.0, -0.0, -1.0};
        double[] out = new double[4];
        RollingMax.compute(in, 0, 4, 3, out);
        assertThat(Double.doubleToLongBits(out[2])).isEqualTo(Double.doubleToLongBits(-0.0));
        assertThat(Double.doubleToLongBits(out[3])).isEqualTo(Double.doubleToLongBits(-0.0));
        RollingMin.compute(new double[] {0.0, -0.0, 0.0, 1.0}, 0, 4, 3, out);
        assertThat(Double.doubleToLongBits(out[2])).isEqualTo(Double.doubleToLongBits(0.0));
        assertThat(Double.doubleToLongBits(out[3])).isEqualTo(Double.doubleToLongBits(0.0));
    }

    @Test
    void scanningPaysForUpToEightBlocks() {
        assertThat(WindowExtremes.pays(1, 252)).isTrue();
        assertThat(WindowExtremes.pays(8 * 9, 9)).isTrue();
        assertThat(WindowExtremes.pays(8 * 9 + 1, 9)).isFalse();
        assertThat(WindowExtremes.pays(Integer.MAX_VALUE, Integer.MAX_VALUE / 4)).isTrue();
    }

    private static void assertSamePaths(String what, Case c, double[][] in, int from, int to) {
        int size = in[0].length;
        double[][] scan = filled(c.outputs(), size);
        double[][] deque = filled(c.outputs(), size);
        c.kernel().compute(in, from, to, true, scan);
        c.kernel().compute(in, from, to, false, deque);
        // doubleToLongBits: exact bits and distinct zeros, but all NaNs alike — compiled and interpreted
        // code may produce NaNs with different payloads, which is not a difference in the result.
        for (int o = 0; o < c.outputs(); o++) {
            for (int i = 0; i < size; i++) {
                long a = Double.doubleToLongBits(scan[o][i]);
                long b = Double.doubleToLongBits(deque[o][i]);
                if (a != b) {
                    throw new AssertionError(what + " " + c.name() + " output " + o + " over [" + from + ", " + to
                            + ") at " + i + ": scan " + scan[o][i] + ", deque " + deque[o][i]);
                }
            }
        }
    }

    private static double[][] filled(int outputs, int size) {
        double[][] out = new double[outputs][size];
        for (double[] o : out) {
            Arrays.fill(o, -7.0);
        }
        return out;
    }
}
