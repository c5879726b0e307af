package io.technic.app.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import io.technic.scanner.model.BarColumns;

/**
 * The indicator set for one symbol through TA-Lib, with buffers allocated once and reused for
 * every symbol. One instance per thread.
 *
 * <p>Each symbol's bars are first copied into this pass's own arrays, so TA-Lib's backward
 * reads from {@code startIdx} (its first <em>output</em> index) can never reach the previous
 * symbol's bars. The copy costs about 1% of the full-series pass.
 *
 * <p>TA-Lib writes outputs compactly: {@code out[k]} belongs to bar {@code beg + k}. Where the
 * set needs arithmetic TA-Lib lacks (Keltner bands, %B, Supertrend's band ratchet, CMF's money
 * flow, log returns...) it is done here in plain Java on those outputs, over the same range.
 */
final class TaLibPass {

    private static final double SQRT_YEAR = Math.sqrt(IndicatorSet.TRADING_DAYS);

    private final Core core = new Core();
    private final boolean lastBarOnly;
    private final MInteger beg = new MInteger();
    private final MInteger nb = new MInteger();
    private final MInteger beg2 = new MInteger();
    private final MInteger nb2 = new MInteger();
    private final MInteger begMin = new MInteger();
    private final MInteger nbMin = new MInteger();

    // inputs (one symbol, index 0 = its first bar)
    private final double[] o;
    private final double[] h;
    private final double[] l;
    private final double[] c;
    private final double[] v;
    private final double[] barIndex;
    // outputs and intermediates
    private final double[] out1;
    private final double[] out2;
    private final double[] out3;
    private final double[] ema20;
    private final double[] atr10;
    private final double[] sumV20;
    private final double[] tmp;
    private final double[] tmp2;
    private final double[] derived;

    private double[] last;
    private int cursor;

    TaLibPass(int maxBars, boolean lastBarOnly) {
        this.lastBarOnly = lastBarOnly;
        int n = Math.max(1, maxBars);
        o = new double[n];
        h = new double[n];
        l = new double[n];
        c = new double[n];
        v = new double[n];
        barIndex = new double[n];
        for (int i = 0; i < n; i++) {
            barIndex[i] = i;
        }
        out1 = new double[n];
        out2 = new double[n];
        out3 = new double[n];
        ema20 = new double[n];
        atr10 = new double[n];
        sumV20 = new double[n];
        tmp = new double[n];
        tmp2 = new double[n];
        derived = new double[n];
    }

