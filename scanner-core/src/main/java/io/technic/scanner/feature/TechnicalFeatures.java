package io.technic.scanner.feature;

import static io.technic.scanner.feature.Features.*;

import io.technic.scanner.indicator.Adx;
import io.technic.scanner.indicator.Aroon;
import io.technic.scanner.indicator.Beta;
import io.technic.scanner.indicator.Atr;
import io.technic.scanner.indicator.Bollinger;
import io.technic.scanner.indicator.Cci;
import io.technic.scanner.indicator.Cmf;
import io.technic.scanner.indicator.Donchian;
import io.technic.scanner.indicator.Ema;
import io.technic.scanner.indicator.Gap;
import io.technic.scanner.indicator.HighLowDistance;
import io.technic.scanner.indicator.Ichimoku;
import io.technic.scanner.indicator.Keltner;
import io.technic.scanner.indicator.LinearRegression;
import io.technic.scanner.indicator.Macd;
import io.technic.scanner.indicator.MaxDrawdown;
import io.technic.scanner.indicator.Mfi;
import io.technic.scanner.indicator.Obv;
import io.technic.scanner.indicator.ParabolicSar;
import io.technic.scanner.indicator.RealizedVolatility;
import io.technic.scanner.indicator.RelativeStrength;
import io.technic.scanner.indicator.RelativeVolume;
import io.technic.scanner.indicator.Roc;
import io.technic.scanner.indicator.RollingVwap;
import io.technic.scanner.indicator.Rsi;
import io.technic.scanner.indicator.ScanRecurrences;
import io.technic.scanner.indicator.ScanRecurrencesBatch;
import io.technic.scanner.indicator.Sma;
import io.technic.scanner.indicator.Stochastic;
import io.technic.scanner.indicator.Supertrend;
import io.technic.scanner.indicator.WilliamsR;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.FeatureSchema;
import java.util.Arrays;

/**
 * The standard feature row ({@link Features#SCHEMA}) at one bar, from the indicator kernels.
 *
 * <p>How it stays fast without a second implementation of any indicator: the recursive
 * indicators (EMA, MACD, RSI, ATR, ADX, OBV, SAR, Supertrend, Keltner) run as one fused pass
 * ({@link ScanRecurrences}) over the whole history {@code [from, at]} in place, bit-identical
 * to their kernels, since their value depends on where they were seeded; the windowed
 * indicators (SMA, Bollinger, stochastic, CCI, ...) run their own kernels over only the last
 * window that defines the value at {@code at}, on a copy of the last {@value #TAIL_BARS} bars
 * in a cache-resident per-thread workspace.
 * Never reads a bar after {@code at}. Thread-safe; workspaces are per thread.
 */
public final class TechnicalFeatures implements FeatureEngine {

    /** Longest warm-up: the 252-bar return needs 253 bars. */
    public static final int MIN_BARS = 253;

    /** Bars the windowed indicators look at: the 252-bar return and 52-week range need 253. */
    private static final int TAIL_BARS = 253;

