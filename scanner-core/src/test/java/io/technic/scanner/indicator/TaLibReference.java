package io.technic.scanner.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.function.Consumer;

/**
 * Helpers to hold a kernel to TA-Lib's Java port over every symbol of the real data.
 *
 * <p>TA-Lib's {@code startIdx} is the first <em>output</em> index and it reads backwards from
 * there: each call gets the symbol's own array slice, so it can never read the previous
 * symbol's bars.
 */
final class TaLibReference {

    static final Core TA = new Core();

    /** Relative tolerance for values compared after warm-up. */
    static final double REL_TOL = 1e-9;

    private TaLibReference() {}

    /** One symbol's bars as standalone arrays (TA-Lib's input). */
    record Series(String symbol, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        int size() {
            return close.length;
        }
    }

    /** Calls {@code check} for every real-data symbol. */
    static void forEachSymbol(Consumer<Series> check) {
        var data = RealData.stocks();
        BarColumns b = data.bars();
        for (int s = 0; s < b.symbolCount(); s++) {
            BarColumns one = b.slice(s);
            check.accept(new Series(data.symbols().get(s), one.open(), one.high(), one.low(),
                    one.close(), one.volume()));
        }
    }

    /**
     * Places TA-Lib's compact output ({@code outBeg} = index of out[0]) into a full-length array
     * with NaN before {@code outBeg}, the kernels' convention.
     */
    static double[] expand(double[] compact, MInteger outBeg, MInteger outNb, int size) {
        double[] full = new double[size];
        java.util.Arrays.fill(full, Double.NaN);
        System.arraycopy(compact, 0, full, outBeg.value, outNb.value);
        return full;
    }

    /** One TA-Lib call over a whole symbol, writing its compact outputs. */
    @FunctionalInterface
    interface Call {
        RetCode run(MInteger outBeg, MInteger outNb, double[][] out);
    }

    /**
     * Runs {@code call} (TA-Lib over {@code [0, size)}) and returns its {@code outputs} outputs
     * expanded to full length. A series no longer than {@code lookback} expects all NaN, whatever
     * code TA-Lib returns for it; otherwise TA-Lib must succeed.
     */
    static double[][] reference(int size, int lookback, int outputs, Call call) {
        double[][] compact = new double[outputs][size];
        MInteger beg = new MInteger();
        MInteger nb = new MInteger();
        RetCode rc = call.run(beg, nb, compact);
        double[][] full = new double[outputs][];
        if (size <= lookback) {
            beg.value = 0;
            nb.value = 0;
        } else {
            assertOk(rc);
        }
        for (int o = 0; o < outputs; o++) {
            full[o] = expand(compact[o], beg, nb, size);
        }
        return full;
    }

    /** {@link #reference} for a single-output function. */
    static double[] reference1(int size, int lookback, Call call) {
        return reference(size, lookback, 1, call)[0];
    }

    static void assertOk(RetCode rc) {
        assertThat(rc).isEqualTo(RetCode.Success);
    }

    /** Asserts identical NaN warm-up and values within {@link #REL_TOL} (relative to max(1,|x|)). */
    static void assertSeriesClose(String what, double[] expected, double[] actual) {
        assertSeriesClose(what, expected, actual, REL_TOL);
    }

    static void assertSeriesClose(String what, double[] expected, double[] actual, double relTol) {
        assertThat(actual).as(what + " length").hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            if (Double.isNaN(e)) {
                assertThat(Double.isNaN(a)).as(what + " warm-up NaN at bar " + i + " (got " + a + ")").isTrue();
            } else {
                double tol = relTol * Math.max(1.0, Math.abs(e));
                if (!(Math.abs(e - a) <= tol)) {
                    throw new AssertionError(what + " differs at bar " + i + ": TA-Lib " + e + ", kernel " + a);
                }
            }
        }
    }
}