    /**
     * Computes the set for symbol {@code s}, writes the last value of every output into
     * {@code lastOut} (order of {@link IndicatorSet#OUTPUTS}; NaN where the symbol is too
     * short) and returns the sum of the finite ones.
     *
     * @param indexRoc63 ROC 63 of the index over its bars ({@code NaN} in warm-up), or null
     */
    double compute(BarColumns bars, int s, double[] indexRoc63, double[] lastOut) {
        int n = bars.length(s);
        last = lastOut;
        cursor = 0;
        if (n == 0) {
            java.util.Arrays.fill(lastOut, Double.NaN);
            return 0;
        }
        int base = bars.start(s);
        System.arraycopy(bars.open(), base, o, 0, n);
        System.arraycopy(bars.high(), base, h, 0, n);
        System.arraycopy(bars.low(), base, l, 0, n);
        System.arraycopy(bars.close(), base, c, 0, n);
        System.arraycopy(bars.volume(), base, v, 0, n);
        int end = n - 1;
        // windowed indicators start here; recurrences always start at 0 (TA-Lib clamps to lookback)
        int w = lastBarOnly ? end : 0;

        // moving averages, RSI, MACD
        ok(core.sma(w, end, c, 20, beg, nb, out1));
        put(lastOf(out1));
        ok(core.sma(w, end, c, 50, beg, nb, out1));
        put(lastOf(out1));
        ok(core.sma(w, end, c, 200, beg, nb, out1));
        put(lastOf(out1));
        ok(core.ema(0, end, c, 12, beg, nb, out1));
        put(lastOf(out1));
        ok(core.ema(0, end, c, 26, beg, nb, out1));
        put(lastOf(out1));
        ok(core.rsi(0, end, c, 14, beg, nb, out1));
        put(lastOf(out1));
        ok(core.macd(0, end, c, 12, 26, 9, beg, nb, out1, out2, out3));
        put(lastOf(out1));
        put(lastOf(out2));
        put(lastOf(out3));

        // ATR and NATR (ATR / close, percent)
        ok(core.atr(0, end, h, l, c, 14, beg, nb, out1));
        put(lastOf(out1));
        for (int k = from(nb.value); k < nb.value; k++) {
            derived[k] = out1[k] / c[beg.value + k] * 100;
        }
        put(lastOf(derived));

        // Bollinger 20/2 with %B and bandwidth
        ok(core.bbands(w, end, c, 20, 2, 2, MAType.Sma, beg, nb, out1, out2, out3));
        put(lastOf(out1));
        put(lastOf(out2));
        put(lastOf(out3));
        for (int k = from(nb.value); k < nb.value; k++) {
            double width = out1[k] - out3[k];
            tmp[k] = (c[beg.value + k] - out3[k]) / width;
            derived[k] = width / out2[k];
        }
        put(lastOf(tmp));
        put(lastOf(derived));

        // Stochastic 14/3/3 (slow, SMA smoothing), ADX and DIs
        ok(core.stoch(w, end, h, l, c, 14, 3, MAType.Sma, 3, MAType.Sma, beg, nb, out1, out2));
        put(lastOf(out1));
        put(lastOf(out2));
        ok(core.adx(0, end, h, l, c, 14, beg, nb, out1));
        put(lastOf(out1));
        ok(core.plusDI(0, end, h, l, c, 14, beg, nb, out1));
        put(lastOf(out1));
        ok(core.minusDI(0, end, h, l, c, 14, beg, nb, out1));
        put(lastOf(out1));

        ok(core.cci(w, end, h, l, c, 20, beg, nb, out1));
        put(lastOf(out1));
        ok(core.willR(w, end, h, l, c, 14, beg, nb, out1));
        put(lastOf(out1));
        ok(core.roc(w, end, c, 10, beg, nb, out1));
        put(lastOf(out1));
        ok(core.obv(0, end, c, v, beg, nb, out1));
        put(lastOf(out1));
        ok(core.mfi(w, end, h, l, c, v, 14, beg, nb, out1));
        put(lastOf(out1));

        // Keltner 20: EMA20 of close +- 2 x ATR10 (ATR10 is reused by Supertrend)
        ok(core.ema(0, end, c, 20, beg, nb, ema20));
        int begE = beg.value;
        int nbE = nb.value;
        ok(core.atr(0, end, h, l, c, 10, beg2, nb2, atr10));
        int begA = beg2.value;
        int nbA = nb2.value;
        put(lastOf(ema20, nbE));
        int firstK = Math.max(begE, begA);
        for (int i = fromBar(firstK, end); i <= end && nbE > 0 && nbA > 0; i++) {
            double mid = ema20[i - begE];
            double band = 2 * atr10[i - begA];
            tmp[i] = mid + band;
            derived[i] = mid - band;
        }
        boolean keltnerOk = nbE > 0 && nbA > 0 && firstK <= end;
        put(keltnerOk ? tmp[end] : Double.NaN);
        put(keltnerOk ? derived[end] : Double.NaN);

        // Donchian 20
        ok(core.max(w, end, h, 20, beg, nb, out1));
        put(lastOf(out1));
        ok(core.min(w, end, l, 20, beg, nb, out1));
        put(lastOf(out1));

        // Aroon 25 (TA-Lib returns down first) and oscillator = up - down
        ok(core.aroon(w, end, h, l, 25, beg, nb, out1, out2));
        for (int k = from(nb.value); k < nb.value; k++) {
            derived[k] = out2[k] - out1[k];
        }
        put(lastOf(out2));
        put(lastOf(out1));
        put(lastOf(derived));

        // CMF 20: sum(money-flow volume) / sum(volume); money flow in plain Java, sums by TA-Lib
        int win = Math.max(0, w - 19);
        for (int i = win; i <= end; i++) {
            double range = h[i] - l[i];
            tmp[i] = range == 0 ? 0 : ((c[i] - l[i]) - (h[i] - c[i])) / range * v[i];
        }
        ok(core.sum(w, end, tmp, 20, beg, nb, out1));
        ok(core.sum(w, end, v, 20, beg2, nb2, sumV20));
        for (int k = from(nb.value); k < nb.value; k++) {
            derived[k] = out1[k] / sumV20[k];
        }
        put(lastOf(derived));

        // 52-week (252-bar) high / low and the close's distance to them
        ok(core.max(w, end, h, 252, beg, nb, out1));
        ok(core.min(w, end, l, 252, beg2, nb2, out2));
        put(lastOf(out1));
        put(lastOf(out2));
        for (int k = from(nb.value); k < nb.value; k++) {
            double close = c[beg.value + k];
            tmp[k] = close / out1[k] - 1;
            derived[k] = close / out2[k] - 1;
        }
        put(lastOf(tmp));
        put(lastOf(derived));

        // rolling VWAP 20: sum(typical x volume) / sum(volume)
        ok(core.typPrice(win, end, h, l, c, beg, nb, out1));
        for (int i = win; i <= end; i++) {
            tmp2[i] = out1[i - win] * v[i];
        }
        ok(core.sum(w, end, tmp2, 20, beg, nb, out1));
        for (int k = from(nb.value); k < nb.value; k++) {
            derived[k] = out1[k] / sumV20[k];
        }
        put(lastOf(derived));

        // Supertrend 10/3: TA-Lib has none; ATR10 from above, hl2 basis, band ratchet in Java
        put(nbA > 0 ? supertrend(begA, end) : Double.NaN);

        ok(core.sar(0, end, h, l, 0.02, 0.2, beg, nb, out1));
        put(lastOf(out1));

        // Ichimoku 9/26/52: midpoints of highest high / lowest low; senkou A undisplaced.
        // MAX + MIN rather than TA-Lib's MIDPRICE: same values, but MIDPRICE rescans its whole
        // window every bar and was 5-10x slower on varying data; the anchor takes the faster path.
        midpoint(w, end, 9, out1, beg);
        int tenkanBeg = beg.value;
        int tenkanNb = nb.value;
        midpoint(w, end, 26, out2, beg2);
        int kijunBeg = beg2.value;
        int kijunNb = nb.value;
        put(lastOf(out1, tenkanNb));
        put(lastOf(out2, kijunNb));
        boolean senkouOk = tenkanNb > 0 && kijunNb > 0;
        for (int i = fromBar(kijunBeg, end); senkouOk && i <= end; i++) {
            derived[i] = (out1[i - tenkanBeg] + out2[i - kijunBeg]) / 2;
        }
        put(senkouOk ? derived[end] : Double.NaN);
        midpoint(w, end, 52, out1, beg);
        put(lastOf(out1));

        // realized volatility 20: population stdev of log returns x sqrt(252)
        for (int i = Math.max(1, w - 19); i <= end; i++) {
            tmp[i] = Math.log(c[i] / c[i - 1]);
        }
        int volFrom = Math.max(w, 20); // the first return is at bar 1, so the first window ends at 20
        if (volFrom <= end) {
            ok(core.stdDev(volFrom, end, tmp, 20, 1.0, beg, nb, out1));
        } else {
            nb.value = 0;
        }
        for (int k = from(nb.value); k < nb.value; k++) {
            derived[k] = out1[k] * SQRT_YEAR;
        }
        put(lastOf(derived));

        // relative volume 20: volume / SMA20(volume)
        ok(core.sma(w, end, v, 20, beg, nb, out1));
        for (int k = from(nb.value); k < nb.value; k++) {
            derived[k] = v[beg.value + k] / out1[k];
        }
        put(lastOf(derived));

        // gap: open / previous close - 1
        for (int i = Math.max(1, w); i <= end; i++) {
            derived[i] = o[i] / c[i - 1] - 1;
        }
        put(n > 1 ? derived[end] : Double.NaN);

        // relative strength vs the index: ROC63(symbol) - ROC63(index), aligned at the last bar
        ok(core.roc(w, end, c, 63, beg, nb, out1));
        int shift = indexRoc63 == null ? 0 : indexRoc63.length - n;
        for (int k = from(nb.value); k < nb.value; k++) {
            int j = beg.value + k + shift;
            derived[k] = indexRoc63 == null || j < 0 ? Double.NaN : out1[k] - indexRoc63[j];
        }
        put(lastOf(derived));

        // linear-regression slope and R^2 (squared correlation with the bar index) over 50
        ok(core.linearRegSlope(w, end, c, 50, beg, nb, out1));
        put(lastOf(out1));
        ok(core.correl(w, end, barIndex, c, 50, beg, nb, out1));
        for (int k = from(nb.value); k < nb.value; k++) {
            derived[k] = out1[k] * out1[k];
        }
        put(lastOf(derived));

        if (cursor != IndicatorSet.OUTPUTS.size()) {
            throw new IllegalStateException("TA-Lib pass produced " + cursor + " outputs");
        }
        double sum = 0;
        for (double x : lastOut) {
            if (Double.isFinite(x)) {
                sum += x;
            }
        }
        return sum;
    }