    private static final FeatureSchema S = Features.SCHEMA;
    private static final int I_CLOSE = S.indexOf(CLOSE);
    private static final int I_VOLUME = S.indexOf(VOLUME);
    private static final int I_DOLLAR_VOLUME_20 = S.indexOf(DOLLAR_VOLUME_20);
    private static final int I_SMA_20 = S.indexOf(SMA_20);
    private static final int I_SMA_50 = S.indexOf(SMA_50);
    private static final int I_SMA_200 = S.indexOf(SMA_200);
    private static final int I_PX_VS_SMA_20 = S.indexOf(PX_VS_SMA_20);
    private static final int I_PX_VS_SMA_50 = S.indexOf(PX_VS_SMA_50);
    private static final int I_PX_VS_SMA_200 = S.indexOf(PX_VS_SMA_200);
    private static final int I_SMA_50_VS_200 = S.indexOf(SMA_50_VS_200);
    private static final int I_BB_UPPER = S.indexOf(BB_UPPER);
    private static final int I_BB_LOWER = S.indexOf(BB_LOWER);
    private static final int I_BB_PCT_B = S.indexOf(BB_PCT_B);
    private static final int I_BB_BANDWIDTH = S.indexOf(BB_BANDWIDTH);
    private static final int I_STOCH_K = S.indexOf(STOCH_K);
    private static final int I_STOCH_D = S.indexOf(STOCH_D);
    private static final int I_CCI_20 = S.indexOf(CCI_20);
    private static final int I_WILLR_14 = S.indexOf(WILLR_14);
    private static final int I_ROC_10 = S.indexOf(ROC_10);
    private static final int I_MFI_14 = S.indexOf(MFI_14);
    private static final int I_AROON_UP = S.indexOf(AROON_UP);
    private static final int I_AROON_DOWN = S.indexOf(AROON_DOWN);
    private static final int I_AROON_OSC = S.indexOf(AROON_OSC);
    private static final int I_DONCHIAN_UPPER = S.indexOf(DONCHIAN_UPPER);
    private static final int I_DONCHIAN_LOWER = S.indexOf(DONCHIAN_LOWER);
    private static final int I_DONCHIAN_POS = S.indexOf(DONCHIAN_POS);
    private static final int I_CMF_20 = S.indexOf(CMF_20);
    private static final int I_DIST_52W_HIGH = S.indexOf(DIST_52W_HIGH);
    private static final int I_DIST_52W_LOW = S.indexOf(DIST_52W_LOW);
    private static final int I_VWAP_20 = S.indexOf(VWAP_20);
    private static final int I_VWAP_DIST_20 = S.indexOf(VWAP_DIST_20);
    private static final int I_ICH_TENKAN = S.indexOf(ICH_TENKAN);
    private static final int I_ICH_KIJUN = S.indexOf(ICH_KIJUN);
    private static final int I_ICH_SENKOU_A = S.indexOf(ICH_SENKOU_A);
    private static final int I_ICH_SENKOU_B = S.indexOf(ICH_SENKOU_B);
    private static final int I_ICH_CLOUD_DIST = S.indexOf(ICH_CLOUD_DIST);
    private static final int I_REALIZED_VOL_20 = S.indexOf(REALIZED_VOL_20);
    private static final int I_REL_VOLUME_20 = S.indexOf(REL_VOLUME_20);
    private static final int I_GAP_PCT = S.indexOf(GAP_PCT);
    private static final int I_LINREG_SLOPE_50 = S.indexOf(LINREG_SLOPE_50);
    private static final int I_LINREG_R2_50 = S.indexOf(LINREG_R2_50);
    private static final int I_RET_21 = S.indexOf(RET_21);
    private static final int I_RET_63 = S.indexOf(RET_63);
    private static final int I_RET_126 = S.indexOf(RET_126);
    private static final int I_RET_252 = S.indexOf(RET_252);
    private static final int I_RS_INDEX_63 = S.indexOf(RS_INDEX_63);
    private static final int I_MOM_12_1 = S.indexOf(MOM_12_1);
    private static final int I_MAX_DRAWDOWN_252 = S.indexOf(MAX_DRAWDOWN_252);
    private static final int I_REALIZED_VOL_63 = S.indexOf(REALIZED_VOL_63);
    private static final int I_VOL_OF_VOL_252 = S.indexOf(VOL_OF_VOL_252);
    private static final int I_BETA_252 = S.indexOf(BETA_252);
    private static final int I_IDIO_VOL_252 = S.indexOf(IDIO_VOL_252);
    private static final int I_EMA_12 = S.indexOf(EMA_12);
    private static final int I_EMA_26 = S.indexOf(EMA_26);
    private static final int I_MACD = S.indexOf(MACD);
    private static final int I_MACD_SIGNAL = S.indexOf(MACD_SIGNAL);
    private static final int I_MACD_HIST = S.indexOf(MACD_HIST);
    private static final int I_RSI_14 = S.indexOf(RSI_14);
    private static final int I_ATR_14 = S.indexOf(ATR_14);
    private static final int I_ATR_PCT = S.indexOf(ATR_PCT);
    private static final int I_ADX_14 = S.indexOf(ADX_14);
    private static final int I_PLUS_DI_14 = S.indexOf(PLUS_DI_14);
    private static final int I_MINUS_DI_14 = S.indexOf(MINUS_DI_14);
    private static final int I_OBV = S.indexOf(OBV);
    private static final int I_OBV_SLOPE_20 = S.indexOf(OBV_SLOPE_20);
    private static final int I_SAR = S.indexOf(SAR);
    private static final int I_SAR_DIST = S.indexOf(SAR_DIST);
    private static final int I_SUPERTREND = S.indexOf(SUPERTREND);
    private static final int I_SUPERTREND_DIR = S.indexOf(SUPERTREND_DIR);
    private static final int I_KELTNER_UPPER = S.indexOf(KELTNER_UPPER);
    private static final int I_KELTNER_LOWER = S.indexOf(KELTNER_LOWER);
    private static final int I_KELTNER_POS = S.indexOf(KELTNER_POS);

