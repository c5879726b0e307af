package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * The recursive indicators of a scan, fused into one pass over a symbol's bars, emitting only
 * their values at the last bar: EMA 12 and 26, MACD 12/26/9, RSI 14, ATR 14, ADX 14 with
 * +DI/−DI, OBV (and OBV 20 bars earlier), Parabolic SAR 0.02/0.2, Supertrend 10/3 and
 * Keltner 20/10/2.
 *
 * <p>Why fuse: each of these is a recurrence whose every step waits on the previous one (a
 * division in ATR, RSI and ADX), so run one by one they are bound by latency. Interleaved in
 * one loop the chains overlap, the true range is computed once for ATR 14, ATR 10 and ADX,
 * and nothing is written per bar. Each chain follows its own kernel ({@link Ema}, {@link Macd},
 * {@link Rsi}, {@link Atr}, {@link Adx}, {@link Obv}, {@link ParabolicSar}, {@link Supertrend},
 * {@link Keltner}) step for step, seeding included. EMA, MACD, OBV and SAR are bit-identical
 * to their kernels; the Wilder averages (RSI, ATR, ADX and what builds on ATR) multiply by
 * 1/period where TA-Lib divides — 11 divisions per bar become 2, the divider being what bounds
 * this loop — which moves results by about 1e-15 relative, the recurrence damping each
 * step's extra rounding (tested to 1e-12 against the kernels, which match TA-Lib exactly).
 */
public final class ScanRecurrences {

    public static final int EMA_12 = 0;
    public static final int EMA_26 = 1;
    public static final int MACD = 2;
    public static final int MACD_SIGNAL = 3;
    public static final int MACD_HIST = 4;
    public static final int RSI_14 = 5;
    public static final int ATR_14 = 6;
    public static final int ADX_14 = 7;
    public static final int PLUS_DI_14 = 8;
    public static final int MINUS_DI_14 = 9;
    public static final int OBV = 10;
    /** OBV 20 bars before the last bar. */
    public static final int OBV_20_AGO = 11;
    public static final int SAR = 12;
    public static final int SUPERTREND = 13;
    /** +1 up, −1 down. */
    public static final int SUPERTREND_DIR = 14;
    public static final int KELTNER_UPPER = 15;
    public static final int KELTNER_MIDDLE = 16;
    public static final int KELTNER_LOWER = 17;
    public static final int KELTNER_POS = 18;
    /** Number of output slots. */
    public static final int OUTPUTS = 19;

    static final double K12 = 2.0 / 13;
    static final double K26 = 2.0 / 27;
    static final double K20 = 2.0 / 21;
    static final double K9 = 2.0 / 10;
    static final double INV14 = 1.0 / 14;
    static final double INV10 = 1.0 / 10;
    static final double SAR_STEP = 0.02;
    static final double SAR_MAX = 0.2;

    private ScanRecurrences() {}

    /** Bars before every output is defined: MACD 12/26/9's 33. */
    public static int lookback() {
        return Macd.lookback(12, 26, 9);
    }

