package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.ScanRecurrences.INV10;
import static io.technic.scanner.indicator.ScanRecurrences.INV14;
import static io.technic.scanner.indicator.ScanRecurrences.K12;
import static io.technic.scanner.indicator.ScanRecurrences.K20;
import static io.technic.scanner.indicator.ScanRecurrences.K26;
import static io.technic.scanner.indicator.ScanRecurrences.K9;
import static io.technic.scanner.indicator.ScanRecurrences.SAR_MAX;
import static io.technic.scanner.indicator.ScanRecurrences.SAR_STEP;
import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LT;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The lanewise body of {@link ScanRecurrencesBatch}: one group of {@link #LANES} symbols of equal
 * length, one symbol per lane. Every step mirrors {@link ScanRecurrences#compute} operation for
 * operation (masks and blends where it branches on data, plain control flow where it branches
 * on the bar number, which all lanes share), so each lane is bit-identical to it. Loaded only
 * when the {@code jdk.incubator.vector} module is present.
 *
 * <p>Four passes over the group's time-major bars, each a handful of chains (few enough live
 * vectors to stay in registers): EMA/MACD/Keltner's EMA; RSI, ATR 14/10 and Supertrend; ADX;
 * OBV and Parabolic SAR. Each pass has a short warm-up loop (seeding, branches on the bar
 * number) and a branch-free steady loop.
 */
final class VectorRecurrences {

    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();

    // per-lane state slots (seeds in, final values out), each LANES wide
    private static final int EMA12 = 0;
    private static final int EMA26 = 1;
    private static final int EMA20 = 2;
    private static final int FAST = 3;
    private static final int LINE_SUM = 4;
    private static final int LINE = 5;
    private static final int SIGNAL = 6;
    private static final int GAIN = 7;
    private static final int LOSS = 8;
    private static final int ATR14 = 9;
    private static final int ATR10 = 10;
    private static final int ST_LINE = 11;
    private static final int ST_DIR = 12;
    private static final int ADX = 13;
    private static final int PLUS_DI = 14;
    private static final int MINUS_DI = 15;
    private static final int OBV = 16;
    private static final int OBV20 = 17;
    private static final int SAR_OUT = 18;
    private static final int SAR_EP = 19;
    private static final int SAR = 20;
    private static final int SAR_LONG = 21;
    private static final int PLUS_DM = 22;
    private static final int MINUS_DM = 23;
    private static final int TR14 = 24;
    private static final int SUM_DX = 25;
    private static final int STATES = 26;

    private VectorRecurrences() {}

    /**
     * Computes the group whose lane {@code j} is the symbol with bars
     * {@code [from[j], from[j] + n)}, writing its outputs to {@code out[at[j], at[j] + OUTPUTS)}.
     * Requires {@code n > ScanRecurrences.lookback()}.
     */
    static void group(double[] high, double[] low, double[] close, double[] volume, int[] from, int n,
                      double[] out, int[] at, ScanRecurrencesBatch.Scratch s) {
        final int lanes = LANES;
        s.ensureBars(n * lanes, STATES * lanes);
        final double[] hT = s.high;
        final double[] lT = s.low;
        final double[] cT = s.close;
        final double[] vT = s.volume;
        final double[] st = s.state;
        for (int j = 0; j < lanes; j++) {
            final int f = from[j];
            for (int t = 0, x = j; t < n; t++, x += lanes) {
                hT[x] = high[f + t];
                lT[x] = low[f + t];
                cT[x] = close[f + t];
                vT[x] = volume[f + t];
            }
            // seeds, exactly as the scalar pass computes them
            st[EMA12 * lanes + j] = ScanRecurrences.seedMean(close, f, f + 11);
            st[EMA26 * lanes + j] = ScanRecurrences.seedMean(close, f, f + 25);
            st[EMA20 * lanes + j] = ScanRecurrences.seedMean(close, f, f + 19);
            double fast = ScanRecurrences.seedMean(close, f + 14, f + 25);
            st[FAST * lanes + j] = fast;
            st[LINE_SUM * lanes + j] = fast - st[EMA26 * lanes + j];
            double sarUp = high[f + 1] - high[f];
            double sarDown = low[f] - low[f + 1];
            boolean isLong = !(sarDown > 0 && sarUp < sarDown);
            st[SAR_EP * lanes + j] = isLong ? high[f + 1] : low[f + 1];
            st[SAR * lanes + j] = isLong ? low[f] : high[f];
            st[SAR_LONG * lanes + j] = isLong ? 1 : 0;
        }
        emaMacd(cT, n, st);
        rsiAtr(hT, lT, cT, n, st);
        atr10(hT, lT, cT, s.aux, n, st);
        supertrend(hT, lT, cT, s.aux, n, st);
        adx(hT, lT, cT, n, st);
        obvSar(hT, lT, cT, vT, n, st);

        for (int j = 0; j < lanes; j++) {
            final int o = at[j];
            double ema20 = st[EMA20 * lanes + j];
            double atr10 = st[ATR10 * lanes + j];
            double line = st[LINE * lanes + j];
            double signal = st[SIGNAL * lanes + j];
            double gain = st[GAIN * lanes + j];
            double loss = st[LOSS * lanes + j];
            out[o + ScanRecurrences.EMA_12] = st[EMA12 * lanes + j];
            out[o + ScanRecurrences.EMA_26] = st[EMA26 * lanes + j];
            out[o + ScanRecurrences.MACD] = line;
            out[o + ScanRecurrences.MACD_SIGNAL] = signal;
            out[o + ScanRecurrences.MACD_HIST] = line - signal;
            double total = gain + loss;
            out[o + ScanRecurrences.RSI_14] = Zero.near(total) ? 0.0 : 100.0 * (gain / total);
            out[o + ScanRecurrences.ATR_14] = st[ATR14 * lanes + j];
            out[o + ScanRecurrences.ADX_14] = st[ADX * lanes + j];
            out[o + ScanRecurrences.PLUS_DI_14] = st[PLUS_DI * lanes + j];
            out[o + ScanRecurrences.MINUS_DI_14] = st[MINUS_DI * lanes + j];
            out[o + ScanRecurrences.OBV] = st[OBV * lanes + j];
            out[o + ScanRecurrences.OBV_20_AGO] = st[OBV20 * lanes + j];
            out[o + ScanRecurrences.SAR] = st[SAR_OUT * lanes + j];
            out[o + ScanRecurrences.SUPERTREND] = st[ST_LINE * lanes + j];
            out[o + ScanRecurrences.SUPERTREND_DIR] = st[ST_DIR * lanes + j];
            double band = 2.0 * atr10;
            double kUp = ema20 + band;
            double kDown = ema20 - band;
            out[o + ScanRecurrences.KELTNER_UPPER] = kUp;
            out[o + ScanRecurrences.KELTNER_MIDDLE] = ema20;
            out[o + ScanRecurrences.KELTNER_LOWER] = kDown;
            out[o + ScanRecurrences.KELTNER_POS] =
                    kUp > kDown ? (close[from[j] + n - 1] - kDown) / (kUp - kDown) : Double.NaN;
        }
    }

    private static DoubleVector bar(double[] a, int t) {
        return DoubleVector.fromArray(SPECIES, a, t * LANES);
    }

    private static DoubleVector state(double[] st, int slot) {
        return DoubleVector.fromArray(SPECIES, st, slot * LANES);
    }

    private static void store(DoubleVector v, double[] st, int slot) {
        v.intoArray(st, slot * LANES);
    }

    /** {@code Atr.trueRange} lanewise, its two comparisons included. */
    private static DoubleVector trueRange(DoubleVector h, DoubleVector l, DoubleVector pc) {
        DoubleVector tr = h.sub(l);
        DoubleVector up = h.sub(pc).abs();
        tr = tr.blend(up, up.compare(GT, tr));
        DoubleVector down = l.sub(pc).abs();
        return tr.blend(down, down.compare(GT, tr));
    }

    /** EMA 12, 26 and 20, and MACD 12/26/9 with its late-seeded fast EMA. */
    static void emaMacd(double[] cT, int n, double[] st) {
        DoubleVector ema12 = state(st, EMA12);
        DoubleVector ema26 = state(st, EMA26);
        DoubleVector ema20 = state(st, EMA20);
        DoubleVector fast = state(st, FAST);
        DoubleVector lineSum = state(st, LINE_SUM);
        DoubleVector signal = DoubleVector.broadcast(SPECIES, Double.NaN);
        DoubleVector line = signal;
        final int warm = 33;   // the signal is seeded at bar 33
        for (int r = 1; r <= warm; r++) {
            DoubleVector c = bar(cT, r);
            if (r > 11) {
                ema12 = c.sub(ema12).mul(K12).add(ema12);
            }
            if (r > 25) {
                ema26 = c.sub(ema26).mul(K26).add(ema26);
                fast = c.sub(fast).mul(K12).add(fast);
                line = fast.sub(ema26);
                if (r < warm) {
                    lineSum = lineSum.add(line);
                } else {
                    signal = lineSum.add(line).div(9);
                }
            }
            if (r > 19) {
                ema20 = c.sub(ema20).mul(K20).add(ema20);
            }
        }
        for (int r = warm + 1; r < n; r++) {
            DoubleVector c = bar(cT, r);
            ema12 = c.sub(ema12).mul(K12).add(ema12);
            ema26 = c.sub(ema26).mul(K26).add(ema26);
            fast = c.sub(fast).mul(K12).add(fast);
            line = fast.sub(ema26);
            signal = line.sub(signal).mul(K9).add(signal);
            ema20 = c.sub(ema20).mul(K20).add(ema20);
        }
        store(ema12, st, EMA12);
        store(ema26, st, EMA26);
        store(ema20, st, EMA20);
        store(line, st, LINE);
        store(signal, st, SIGNAL);
    }

    /** RSI 14 and ATR 14 (seeded at bar 14). */
    static void rsiAtr(double[] hT, double[] lT, double[] cT, int n, double[] st) {
        final DoubleVector zero = DoubleVector.zero(SPECIES);
        DoubleVector gain = zero;
        DoubleVector loss = zero;
        DoubleVector atr14 = zero;
        DoubleVector pc = bar(cT, 0);
        final int warm = 14;
        for (int r = 1; r <= warm; r++) {
            DoubleVector c = bar(cT, r);
            DoubleVector tr = trueRange(bar(hT, r), bar(lT, r), pc);
            DoubleVector change = c.sub(pc);
            VectorMask<Double> down = change.compare(LT, 0.0);
            loss = loss.blend(loss.sub(change), down);
            gain = gain.add(change).blend(gain, down);
            atr14 = atr14.add(tr);
            pc = c;
        }
        gain = gain.div(14);
        loss = loss.div(14);
        atr14 = atr14.div(14);
        for (int r = warm + 1; r < n; r++) {
            DoubleVector c = bar(cT, r);
            DoubleVector tr = trueRange(bar(hT, r), bar(lT, r), pc);
            DoubleVector change = c.sub(pc);
            gain = gain.mul(13).add(change.max(0.0)).mul(INV14);
            loss = loss.mul(13).add(change.neg().max(0.0)).mul(INV14);
            atr14 = atr14.mul(13).add(tr).mul(INV14);
            pc = c;
        }
        store(gain, st, GAIN);
        store(loss, st, LOSS);
        store(atr14, st, ATR14);
    }

    /**
     * ATR 10 (seeded at bar 10), kept per bar in {@code aT} for {@link #supertrend}. Separate
     * loops: C2 inlines the vector operations of a method only up to a node budget, and a
     * loop past it gets its vectors boxed.
     */
    static void atr10(double[] hT, double[] lT, double[] cT, double[] aT, int n, double[] st) {
        DoubleVector atr10 = DoubleVector.zero(SPECIES);
        DoubleVector pc = bar(cT, 0);
        for (int r = 1; r <= 10; r++) {
            DoubleVector c = bar(cT, r);
            atr10 = atr10.add(trueRange(bar(hT, r), bar(lT, r), pc));
            pc = c;
        }
        atr10 = atr10.div(10);
        atr10.intoArray(aT, 10 * LANES);
        for (int r = 11; r < n; r++) {
            DoubleVector c = bar(cT, r);
            atr10 = atr10.mul(9).add(trueRange(bar(hT, r), bar(lT, r), pc)).mul(INV10);
            atr10.intoArray(aT, r * LANES);
            pc = c;
        }
        store(atr10, st, ATR10);
    }

    /** Supertrend 10/3 on the ATR 10 series in {@code aT}, from bar 10. */
    static void supertrend(double[] hT, double[] lT, double[] cT, double[] aT, int n, double[] st) {
        final DoubleVector minusOne = DoubleVector.broadcast(SPECIES, -1.0);
        DoubleVector upper = DoubleVector.broadcast(SPECIES, Double.NaN);
        DoubleVector lower = upper;
        // the direction as +1/-1 rather than a mask: masks carried around a loop get boxed
        DoubleVector dir = minusOne;
        DoubleVector pc = bar(cT, 9);
        for (int r = 10; r < n; r++) {
            DoubleVector h = bar(hT, r);
            DoubleVector l = bar(lT, r);
            DoubleVector c = bar(cT, r);
            DoubleVector hl2 = h.add(l).div(2);
            DoubleVector band = bar(aT, r).mul(3.0);
            DoubleVector basicUpper = hl2.add(band);
            DoubleVector basicLower = hl2.sub(band);
            VectorMask<Double> first = SPECIES.maskAll(r == 10);   // the bands start at bar 10
            upper = upper.blend(basicUpper, basicUpper.compare(LT, upper).or(pc.compare(GT, upper)).or(first));
            lower = lower.blend(basicLower, basicLower.compare(GT, lower).or(pc.compare(LT, lower)).or(first));
            VectorMask<Double> up = dir.compare(GT, 0.0);
            VectorMask<Double> upNow = up.and(c.compare(LT, lower).not()).or(up.not().and(c.compare(GT, upper)));
            dir = minusOne.blend(1.0, upNow);
            pc = c;
        }
        store(upper.blend(lower, dir.compare(GT, 0.0)), st, ST_LINE);
        store(dir, st, ST_DIR);
    }

    /** ADX 14 with +DI and −DI: the directional movement sums up to bar 13, then {@link #adxSmoothed}. */
    static void adx(double[] hT, double[] lT, double[] cT, int n, double[] st) {
        final DoubleVector zero = DoubleVector.zero(SPECIES);
        DoubleVector plusDm = zero;
        DoubleVector minusDm = zero;
        DoubleVector tr14 = zero;
        for (int r = 1; r < 14; r++) {
            DoubleVector h = bar(hT, r);
            DoubleVector l = bar(lT, r);
            DoubleVector up = h.sub(bar(hT, r - 1));
            DoubleVector down = bar(lT, r - 1).sub(l);
            VectorMask<Double> minusMove = down.compare(GT, 0.0).and(up.compare(LT, down));
            minusDm = minusDm.add(zero.blend(down, minusMove));
            plusDm = plusDm.add(zero.blend(up, minusMove.not().and(up.compare(GT, 0.0)).and(up.compare(GT, down))));
            tr14 = tr14.add(trueRange(h, l, bar(cT, r - 1)));
        }
        store(plusDm, st, PLUS_DM);
        store(minusDm, st, MINUS_DM);
        store(tr14, st, TR14);
        store(zero, st, SUM_DX);
        adxSmoothed(hT, lT, cT, 14, 28, st);   // 14..27: DX summed, ADX seeded at 27
        adxSmoothed(hT, lT, cT, 28, n, st);
    }

    /**
     * Bars {@code [a, b)} of ADX's Wilder-smoothed part: {@code a == 14} sums DX and seeds ADX
     * at bar 27 ({@code b == 28}); {@code a == 28} smooths ADX.
     */
    private static void adxSmoothed(double[] hT, double[] lT, double[] cT, int a, int b, double[] st) {
        final DoubleVector zero = DoubleVector.zero(SPECIES);
        final DoubleVector nan = DoubleVector.broadcast(SPECIES, Double.NaN);
        final DoubleVector hundred = DoubleVector.broadcast(SPECIES, 100.0);
        final boolean seeding = a < 28;
        // seeding sums DX, (acc * 1 + dx) * 1 being exactly acc + dx; then Wilder's (adx * 13 + dx) / 14
        final double weight = seeding ? 1.0 : 13.0;
        final double scaleBack = seeding ? 1.0 : INV14;
        DoubleVector plusDm = state(st, PLUS_DM);
        DoubleVector minusDm = state(st, MINUS_DM);
        DoubleVector tr14 = state(st, TR14);
        DoubleVector acc = state(st, seeding ? SUM_DX : ADX);
        DoubleVector plusDi = zero;
        DoubleVector minusDi = zero;
        for (int r = a; r < b; r++) {
            DoubleVector h = bar(hT, r);
            DoubleVector l = bar(lT, r);
            DoubleVector up = h.sub(bar(hT, r - 1));
            DoubleVector down = bar(lT, r - 1).sub(l);
            VectorMask<Double> minusMove = down.compare(GT, 0.0).and(up.compare(LT, down));
            DoubleVector minusAdd = zero.blend(down, minusMove);
            DoubleVector plusAdd = zero.blend(up, minusMove.not().and(up.compare(GT, 0.0)).and(up.compare(GT, down)));
            minusDm = minusDm.sub(minusDm.mul(INV14)).add(minusAdd);
            plusDm = plusDm.sub(plusDm.mul(INV14)).add(plusAdd);
            tr14 = tr14.sub(tr14.mul(INV14)).add(trueRange(h, l, bar(cT, r - 1)));
            VectorMask<Double> trOk = tr14.compare(GT, -Zero.EPSILON).and(tr14.compare(LT, Zero.EPSILON)).not();   // !Zero.near
            DoubleVector scale = hundred.div(tr14);
            minusDi = zero.blend(minusDm.mul(scale), trOk);
            plusDi = zero.blend(plusDm.mul(scale), trOk);
            DoubleVector sum = minusDi.add(plusDi);
            VectorMask<Double> ok = trOk.and(sum.compare(GT, -Zero.EPSILON).and(sum.compare(LT, Zero.EPSILON)).not());
            DoubleVector dx = nan.blend(hundred.mul(minusDi.sub(plusDi).abs()).div(sum), ok);
            VectorMask<Double> valid = dx.compare(EQ, dx);
            acc = acc.blend(acc.mul(weight).add(dx).mul(scaleBack), valid);
        }
        store(plusDm, st, PLUS_DM);
        store(minusDm, st, MINUS_DM);
        store(tr14, st, TR14);
        store(seeding ? acc.div(14) : acc, st, ADX);
        store(plusDi, st, PLUS_DI);
        store(minusDi, st, MINUS_DI);
    }

    /** OBV (and its value 20 bars before the last) and Parabolic SAR 0.02/0.2. */
    static void obvSar(double[] hT, double[] lT, double[] cT, double[] vT, int n, double[] st) {
        final DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        final DoubleVector minusOne = DoubleVector.broadcast(SPECIES, -1.0);
        final DoubleVector step = DoubleVector.broadcast(SPECIES, SAR_STEP);
        DoubleVector obv = bar(vT, 0);
        DoubleVector obv20 = obv;
        final int mark = n - 21;
        DoubleVector pc = bar(cT, 0);
        for (int r = 1; r < n; r++) {
            DoubleVector c = bar(cT, r);
            DoubleVector change = c.sub(pc);
            DoubleVector sign = change.blend(one, change.compare(GT, 0.0)).blend(minusOne, change.compare(LT, 0.0));
            obv = obv.add(sign.mul(bar(vT, r)));
            if (r == mark) {
                obv20 = obv;
            }
            pc = c;
        }
        store(obv, st, OBV);
        store(obv20, st, OBV20);

        DoubleVector ep = state(st, SAR_EP);
        DoubleVector sar = state(st, SAR);
        DoubleVector longs = state(st, SAR_LONG);   // 1 long, 0 short (not a mask: see dir above)
        final DoubleVector zero = DoubleVector.zero(SPECIES);
        DoubleVector af = step;
        DoubleVector newLow = bar(lT, 1);
        DoubleVector newHigh = bar(hT, 1);
        DoubleVector sarOut = DoubleVector.broadcast(SPECIES, Double.NaN);
        for (int r = 1; r < n; r++) {
            DoubleVector prevLow = newLow;
            DoubleVector prevHigh = newHigh;
            newLow = bar(lT, r);
            newHigh = bar(hT, r);
            // Math.min/max are associative and commutative bit for bit (NaN wins, -0.0 below 0.0),
            // so the scalar min(min(x, prevLow), newLow) is min(x, min(prevLow, newLow)): the bars'
            // pair is off the SAR's loop-carried chain, one min (and one max) shorter per bar
            DoubleVector lows = prevLow.min(newLow);
            DoubleVector highs = prevHigh.max(newHigh);
            VectorMask<Double> isLong = longs.compare(GT, 0.0);
            // a long position flips when the low reaches the SAR, a short one when the high does
            VectorMask<Double> flip = isLong.and(newLow.compare(LE, sar))
                    .or(isLong.not().and(newHigh.compare(GE, sar)));
            VectorMask<Double> longNow = isLong.and(flip.not()).or(isLong.not().and(flip));
            // on a flip the SAR restarts at the old extreme, clamped as the new direction clamps
            DoubleVector flipped = ep.min(lows).blend(ep.max(highs), longNow.not());
            DoubleVector base = sar.blend(flipped, flip);
            DoubleVector extreme = newLow.blend(newHigh, longNow);
            VectorMask<Double> extend = flip.not().and(
                    longNow.and(extreme.compare(GT, ep)).or(longNow.not().and(extreme.compare(LT, ep))));
            ep = ep.blend(extreme, extend.or(flip));
            af = af.blend(af.add(SAR_STEP).min(SAR_MAX), extend).blend(step, flip);
            DoubleVector next = base.add(af.mul(ep.sub(base)));
            sar = next.min(lows).blend(next.max(highs), longNow.not());
            longs = zero.blend(1.0, longNow);
            sarOut = base;
        }
        store(sarOut, st, SAR_OUT);
    }
}