    private final boolean fullRange;

    /** The fast engine: windowed indicators evaluated over their last window only. */
    public TechnicalFeatures() {
        this(false);
    }

    /** {@code fullRange}: every kernel over the whole history (the reference the fast mode is tested against). */
    TechnicalFeatures(boolean fullRange) {
        this.fullRange = fullRange;
    }

    @Override
    public FeatureSchema schema() {
        return S;
    }

    @Override
    public int minBars() {
        return MIN_BARS;
    }

    @Override
    public boolean isOptional(int col) {
        // these need an index series, which a source may not have
        return col == I_RS_INDEX_63 || col == I_BETA_252 || col == I_IDIO_VOL_252;
    }

    @Override
    public Workspace newWorkspace(int maxBars) {
        return new Ws(maxBars);
    }

    /** Per-thread copies of one symbol's bars and scratch outputs. */
    private static final class Ws implements Workspace {
        final int cap;
        final double[] o;
        final double[] h;
        final double[] l;
        final double[] c;
        final double[] v;
        final int[] day;
        final double[][] t = new double[6][];
        final double[] rec = new double[ScanRecurrences.OUTPUTS];
        final ScanRecurrencesBatch.Scratch batch = new ScanRecurrencesBatch.Scratch();
        double[] recRows = new double[0];   // the recurrences of a block of rows (computeRows)
        int[] recFrom = new int[0];
        int[] recTo = new int[0];
        final double[] logRet;     // daily log returns of the copied bars (index 0 unused)
        final double[] indexRet;   // the index's log return over each symbol bar, aligned by date
        final double[] pair = new double[2];
        final double[] ichimoku = new double[4];
        BarColumns indexSeen;      // the index whose log closes are cached below
        double[] indexLog;
        double[] indexLogDiff;     // indexLog[k] - indexLog[k - 1]

        Ws(int cap) {
            this.cap = cap;
            o = new double[cap];
            h = new double[cap];
            l = new double[cap];
            c = new double[cap];
            v = new double[cap];
            day = new int[cap];
            for (int i = 0; i < t.length; i++) {
                t[i] = new double[cap];
            }
            logRet = new double[cap];
            indexRet = new double[cap];
        }

        @Override
        public int capacity() {
            return cap;
        }
    }

    @Override
    public void computeRow(BarColumns bars, int from, int at, BarColumns index, Workspace workspace,
                           double[] row, int off) {
        computeRow(bars, from, at, index, workspace, row, off, null, 0);
    }

