package io.technic.scanner.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

/**
 * Property checks every kernel shares: it reads and writes only its {@code [from, to)} range,
 * gives the same values there as on standalone arrays, and is all NaN on a range no longer than
 * its lookback.
 */
final class KernelChecks {

    /** Sentinel prefilled into outputs; must survive outside the range. */
    static final double UNTOUCHED = -7.25;

    /** Poison placed in the inputs outside the range; reading it would change the outputs. */
    private static final double POISON = 1e9;

    private static final int PAD = 37;

    private KernelChecks() {}

    /** A kernel over inputs {open, high, low, close, volume}. */
    @FunctionalInterface
    interface Kernel {
        void run(double[][] ohlcv, int from, int to, double[][] out);
    }

    /**
     * Checks range isolation for {@code kernel} with {@code outputs} outputs over a synthetic
     * series of {@code size} bars, and that a range of {@code lookback} bars is all NaN.
     */
    static void assertRangeIsolated(Kernel kernel, int outputs, int lookback, int size) {
        double[][] alone = synthetic(size, 42);
        double[][] expected = newOutputs(outputs, size, 0);
        kernel.run(alone, 0, size, expected);
        for (double[] e : expected) {
            for (int i = 0; i < lookback && i < size; i++) {
                assertThat(e[i]).as("warm-up bar " + i).isNaN();
            }
        }

        double[][] padded = new double[5][PAD + size + PAD];
        for (int f = 0; f < 5; f++) {
            Arrays.fill(padded[f], POISON);
            System.arraycopy(alone[f], 0, padded[f], PAD, size);
        }
        double[][] actual = newOutputs(outputs, PAD + size + PAD, UNTOUCHED);
        kernel.run(padded, PAD, PAD + size, actual);
        for (int o = 0; o < outputs; o++) {
            assertOutside(actual[o], PAD, PAD + size);
            assertThat(Arrays.copyOfRange(actual[o], PAD, PAD + size)).as("output " + o + " in range")
                    .containsExactly(expected[o]);
        }

        double[][] shortOut = newOutputs(outputs, PAD + lookback + PAD, UNTOUCHED);
        double[][] shortIn = new double[5][PAD + lookback + PAD];
        for (int f = 0; f < 5; f++) {
            System.arraycopy(padded[f], 0, shortIn[f], 0, PAD + lookback);
            Arrays.fill(shortIn[f], PAD + lookback, shortIn[f].length, POISON);
        }
        kernel.run(shortIn, PAD, PAD + lookback, shortOut);
        for (int o = 0; o < outputs; o++) {
            assertOutside(shortOut[o], PAD, PAD + lookback);
            for (int i = PAD; i < PAD + lookback; i++) {
                assertThat(shortOut[o][i]).as("short range output " + o + " at " + i).isNaN();
            }
        }
    }

    private static void assertOutside(double[] out, int from, int to) {
        for (int i = 0; i < out.length; i++) {
            if (i < from || i >= to) {
                assertThat(out[i]).as("position " + i + " outside [" + from + ", " + to + ")").isEqualTo(UNTOUCHED);
            }
        }
    }

    static double[][] newOutputs(int outputs, int size, double fill) {
        double[][] out = new double[outputs][size];
        for (double[] o : out) {
            Arrays.fill(o, fill);
        }
        return out;
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
}
