package io.technic.scanner.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScanRecurrencesTest {

    @Test
    void fusedPassMatchesEachKernelOnRealData() {
        SplittableRandom rnd = new SplittableRandom(11);
        int[] checked = {0};
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            if (n <= ScanRecurrences.lookback() + 21) {
                return;
            }
            int[] ends = {n, n - 1, ScanRecurrences.lookback() + 22, 40 + rnd.nextInt(n - 40), 40 + rnd.nextInt(n - 40)};
            for (int to : ends) {
                int from = to > 600 && rnd.nextBoolean() ? to - 600 : 0;
                assertFusedMatchesKernels(s, from, to);
                checked[0]++;
            }
        });
        assertThat(checked[0]).isGreaterThan(40);
    }

    @Test
    void tooShortARangeGivesNaN() {
        double[] x = new double[40];
        Arrays.fill(x, 10);
        double[] out = new double[ScanRecurrences.OUTPUTS];
        ScanRecurrences.compute(x, x, x, x, 0, ScanRecurrences.lookback(), out);
        assertThat(out).containsOnly(Double.NaN);
        ScanRecurrences.compute(x, x, x, x, 0, ScanRecurrences.lookback() + 1, out);
        assertThat(out[ScanRecurrences.MACD_SIGNAL]).isEqualTo(0.0);
    }

    private static void assertFusedMatchesKernels(TaLibReference.Series s, int from, int to) {
        double[] h = s.high();
        double[] l = s.low();
        double[] c = s.close();
        double[] v = s.volume();
        int size = s.size();
        int last = to - 1;
        double[] out = new double[ScanRecurrences.OUTPUTS];
        ScanRecurrences.compute(h, l, c, v, from, to, out);
        double[] a = new double[size];
        double[] b = new double[size];
        double[] d = new double[size];
        double[] e = new double[size];
        String at = s.symbol() + " [" + from + ", " + to + ") ";

        Ema.compute(c, from, to, 12, a);
        same(at + "EMA12", a[last], out[ScanRecurrences.EMA_12]);
        Ema.compute(c, from, to, 26, a);
        same(at + "EMA26", a[last], out[ScanRecurrences.EMA_26]);
        Macd.compute(c, from, to, 12, 26, 9, a, b, d);
        same(at + "MACD", a[last], out[ScanRecurrences.MACD]);
        same(at + "MACD signal", b[last], out[ScanRecurrences.MACD_SIGNAL]);
        same(at + "MACD hist", d[last], out[ScanRecurrences.MACD_HIST]);
        Rsi.compute(c, from, to, 14, a);
        close(at + "RSI", a[last], out[ScanRecurrences.RSI_14]);
        Atr.compute(h, l, c, from, to, 14, a);
        close(at + "ATR14", a[last], out[ScanRecurrences.ATR_14]);
        Adx.compute(h, l, c, from, to, 14, a, b, d);
        close(at + "ADX", a[last], out[ScanRecurrences.ADX_14]);
        close(at + "+DI", b[last], out[ScanRecurrences.PLUS_DI_14]);
        close(at + "-DI", d[last], out[ScanRecurrences.MINUS_DI_14]);
        Obv.compute(c, v, from, to, a);
        same(at + "OBV", a[last], out[ScanRecurrences.OBV]);
        same(at + "OBV 20 ago", a[last - 20], out[ScanRecurrences.OBV_20_AGO]);
        ParabolicSar.compute(h, l, from, to, 0.02, 0.2, a);
        same(at + "SAR", a[last], out[ScanRecurrences.SAR]);
        Supertrend.compute(h, l, c, from, to, 10, 3.0, a, b);
        close(at + "Supertrend", a[last], out[ScanRecurrences.SUPERTREND]);
        same(at + "Supertrend dir", b[last], out[ScanRecurrences.SUPERTREND_DIR]);
        Keltner.compute(h, l, c, from, to, 20, 10, 2.0, a, b, d, e);
        close(at + "Keltner upper", a[last], out[ScanRecurrences.KELTNER_UPPER]);
        same(at + "Keltner middle", b[last], out[ScanRecurrences.KELTNER_MIDDLE]);
        close(at + "Keltner lower", d[last], out[ScanRecurrences.KELTNER_LOWER]);
        close(at + "Keltner pos", e[last], out[ScanRecurrences.KELTNER_POS]);
    }

    /** The Wilder averages multiply by 1/period where the kernels divide: equal to 1e-12 relative. */
    private static void close(String what, double expected, double actual) {
        if (!(Math.abs(expected - actual) <= 1e-12 * Math.max(1, Math.abs(expected)))) {
            throw new AssertionError(what + ": kernel " + expected + ", fused " + actual);
        }
    }

    private static void same(String what, double expected, double actual) {
        if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)) {
            throw new AssertionError(what + ": kernel " + expected + ", fused " + actual);
        }
    }
}