    /**
     * Rows {@code [a, b)}: the recursive indicators of all of them first, SIMD across symbols
     * ({@link ScanRecurrencesBatch}, bit-identical to the per-row pass), then each row.
     */
    @Override
    public void computeRows(BarColumns bars, int[] from, int[] at, int a, int b, BarColumns index,
                            Workspace workspace, double[] matrix, int cols) {
        if (fullRange || b - a < 2 || !ScanRecurrencesBatch.vectorChosen()) {
            FeatureEngine.super.computeRows(bars, from, at, a, b, index, workspace, matrix, cols);
            return;
        }
        Ws w = (Ws) workspace;
        int count = b - a;
        if (w.recRows.length < count * ScanRecurrences.OUTPUTS) {
            w.recRows = new double[count * ScanRecurrences.OUTPUTS];
            w.recFrom = new int[count];
            w.recTo = new int[count];
        }
        for (int k = 0; k < count; k++) {
            w.recFrom[k] = from[a + k];
            w.recTo[k] = at[a + k] + 1;
        }
        ScanRecurrencesBatch.compute(bars.high(), bars.low(), bars.close(), bars.volume(), w.recFrom, w.recTo, 0,
                count, w.recRows, w.batch);
        for (int i = a; i < b; i++) {
            computeRow(bars, from[i], at[i], index, w, matrix, i * cols, w.recRows, (i - a) * ScanRecurrences.OUTPUTS);
        }
    }

