package io.technic.scanner.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechnicalFeaturesTest {

    private static final TechnicalFeatures FAST = new TechnicalFeatures();
    private static final TechnicalFeatures FULL = new TechnicalFeatures(true);
    private static final int COLS = Features.SCHEMA.size();
    private static final Core TA = new Core();

    private static double[] row(TechnicalFeatures f, BarColumns b, int from, int at, BarColumns index) {
        double[] row = new double[COLS];
        f.computeRow(b, from, at, index, f.newWorkspace(at - from + 1), row, 0);
        return row;
    }

    @Test
    void tailWindowsGiveTheFullRangeValuesOnRealData() {
        BarColumns b = RealData.stocks().bars();
        BarColumns index = RealData.index().bars();
        int checked = 0;
        for (int s = 0; s < b.symbolCount(); s++) {
            if (b.length(s) < 600) {
                continue;
            }
            for (int at : new int[] {b.end(s) - 1, b.end(s) - 137, b.start(s) + 599}) {
                int from = Math.max(b.start(s), at - 755);
                double[] fast = row(FAST, b, from, at, index);
                double[] full = row(FULL, b, from, at, index);
                for (int c = 0; c < COLS; c++) {
                    String what = RealData.stocks().symbols().get(s) + " " + Features.ALL.get(c) + " at " + b.date(at);
                    if (Double.isNaN(full[c])) {
                        assertThat(fast[c]).as(what).isNaN();
                    } else {
                        assertThat(fast[c]).as(what).isCloseTo(full[c], org.assertj.core.data.Offset.offset(
                                1e-9 * Math.max(1, Math.abs(full[c]))));
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void rowMatchesTaLibAtTheAsOfBar() {
        var data = RealData.stocks();
        BarColumns b = data.bars();
        for (int s = 0; s < b.symbolCount(); s += Math.max(1, b.symbolCount() / 40)) {
            if (b.length(s) < 400) {
                continue;
            }
            BarColumns one = b.slice(s);
            int n = one.barCount();
            double[] h = one.high();
            double[] l = one.low();
            double[] c = one.close();
            double[] v = one.volume();
            double[] row = row(FAST, one, 0, n - 1, null);
            String sym = data.symbols().get(s);
            check(sym, Features.SMA_200, row, last(n, (beg, nb, out) -> TA.sma(0, n - 1, c, 200, beg, nb, out)));
            check(sym, Features.EMA_26, row, last(n, (beg, nb, out) -> TA.ema(0, n - 1, c, 26, beg, nb, out)));
            check(sym, Features.RSI_14, row, last(n, (beg, nb, out) -> TA.rsi(0, n - 1, c, 14, beg, nb, out)));
            check(sym, Features.ATR_PCT, row, last(n, (beg, nb, out) -> TA.natr(0, n - 1, h, l, c, 14, beg, nb, out)));
            check(sym, Features.ADX_14, row, last(n, (beg, nb, out) -> TA.adx(0, n - 1, h, l, c, 14, beg, nb, out)));
            check(sym, Features.CCI_20, row, last(n, (beg, nb, out) -> TA.cci(0, n - 1, h, l, c, 20, beg, nb, out)));
            check(sym, Features.WILLR_14, row, last(n, (beg, nb, out) -> TA.willR(0, n - 1, h, l, c, 14, beg, nb, out)));
            check(sym, Features.MFI_14, row, last(n, (beg, nb, out) -> TA.mfi(0, n - 1, h, l, c, v, 14, beg, nb, out)));
            check(sym, Features.SAR, row, last(n, (beg, nb, out) -> TA.sar(0, n - 1, h, l, 0.02, 0.2, beg, nb, out)));
            check(sym, Features.OBV, row, last(n, (beg, nb, out) -> TA.obv(0, n - 1, c, v, beg, nb, out)));
            check(sym, Features.ROC_10, row, last(n, (beg, nb, out) -> TA.roc(0, n - 1, c, 10, beg, nb, out)));
            double[] macd = new double[n];
            double[] sig = new double[n];
            double[] hist = new double[n];
            MInteger beg = new MInteger();
            MInteger nb = new MInteger();
            TA.macd(0, n - 1, c, 12, 26, 9, beg, nb, macd, sig, hist);
            check(sym, Features.MACD_HIST, row, hist[nb.value - 1]);
            double[] k = new double[n];
            double[] d = new double[n];
            TA.stoch(0, n - 1, h, l, c, 14, 3, MAType.Sma, 3, MAType.Sma, beg, nb, k, d);
            check(sym, Features.STOCH_K, row, k[nb.value - 1]);
            check(sym, Features.STOCH_D, row, d[nb.value - 1]);
            double[] up = new double[n];
            double[] mid = new double[n];
            double[] lo = new double[n];
            TA.bbands(0, n - 1, c, 20, 2, 2, MAType.Sma, beg, nb, up, mid, lo);
            int i = nb.value - 1;
            check(sym, Features.BB_PCT_B, row, (c[n - 1] - lo[i]) / (up[i] - lo[i]));
            check(sym, Features.CLOSE, row, c[n - 1]);
            check(sym, Features.RET_252, row, c[n - 1] / c[n - 253] - 1);
        }
    }

    @Test
    void barsAfterTheAsOfDateNeverChangeTheRow() {
        BarColumns b = RealData.stocks().bars();
        BarColumns index = RealData.index().bars();
        int s = 0;
        while (b.length(s) < 1000) {
            s++;
        }
        BarColumns one = b.slice(s);
        int at = 800;
        double[] withFuture = row(FAST, one, 0, at, index);
        BarColumns cut = new BarColumns(new int[] {0, at + 1}, Arrays.copyOf(one.day(), at + 1),
                Arrays.copyOf(one.open(), at + 1), Arrays.copyOf(one.high(), at + 1),
                Arrays.copyOf(one.low(), at + 1), Arrays.copyOf(one.close(), at + 1), Arrays.copyOf(one.volume(), at + 1));
        double[] truncated = row(FAST, cut, 0, at, index);
        for (int c = 0; c < COLS; c++) {
            assertThat(Double.doubleToLongBits(truncated[c])).as(Features.ALL.get(c))
                    .isEqualTo(Double.doubleToLongBits(withFuture[c]));
        }
    }

    @Test
    void betaIsTheSameWhetherTheIndexTradesOnTheSymbolsDaysOrSkipsSome() {
        // An index on exactly the symbol's days takes the aligned-copy path; one that skips days
        // takes the stepping path, where a skipped day's return is 0 and the next one spans both
        // days. Filled forward, the first is the second with the skipped days repeated: the same
        // log differences, so beta and idiosyncratic volatility must agree bit for bit.
        BarColumns b = RealData.stocks().bars();
        BarColumns real = RealData.index().bars();
        int checked = 0;
        for (int s = 0; s < b.symbolCount(); s += 7) {
            if (b.length(s) < 400) {
                continue;
            }
            BarColumns one = b.slice(s);
            BarColumns.Builder filled = new BarColumns.Builder(one.barCount());
            BarColumns.Builder gappy = new BarColumns.Builder(one.barCount());
            int first = -1;
            double kept = Double.NaN;
            for (int i = 0; i < one.barCount(); i++) {
                int k = real.lastIndexOnOrBefore(0, one.day()[i]);
                if (k < 0) {
                    continue;
                }
                first = first < 0 ? i : first;
                if (i % 5 != 3 || Double.isNaN(kept)) {
                    kept = real.close()[k];
                    gappy.add(one.day()[i], kept, kept, kept, kept, 1);
                }
                filled.add(one.day()[i], kept, kept, kept, kept, 1);
            }
            if (first < 0 || one.barCount() - first < 300) {
                continue;
            }
            BarColumns same = filled.endSymbol().build();
            BarColumns skipping = gappy.endSymbol().build();
            int at = one.barCount() - 1;
            double[] a = row(FAST, one, first, at, same);
            double[] g = row(FAST, one, first, at, skipping);
            for (String f : List.of(Features.BETA_252, Features.IDIO_VOL_252)) {
                int c = Features.SCHEMA.indexOf(f);
                assertThat(a[c]).as(f).isFinite();
                assertThat(Double.doubleToLongBits(g[c])).as(RealData.stocks().symbols().get(s) + " " + f)
                        .isEqualTo(Double.doubleToLongBits(a[c]));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void everyRequiredFeatureIsDefinedWithMinimumHistory() {
        BarColumns b = RealData.stocks().bars();
        BarColumns index = RealData.index().bars();
        for (int s = 0; s < b.symbolCount(); s++) {
            if (b.length(s) < TechnicalFeatures.MIN_BARS) {
                continue;
            }
            int at = b.end(s) - 1;
            double[] r = row(FAST, b, at - TechnicalFeatures.MIN_BARS + 1, at, index);
            for (int c = 0; c < COLS; c++) {
                assertThat(Double.isFinite(r[c])).as(RealData.stocks().symbols().get(s) + " " + Features.ALL.get(c)
                        + " = " + r[c]).isTrue();
            }
        }
    }

    @Test
    void tooShortAHistoryIsRejected() {
        BarColumns b = RealData.stocks().bars();
        assertThatThrownBy(() -> row(FAST, b, 0, 100, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("101 bars given, 253 needed");
    }

    @Test
    void schemaHasOneColumnPerNameAndAStableHash() {
        assertThat(FAST.schema().names()).isEqualTo(Features.ALL).doesNotHaveDuplicates();
        assertThat(FAST.schema().hash()).hasSize(64).isEqualTo(new io.technic.scanner.model.FeatureSchema(
                List.copyOf(Features.ALL)).hash());
        assertThat(FAST.isOptional(FAST.schema().indexOf(Features.RS_INDEX_63))).isTrue();
        assertThat(FAST.isOptional(FAST.schema().indexOf(Features.RSI_14))).isFalse();
    }

    interface TaCall {
        void call(MInteger beg, MInteger nb, double[] out);
    }

    private static double last(int n, TaCall call) {
        double[] out = new double[n];
        MInteger beg = new MInteger();
        MInteger nb = new MInteger();
        call.call(beg, nb, out);
        return out[nb.value - 1];
    }

    private static void check(String sym, String feature, double[] row, double expected) {
        double actual = row[Features.SCHEMA.indexOf(feature)];
        assertThat(actual).as(sym + " " + feature)
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(expected))));
    }
}
