package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.Arrays;
import java.util.Random;

/**
 * Checks of the kernel range convention (package-info) that every kernel must pass, and the test
 * data they run on. Kernels are adapted to one shape: inputs and outputs as arrays of columns
 * (inputs usually {open, high, low, close, volume}).
 *
 * <ul>
 *   <li>{@link #assertTouchesOnlyItsRange}: between neighbours poisoned with NaN, huge, zero and
 *       negative values the kernel gives bit for bit what it gives on a standalone copy, and
 *       leaves every output position outside the range untouched.</li>
 *   <li>{@link #assertWarmUp}: each output's NaN warm-up is exactly its lookback: NaN over a
 *       range of {@code lookback} bars, NaN then a finite value over one bar more (those short
 *       ranges also isolated between poisoned neighbours), and the first {@code lookback} values
 *       of the whole range NaN.</li>
 *   <li>{@link #assertCausal}: cutting the range short changes no value before the cut.</li>
 *   <li>{@link #assertContract}: all three.</li>
 * </ul>
 */
final class KernelRangeContract {

    /** A kernel call over columns {@code in}, writing columns {@code out}. */
    @FunctionalInterface
    interface Kernel {
        void compute(double[][] in, int from, int to, double[][] out);
    }

    /** A TA-Lib call writing its compact output. */
    @FunctionalInterface
    interface TaCall {
        RetCode run(MInteger outBeg, MInteger outNb, double[] out);
    }

    /** Sentinel prefilled into outputs; must survive outside the range. */
    static final double UNTOUCHED = -7.25;

    /** Values placed in the inputs outside the range; reading any of them changes the outputs. */
    private static final double[] POISONS = {Double.NaN, 1e9, 1e7, 0.0, -3.0};

    /** Poisoned bars on each side of an embedded range. */
    private static final int PAD = 37;

    /** Where the warm-up ranges start in the inputs. */
    private static final int WARM_UP_FROM = 3;

    private KernelRangeContract() {}

    /** {@link #assertTouchesOnlyItsRange}, {@link #assertWarmUp} and {@link #assertCausal}; one output per lookback. */
    static void assertContract(Kernel kernel, double[][] in, int... lookbacks) {
        assertTouchesOnlyItsRange(kernel, in, lookbacks.length);
        assertWarmUp(kernel, in, lookbacks);
        assertCausal(kernel, in, lookbacks.length);
    }

    /**
     * The kernel run on {@code in} embedded between poisoned bars gives bit for bit what it gives
     * on {@code in} alone, and leaves every output position outside the range untouched. Every
     * output must have some finite value on {@code in}, so that the comparison means something.
     */
    static void assertTouchesOnlyItsRange(Kernel kernel, double[][] in, int outputs) {
        int m = in[0].length;
        double[][] alone = run(kernel, in, 0, m, outputs, m);
        for (int o = 0; o < outputs; o++) {
            assertThat(Arrays.stream(alone[o]).anyMatch(Double::isFinite)).as("output " + o + " has a finite value")
                    .isTrue();
        }
        assertSameEmbedded(kernel, in, alone, "the whole range");
    }

    /**
     * Output {@code o} is NaN on all of a range {@code lookbacks[o]} bars long, and on a range one
     * bar longer it is NaN except for a finite last value; both short ranges give the same values
     * between poisoned neighbours, touching nothing outside. On the whole of {@code in} the first
     * {@code lookbacks[o]} values are NaN. The short ranges start at bar 3 of {@code in}.
     */
    static void assertWarmUp(Kernel kernel, double[][] in, int... lookbacks) {
        int outputs = lookbacks.length;
        int m = in[0].length;
        double[][] whole = run(kernel, in, 0, m, outputs, m);
        for (int o = 0; o < outputs; o++) {
            int lb = lookbacks[o];
            for (int i = 0; i < lb && i < m; i++) {
                assertThat(whole[o][i]).as("output " + o + " warm-up bar " + i + " of the whole range").isNaN();
            }
            for (int length : new int[] {lb, lb + 1}) {
                double[][] part = new double[in.length][];
                for (int c = 0; c < in.length; c++) {
                    part[c] = Arrays.copyOfRange(in[c], WARM_UP_FROM, WARM_UP_FROM + length);
                }
                double[][] out = run(kernel, part, 0, length, outputs, length);
                for (int i = 0; i < lb && i < length; i++) {
                    assertThat(out[o][i]).as("output " + o + " at " + i + " of a " + length + "-bar range, "
                            + lb + " warm-up bars").isNaN();
                }
                if (length > lb) {
                    assertThat(Double.isFinite(out[o][lb]))
                            .as("output " + o + " first value after " + lb + " warm-up bars: " + out[o][lb])
                            .isTrue();
                }
                assertSameEmbedded(kernel, part, out, "a " + length + "-bar range");
            }
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

    /** {@code in} embedded between {@link #PAD} bars of each poison gives {@code alone}, touching nothing outside. */
    private static void assertSameEmbedded(Kernel kernel, double[][] in, double[][] alone, String what) {
        int m = in[0].length;
        int size = PAD + m + PAD;
        for (double poison : POISONS) {
            double[][] embedded = new double[in.length][size];
            for (int c = 0; c < in.length; c++) {
                Arrays.fill(embedded[c], poison);
                System.arraycopy(in[c], 0, embedded[c], PAD, m);
            }
            double[][] out = run(kernel, embedded, PAD, PAD + m, alone.length, size);
            for (int o = 0; o < alone.length; o++) {
                for (int i = 0; i < size; i++) {
                    if (i < PAD || i >= PAD + m) {
                        assertThat(out[o][i]).as("output " + o + " outside " + what + " at " + i)
                                .isEqualTo(UNTOUCHED);
                    }
                }
                assertThat(Arrays.copyOfRange(out[o], PAD, PAD + m))
                        .as("output " + o + " over " + what + " with neighbours poisoned by " + poison)
                        .isEqualTo(alone[o]);
            }
        }
    }

    private static double[][] run(Kernel kernel, double[][] in, int from, int to, int outputs, int size) {
        double[][] out = new double[outputs][size];
        for (double[] o : out) {
            Arrays.fill(o, UNTOUCHED);
        }
        kernel.compute(in, from, to, out);
        return out;
    }

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
     * A random-walk OHLCV series {open, high, low, close, volume} with ties, unchanged closes and
     * some zero-volume bars.
     */
    static double[][] synthetic(int size, long seed) {
        Random r = new Random(seed);
        double[][] s = new double[5][size];
        double close = 100;
        for (int i = 0; i < size; i++) {
            double open = close + Math.round(r.nextGaussian() * 4) / 4.0;
            close = r.nextInt(10) == 0 ? close : Math.max(1, open + Math.round(r.nextGaussian() * 8) / 4.0);
            s[0][i] = open;
            s[1][i] = Math.max(open, close) + r.nextInt(4) / 4.0;
            s[2][i] = Math.min(open, close) - r.nextInt(4) / 4.0;
            s[3][i] = close;
            s[4][i] = r.nextInt(8) == 0 ? 0 : 1000 + r.nextInt(100_000);
        }
        return s;
    }

    /** An array of {@code n} copies of {@code v}. */
    static double[] constant(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /** An array of {@code n} NaN. */
    static double[] nans(int n) {
        return constant(n, Double.NaN);
    }
}