    /** {@code rec}: the row's {@link ScanRecurrences} outputs at {@code recOff}, or null to compute them here. */
    private void computeRow(BarColumns bars, int from, int at, BarColumns index, Workspace workspace,
                            double[] row, int off, double[] rec, int recOff) {
        int n = at - from + 1;
        if (n < MIN_BARS) {
            throw new IllegalArgumentException(n + " bars given, " + MIN_BARS + " needed");
        }
        Ws w = (Ws) workspace;
        if ((fullRange ? n : Math.min(n, TAIL_BARS)) > w.cap) {
            throw new IllegalArgumentException(n + " bars exceed the workspace capacity " + w.cap);
        }
        // Recursive indicators read the flat arrays in place; windowed ones need only the last
        // TAIL_BARS bars, copied into cache-resident workspace arrays (the whole history in
        // full-range mode).
        int copyFrom = fullRange ? from : Math.max(from, at + 1 - TAIL_BARS);
        n = at - copyFrom + 1;
        System.arraycopy(bars.open(), copyFrom, w.o, 0, n);
        System.arraycopy(bars.high(), copyFrom, w.h, 0, n);
        System.arraycopy(bars.low(), copyFrom, w.l, 0, n);
        System.arraycopy(bars.close(), copyFrom, w.c, 0, n);
        System.arraycopy(bars.volume(), copyFrom, w.v, 0, n);
        System.arraycopy(bars.day(), copyFrom, w.day, 0, n);
        final double[] o = w.o;
        final double[] h = w.h;
        final double[] l = w.l;
        final double[] c = w.c;
        final double[] v = w.v;
        final double[] a = w.t[0];
        final double[] b = w.t[1];
        final double[] d = w.t[2];
        final double[] e = w.t[3];
        final int last = n - 1;
        final double close = c[last];

        row[off + I_CLOSE] = close;
        row[off + I_VOLUME] = v[last];
        double dv = 0;
        for (int i = n - 20; i < n; i++) {
            dv += c[i] * v[i];
        }
        row[off + I_DOLLAR_VOLUME_20] = dv / 20;

        // ---- windowed: only the last window
        double sma20 = smaLast(c, n, 20, a);
        double sma50 = smaLast(c, n, 50, a);
        double sma200 = smaLast(c, n, 200, a);
        row[off + I_SMA_20] = sma20;
        row[off + I_SMA_50] = sma50;
        row[off + I_SMA_200] = sma200;
        row[off + I_PX_VS_SMA_20] = close / sma20 - 1;
        row[off + I_PX_VS_SMA_50] = close / sma50 - 1;
        row[off + I_PX_VS_SMA_200] = close / sma200 - 1;
        row[off + I_SMA_50_VS_200] = sma50 / sma200 - 1;

        int s = tail(n, Bollinger.lookback(20));
        Bollinger.compute(c, s, n, 20, 2.0, a, b, d, e, w.t[4]);
        row[off + I_BB_UPPER] = a[last];
        row[off + I_BB_LOWER] = d[last];
        row[off + I_BB_PCT_B] = e[last];
        row[off + I_BB_BANDWIDTH] = w.t[4][last];

        Stochastic.compute(h, l, c, tail(n, Stochastic.lookback(14, 3, 3)), n, 14, 3, 3, a, b);
        row[off + I_STOCH_K] = a[last];
        row[off + I_STOCH_D] = b[last];

        Cci.compute(h, l, c, tail(n, Cci.lookback(20)), n, 20, a);
        row[off + I_CCI_20] = a[last];
        WilliamsR.compute(h, l, c, tail(n, WilliamsR.lookback(14)), n, 14, a);
        row[off + I_WILLR_14] = a[last];
        Roc.compute(c, tail(n, Roc.lookback(10)), n, 10, a);
        row[off + I_ROC_10] = a[last];
        Mfi.compute(h, l, c, v, tail(n, Mfi.lookback(14)), n, 14, a);
        row[off + I_MFI_14] = a[last];

        Aroon.compute(h, l, tail(n, Aroon.lookback(25)), n, 25, a, b, d);
        row[off + I_AROON_UP] = a[last];
        row[off + I_AROON_DOWN] = b[last];
        row[off + I_AROON_OSC] = d[last];

        Donchian.compute(h, l, c, tail(n, Donchian.lookback(20)), n, 20, a, b, d, e);
        row[off + I_DONCHIAN_UPPER] = a[last];
        row[off + I_DONCHIAN_LOWER] = d[last];
        row[off + I_DONCHIAN_POS] = e[last];

        Cmf.compute(h, l, c, v, tail(n, Cmf.lookback(20)), n, 20, a);
        row[off + I_CMF_20] = a[last];
        HighLowDistance.compute(h, l, c, tail(n, HighLowDistance.lookback(252)), n, 252, a, b);
        row[off + I_DIST_52W_HIGH] = a[last];
        row[off + I_DIST_52W_LOW] = b[last];
        RollingVwap.compute(h, l, c, v, tail(n, RollingVwap.lookback(20)), n, 20, a);
        row[off + I_VWAP_20] = a[last];
        row[off + I_VWAP_DIST_20] = close / a[last] - 1;

        // Ichimoku: the cloud under today's bar was projected 26 bars ago.
        // Two bars of it only, one window per line each.
        final double[] ich = w.ichimoku;
        Ichimoku.at(h, l, last, 9, 26, 52, ich);
        row[off + I_ICH_TENKAN] = ich[0];
        row[off + I_ICH_KIJUN] = ich[1];
        row[off + I_ICH_SENKOU_A] = ich[2];
        row[off + I_ICH_SENKOU_B] = ich[3];
        Ichimoku.at(h, l, last - 26, 9, 26, 52, ich);
        double top = Math.max(ich[2], ich[3]);
        double bottom = Math.min(ich[2], ich[3]);
        row[off + I_ICH_CLOUD_DIST] = close > top ? close / top - 1 : close < bottom ? close / bottom - 1 : 0;

        RealizedVolatility.compute(c, tail(n, RealizedVolatility.lookback(20)), n, 20, a);
        row[off + I_REALIZED_VOL_20] = a[last];
        RelativeVolume.compute(v, tail(n, RelativeVolume.lookback(20)), n, 20, a);
        row[off + I_REL_VOLUME_20] = a[last];
        Gap.compute(o, c, tail(n, Gap.lookback()), n, a);
        row[off + I_GAP_PCT] = a[last];
        LinearRegression.compute(c, tail(n, LinearRegression.lookback(50)), n, 50, a, b);
        row[off + I_LINREG_SLOPE_50] = a[last] / close;
        row[off + I_LINREG_R2_50] = b[last];
        row[off + I_RET_21] = close / c[last - 21] - 1;
        row[off + I_RET_63] = close / c[last - 63] - 1;
        row[off + I_RET_126] = close / c[last - 126] - 1;
        row[off + I_RET_252] = close / c[last - 252] - 1;
        row[off + I_MOM_12_1] = c[last - 21] / c[last - 252] - 1;
        MaxDrawdown.compute(c, tail(n, MaxDrawdown.lookback(252)), n, 252, a);
        row[off + I_MAX_DRAWDOWN_252] = a[last];
        // One logarithm per bar, shared by the volatility windows and beta.
        final double[] lr = w.logRet;
        int r0 = fullRange ? 1 : n - 252;
        double prevLog = Math.log(c[r0 - 1]);
        for (int i = r0; i < n; i++) {
            double lg = Math.log(c[i]);
            lr[i] = lg - prevLog;
            prevLog = lg;
        }
        row[off + I_REALIZED_VOL_63] = RealizedVolatility.ofReturns(lr, n - 63, n);
        double volSum = 0;
        double volSq = 0;
        for (int k = 0; k < 12; k++) {
            double x = RealizedVolatility.ofReturns(lr, n - 20 - 21 * k, n - 21 * k);
            volSum += x;
            volSq += x * x;
        }
        double volMean = volSum / 12;
        row[off + I_VOL_OF_VOL_252] = volMean > 0
                ? Math.sqrt(Math.max(0, (volSq - 12 * volMean * volMean) / 11)) / volMean : Double.NaN;
        if (index != null && index.barCount() > 0) {
            if (alignIndexReturns(w, index, n)) {
                Beta.ofReturns(lr, w.indexRet, n - 252, n, w.pair);
                row[off + I_BETA_252] = w.pair[0];
                row[off + I_IDIO_VOL_252] = w.pair[1];
            } else {
                row[off + I_BETA_252] = Double.NaN;
                row[off + I_IDIO_VOL_252] = Double.NaN;
            }
            RelativeStrength.compute(w.day, c, tail(n, RelativeStrength.lookback(63)), n,
                    index.day(), index.close(), 0, index.barCount(), 63, a);
            row[off + I_RS_INDEX_63] = a[last];
        } else {
            row[off + I_RS_INDEX_63] = Double.NaN;
            row[off + I_BETA_252] = Double.NaN;
            row[off + I_IDIO_VOL_252] = Double.NaN;
        }

        // ---- recursive: the whole history [from, at]
        double vol20 = 0;
        for (int i = n - 20; i < n; i++) {
            vol20 += v[i];
        }
        if (fullRange) {
            Ema.compute(c, 0, n, 12, a);
            row[off + I_EMA_12] = a[last];
            Ema.compute(c, 0, n, 26, a);
            row[off + I_EMA_26] = a[last];
            Macd.compute(c, 0, n, 12, 26, 9, a, b, d);
            row[off + I_MACD] = a[last];
            row[off + I_MACD_SIGNAL] = b[last];
            row[off + I_MACD_HIST] = d[last];
            Rsi.compute(c, 0, n, 14, a);
            row[off + I_RSI_14] = a[last];
            Atr.compute(h, l, c, 0, n, 14, a);
            row[off + I_ATR_14] = a[last];
            row[off + I_ATR_PCT] = a[last] / close * 100;
            Adx.compute(h, l, c, 0, n, 14, a, b, d);
            row[off + I_ADX_14] = a[last];
            row[off + I_PLUS_DI_14] = b[last];
            row[off + I_MINUS_DI_14] = d[last];
            Obv.compute(c, v, 0, n, a);
            row[off + I_OBV] = a[last];
            row[off + I_OBV_SLOPE_20] = vol20 > 0 ? (a[last] - a[last - 20]) / vol20 : 0;
            ParabolicSar.compute(h, l, 0, n, 0.02, 0.2, a);
            row[off + I_SAR] = a[last];
            row[off + I_SAR_DIST] = close / a[last] - 1;
            Supertrend.compute(h, l, c, 0, n, 10, 3.0, a, b);
            row[off + I_SUPERTREND] = a[last];
            row[off + I_SUPERTREND_DIR] = b[last];
            Keltner.compute(h, l, c, 0, n, 20, 10, 2.0, a, b, d, e);
            row[off + I_KELTNER_UPPER] = a[last];
            row[off + I_KELTNER_LOWER] = d[last];
            row[off + I_KELTNER_POS] = e[last];
        } else {
            double[] r = w.rec;
            if (rec == null) {
                ScanRecurrences.compute(bars.high(), bars.low(), bars.close(), bars.volume(), from, at + 1, r);
            } else {
                System.arraycopy(rec, recOff, r, 0, ScanRecurrences.OUTPUTS);
            }
            row[off + I_EMA_12] = r[ScanRecurrences.EMA_12];
            row[off + I_EMA_26] = r[ScanRecurrences.EMA_26];
            row[off + I_MACD] = r[ScanRecurrences.MACD];
            row[off + I_MACD_SIGNAL] = r[ScanRecurrences.MACD_SIGNAL];
            row[off + I_MACD_HIST] = r[ScanRecurrences.MACD_HIST];
            row[off + I_RSI_14] = r[ScanRecurrences.RSI_14];
            row[off + I_ATR_14] = r[ScanRecurrences.ATR_14];
            row[off + I_ATR_PCT] = r[ScanRecurrences.ATR_14] / close * 100;
            row[off + I_ADX_14] = r[ScanRecurrences.ADX_14];
            row[off + I_PLUS_DI_14] = r[ScanRecurrences.PLUS_DI_14];
            row[off + I_MINUS_DI_14] = r[ScanRecurrences.MINUS_DI_14];
            row[off + I_OBV] = r[ScanRecurrences.OBV];
            row[off + I_OBV_SLOPE_20] = vol20 > 0 ? (r[ScanRecurrences.OBV] - r[ScanRecurrences.OBV_20_AGO]) / vol20 : 0;
            row[off + I_SAR] = r[ScanRecurrences.SAR];
            row[off + I_SAR_DIST] = close / r[ScanRecurrences.SAR] - 1;
            row[off + I_SUPERTREND] = r[ScanRecurrences.SUPERTREND];
            row[off + I_SUPERTREND_DIR] = r[ScanRecurrences.SUPERTREND_DIR];
            row[off + I_KELTNER_UPPER] = r[ScanRecurrences.KELTNER_UPPER];
            row[off + I_KELTNER_LOWER] = r[ScanRecurrences.KELTNER_LOWER];
            row[off + I_KELTNER_POS] = r[ScanRecurrences.KELTNER_POS];
        }
    }

