package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.Arrays;

/**
 * Checks of the kernel range convention (package-info) that every kernel must pass: reads and
 * writes only {@code [from, to)}, NaN warm-up of exactly {@code lookback} bars, and outputs that
 * depend on no later bar. Kernels are adapted to one shape: inputs and outputs as arrays of
 * columns.
 */
final class KernelRangeContract {

    /** A kernel call over columns {@code in} (e.g. open, high, low, close, volume). */
    @FunctionalInterface
    interface Kernel {
        void compute(double[][] in, int from, int to, double[][] out);
    }

    /** A TA-Lib call writing its compact output. */
    @FunctionalInterface
    interface TaCall {
        RetCode run(MInteger outBeg, MInteger outNb, double[] out);
    }

    private KernelRangeContract() {}

    /** TA-Lib's output for a series of {@code n} bars, expanded to full length with NaN warm-up. */
    static double[] talib(int n, TaCall call) {
        double[] compact = new double[n];
        MInteger beg = new MInteger();
        MInteger nb = new MInteger();
        assertOk(call.run(beg, nb, compact));
        return TaLibReference.expand(compact, beg, nb, n);
    }

    /** One real-data symbol (fixture or full set) as its own block. */
    static BarColumns symbol(String ticker) {
        var data = RealData.stocks();
        int s = data.symbols().indexOf(ticker);
        assertThat(s).as(ticker + " in the real data").isNotNegative();
        return data.bars().slice(s);
    }

    /** The first {@code n} bars of a real symbol as columns {open, high, low, close, volume}. */
    static double[][] realColumns(String ticker, int n) {
        BarColumns b = symbol(ticker);
        return new double[][] {
            Arrays.copyOf(b.open(), n), Arrays.copyOf(b.high(), n), Arrays.copyOf(b.low(), n),
            Arrays.copyOf(b.close(), n), Arrays.copyOf(b.volume(), n)};
    }

    /**
     * The kernel run on {@code in} embedded between poisoned bars gives bit for bit what it gives
     * on {@code in} alone, and leaves every output position outside the range untouched.
     */
    static void assertTouchesOnlyItsRange(Kernel kernel, double[][] in, int outputs) {
        int m = in[0].length;
        double[][] alone = run(kernel, in, 0, m, outputs, m);
        for (double[] column : alone) {
            assertThat(Arrays.stream(column).anyMatch(Double::isFinite)).as("some finite output").isTrue();
        }
        int pad = 9;
        for (double poison : new double[] {Double.NaN, 1e7, 0.0, -3.0}) {
            double[][] embedded = new double[in.length][m + 2 * pad];
            for (int c = 0; c < in.length; c++) {
                Arrays.fill(embedded[c], poison);
                System.arraycopy(in[c], 0, embedded[c], pad, m);
            }
            double[][] out = run(kernel, embedded, pad, pad + m, outputs, m + 2 * pad);
            for (int o = 0; o < outputs; o++) {
                for (int i = 0; i < m + 2 * pad; i++) {
                    if (i < pad || i >= pad + m) {
                        assertThat(out[o][i]).as("output " + o + " outside the range at " + i).isEqualTo(-7.0);
                    }
                }
                assertThat(Arrays.copyOfRange(out[o], pad, pad + m))
                        .as("output " + o + " with neighbours poisoned by " + poison).isEqualTo(alone[o]);
            }
        }
    }

    /**
     * Output {@code o} is NaN on all of a range {@code lookbacks[o]} bars long, and on a range one
     * bar longer it is NaN except for a finite last value. Ranges start at 3, not 0.
     */
    static void assertWarmUp(Kernel kernel, double[][] in, int... lookbacks) {
        int from = 3;
        for (int o = 0; o < lookbacks.length; o++) {
            int lb = lookbacks[o];
            double[][] shortRun = run(kernel, in, from, from + lb, lookbacks.length, in[0].length);
            for (int i = from; i < from + lb; i++) {
                assertThat(shortRun[o][i]).as("output " + o + " at " + i + " of a " + lb + "-bar range").isNaN();
            }
            double[][] oneMore = run(kernel, in, from, from + lb + 1, lookbacks.length, in[0].length);
            for (int i = from; i < from + lb; i++) {
                assertThat(oneMore[o][i]).as("output " + o + " warm-up at " + i).isNaN();
            }
            assertThat(Double.isFinite(oneMore[o][from + lb]))
                    .as("output " + o + " first value after " + lb + " warm-up bars: " + oneMore[o][from + lb])
                    .isTrue();
        }
    }

    /** Cutting the range short changes none of the values before the cut (no look-ahead). */
    static void assertCausal(Kernel kernel, double[][] in, int outputs) {
        int m = in[0].length;
        double[][] full = run(kernel, in, 0, m, outputs, m);
        for (int cut : new int[] {m / 3, m / 2, m - 1}) {
            double[][] part = run(kernel, in, 0, cut, outputs, m);
            for (int o = 0; o < outputs; o++) {
                assertThat(Arrays.copyOf(part[o], cut)).as("output " + o + " cut at " + cut)
                        .isEqualTo(Arrays.copyOf(full[o], cut));
            }
        }
    }

    private static double[][] run(Kernel kernel, double[][] in, int from, int to, int outputs, int size) {
        double[][] out = new double[outputs][size];
        for (double[] o : out) {
            Arrays.fill(o, -7.0);
        }
        kernel.compute(in, from, to, out);
        return out;
    }

    static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