    /**
     * Writes the values at bar {@code to - 1} of the bars {@code [from, to)} into
     * {@code out[0, OUTPUTS)}; all NaN when the range has no more than {@link #lookback()} bars.
     */
    public static void compute(double[] high, double[] low, double[] close, double[] volume, int from, int to,
                               double[] out) {
        Arrays.fill(out, 0, OUTPUTS, Double.NaN);
        if (to - from <= lookback()) {
            return;
        }
        final int e12 = from + 11;      // EMA 12 seeded here (SMA of 12)
        final int e26 = from + 25;      // EMA 26 and the MACD line seeded here
        final int e20 = from + 19;      // Keltner's EMA 20
        final int macdFirst = from + 33;
        final int rsiFirst = from + 14;
        final int atr14First = from + 14;
        final int atr10First = from + 10;
        final int diFirst = from + 14;
        final int adxFirst = from + 27;
        final int obvMark = to - 21;

        double ema12 = seedMean(close, from, e12);
        double ema26 = seedMean(close, from, e26);
        double ema20 = seedMean(close, from, e20);
        double fast = seedMean(close, e26 - 11, e26);   // MACD's fast EMA is seeded late (TA-Lib)
        double lineSum = fast - ema26;
        double signal = Double.NaN;
        double line = Double.NaN;

        double gain = 0;
        double loss = 0;
        double atr14 = 0;
        double atr10 = 0;
        double tr14 = 0;
        double plusDm = 0;
        double minusDm = 0;
        double sumDx = 0;
        double adx = 0;
        double plusDi = 0;
        double minusDi = 0;
        double obv = volume[from];
        double obv20 = Double.NaN;
        double upper = Double.NaN;
        double lower = Double.NaN;
        boolean stUp = false;
        double stLine = Double.NaN;

        // Parabolic SAR starts on the second bar, its direction from the first two bars' DM.
        double af = SAR_STEP;
        double sarUp = high[from + 1] - high[from];
        double sarDown = low[from] - low[from + 1];
        boolean isLong = !(sarDown > 0 && sarUp < sarDown);
        double ep = isLong ? high[from + 1] : low[from + 1];
        double sar = isLong ? low[from] : high[from];
        double newLow = low[from + 1];
        double newHigh = high[from + 1];
        double sarOut = Double.NaN;

        for (int i = from + 1; i < to; i++) {
            final double c = close[i];
            final double h = high[i];
            final double l = low[i];
            final double pc = close[i - 1];
            final double tr = Atr.trueRange(h, l, pc);

            if (i > e12) {
                ema12 = (c - ema12) * K12 + ema12;
            }
            if (i > e26) {
                ema26 = (c - ema26) * K26 + ema26;
                fast = (c - fast) * K12 + fast;
                line = fast - ema26;
                if (i < macdFirst) {
                    lineSum += line;
                } else if (i == macdFirst) {
                    signal = (lineSum + line) / 9;
                } else {
                    signal = (line - signal) * K9 + signal;
                }
            }
            if (i > e20) {
                ema20 = (c - ema20) * K20 + ema20;
            }

            final double change = c - pc;
            if (i <= rsiFirst) {
                if (change < 0) {
                    loss -= change;
                } else {
                    gain += change;
                }
                if (i == rsiFirst) {
                    gain /= 14;
                    loss /= 14;
                }
            } else {
                gain = (gain * 13 + Math.max(change, 0.0)) * INV14;
                loss = (loss * 13 + Math.max(-change, 0.0)) * INV14;
            }

            if (i <= atr14First) {
                atr14 += tr;
                if (i == atr14First) {
                    atr14 /= 14;
                }
            } else {
                atr14 = (atr14 * 13 + tr) * INV14;
            }
            if (i <= atr10First) {
                atr10 += tr;
                if (i == atr10First) {
                    atr10 /= 10;
                }
            } else {
                atr10 = (atr10 * 9 + tr) * INV10;
            }
            if (i >= atr10First) {  // Supertrend 10/3 on ATR 10
                double hl2 = (h + l) / 2;
                double band = 3.0 * atr10;
                double basicUpper = hl2 + band;
                double basicLower = hl2 - band;
                if (i == atr10First) {
                    upper = basicUpper;
                    lower = basicLower;
                } else {
                    upper = basicUpper < upper || pc > upper ? basicUpper : upper;
                    lower = basicLower > lower || pc < lower ? basicLower : lower;
                }
                stUp = stUp ? !(c < lower) : c > upper;
                stLine = stUp ? lower : upper;
            }

            // ADX 14: directional movement, Wilder-smoothed.
            final double up = h - high[i - 1];
            final double down = low[i - 1] - l;
            final boolean minusMove = down > 0 && up < down;
            final double minusAdd = minusMove ? down : 0.0;
            final double plusAdd = !minusMove && up > 0 && up > down ? up : 0.0;
            if (i < diFirst) {
                minusDm += minusAdd;
                plusDm += plusAdd;
                tr14 += tr;
            } else {
                minusDm = minusDm - minusDm * INV14 + minusAdd;
                plusDm = plusDm - plusDm * INV14 + plusAdd;
                tr14 = tr14 - tr14 * INV14 + tr;
                double dx = Double.NaN;
                plusDi = 0.0;
                minusDi = 0.0;
                if (!Zero.near(tr14)) {
                    double scale = 100.0 / tr14;
                    minusDi = minusDm * scale;
                    plusDi = plusDm * scale;
                    double sum = minusDi + plusDi;
                    if (!Zero.near(sum)) {
                        dx = 100.0 * Math.abs(minusDi - plusDi) / sum;
                    }
                }
                if (i <= adxFirst) {
                    if (dx == dx) {
                        sumDx += dx;
                    }
                    if (i == adxFirst) {
                        adx = sumDx / 14;
                    }
                } else if (dx == dx) {
                    adx = (adx * 13 + dx) * INV14;
                }
            }

            obv += Math.signum(change) * volume[i];
            if (i == obvMark) {
                obv20 = obv;
            }

            // Parabolic SAR 0.02 / 0.2 (TA-Lib), the value reported for bar i before it moves on.
            double prevLow = newLow;
            double prevHigh = newHigh;
            newLow = l;
            newHigh = h;
            if (isLong) {
                if (newLow <= sar) {
                    isLong = false;
                    sar = Math.max(Math.max(ep, prevHigh), newHigh);
                    sarOut = sar;
                    af = SAR_STEP;
                    ep = newLow;
                    sar = Math.max(Math.max(sar + af * (ep - sar), prevHigh), newHigh);
                } else {
                    sarOut = sar;
                    if (newHigh > ep) {
                        ep = newHigh;
                        af = Math.min(af + SAR_STEP, SAR_MAX);
                    }
                    sar = Math.min(Math.min(sar + af * (ep - sar), prevLow), newLow);
                }
            } else {
                if (newHigh >= sar) {
                    isLong = true;
                    sar = Math.min(Math.min(ep, prevLow), newLow);
                    sarOut = sar;
                    af = SAR_STEP;
                    ep = newHigh;
                    sar = Math.min(Math.min(sar + af * (ep - sar), prevLow), newLow);
                } else {
                    sarOut = sar;
                    if (newLow < ep) {
                        ep = newLow;
                        af = Math.min(af + SAR_STEP, SAR_MAX);
                    }
                    sar = Math.max(Math.max(sar + af * (ep - sar), prevHigh), newHigh);
                }
            }
        }

        final int last = to - 1;
        out[EMA_12] = ema12;
        out[EMA_26] = ema26;
        out[MACD] = line;
        out[MACD_SIGNAL] = signal;
        out[MACD_HIST] = line - signal;
        double total = gain + loss;
        out[RSI_14] = Zero.near(total) ? 0.0 : 100.0 * (gain / total);
        out[ATR_14] = atr14;
        out[ADX_14] = adx;
        out[PLUS_DI_14] = plusDi;
        out[MINUS_DI_14] = minusDi;
        out[OBV] = obv;
        out[OBV_20_AGO] = obv20;
        out[SAR] = sarOut;
        out[SUPERTREND] = stLine;
        out[SUPERTREND_DIR] = stUp ? 1 : -1;
        double band = 2.0 * atr10;
        double kUp = ema20 + band;
        double kDown = ema20 - band;
        out[KELTNER_UPPER] = kUp;
        out[KELTNER_MIDDLE] = ema20;
        out[KELTNER_LOWER] = kDown;
        out[KELTNER_POS] = kUp > kDown ? (close[last] - kDown) / (kUp - kDown) : Double.NaN;
    }

    /** Mean of {@code in[a..b]} summed in index order, as the kernels seed. */
    static double seedMean(double[] in, int a, int b) {
        double sum = 0;
        for (int i = a; i <= b; i++) {
            sum += in[i];
        }
        return sum / (b - a + 1);
    }
}