    /**
     * Fills {@code w.indexRet[n - 252, n)} with the index's log return over each of the last 252
     * symbol bars (index close on the last date on or before each bar's date, as {@link Beta} and
     * {@link RelativeStrength} align); false when the index starts after the window does.
     */
    private static boolean alignIndexReturns(Ws w, BarColumns index, int n) {
        if (w.indexSeen != index) {
            double[] ic = index.close();
            w.indexLog = new double[index.barCount()];
            w.indexLogDiff = new double[index.barCount()];
            for (int k = 0; k < ic.length; k++) {
                w.indexLog[k] = Math.log(ic[k]);
                w.indexLogDiff[k] = k == 0 ? Double.NaN : w.indexLog[k] - w.indexLog[k - 1];
            }
            w.indexSeen = index;
        }
        int[] iday = index.day();
        int k = index.lastIndexOnOrBefore(0, w.day[n - 253]);
        if (k < 0) {
            return false;
        }
        if (k + 253 <= iday.length && Arrays.equals(iday, k + 1, k + 253, w.day, n - 252, n)) {
            // the usual case, the index trading on exactly the symbol's days: the loop below would
            // step one index bar per symbol bar, taking the same differences as indexLogDiff
            System.arraycopy(w.indexLogDiff, k + 1, w.indexRet, n - 252, 252);
            return true;
        }
        double prev = w.indexLog[k];
        for (int i = n - 252; i < n; i++) {
            while (k + 1 < iday.length && iday[k + 1] <= w.day[i]) {
                k++;
            }
            w.indexRet[i] = w.indexLog[k] - prev;
            prev = w.indexLog[k];
        }
        return true;
    }

    /** First index of the shortest range whose last output is defined (0 in full-range mode). */
    private int tail(int n, int lookback) {
        return fullRange ? 0 : Math.max(0, n - 1 - lookback);
    }

    private double smaLast(double[] c, int n, int period, double[] scratch) {
        Sma.compute(c, tail(n, Sma.lookback(period)), n, period, scratch);
        return scratch[n - 1];
    }
}