    /**
     * (highest high + lowest low) / 2 over {@code period} into {@code out} (compact, first bar
     * in {@code outBeg}, count in {@link #nb}); uses {@link #out3} as scratch.
     */
    private void midpoint(int from, int end, int period, double[] out, MInteger outBeg) {
        ok(core.max(from, end, h, period, outBeg, nb, out));
        ok(core.min(from, end, l, period, begMin, nbMin, out3));
        for (int k = 0; k < nb.value; k++) {
            out[k] = (out[k] + out3[k]) / 2;
        }
    }

    /** Standard Supertrend recursion from the first ATR bar; returns the last value. */
    private double supertrend(int begA, int end) {
        double upper = Double.NaN;
        double lower = Double.NaN;
        double st = Double.NaN;
        boolean up = true;
        for (int i = begA; i <= end; i++) {
            double hl2 = (h[i] + l[i]) / 2;
            double atr = atr10[i - begA];
            double basicUpper = hl2 + 3 * atr;
            double basicLower = hl2 - 3 * atr;
            if (i == begA) {
                upper = basicUpper;
                lower = basicLower;
                up = c[i] >= hl2;
            } else {
                double prevClose = c[i - 1];
                upper = (basicUpper < upper || prevClose > upper) ? basicUpper : upper;
                lower = (basicLower > lower || prevClose < lower) ? basicLower : lower;
                if (up && c[i] < lower) {
                    up = false;
                } else if (!up && c[i] > upper) {
                    up = true;
                }
            }
            st = up ? lower : upper;
            derived[i] = st;
        }
        return st;
    }

    /** First compact output position of derived loops: all of them, or only the last. */
    private int from(int count) {
        return lastBarOnly ? Math.max(0, count - 1) : 0;
    }

    private int fromBar(int first, int end) {
        return lastBarOnly ? Math.max(first, end) : first;
    }

    private double lastOf(double[] out) {
        return nb.value > 0 ? out[nb.value - 1] : Double.NaN;
    }

    private static double lastOf(double[] out, int count) {
        return count > 0 ? out[count - 1] : Double.NaN;
    }

    private void put(double x) {
        last[cursor++] = x;
    }

    private static void ok(RetCode rc) {
        if (rc != RetCode.Success) {
            throw new IllegalStateException("TA-Lib call failed: " + rc);
        }
    }
}
