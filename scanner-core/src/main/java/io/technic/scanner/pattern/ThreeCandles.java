package io.technic.scanner.pattern;

import static io.technic.scanner.pattern.Candle.bodyGapDown;
import static io.technic.scanner.pattern.Candle.bodyGapUp;
import static io.technic.scanner.pattern.Candle.color;
import static io.technic.scanner.pattern.Candle.lowerShadow;
import static io.technic.scanner.pattern.Candle.realBody;
import static io.technic.scanner.pattern.Candle.upperShadow;
import static io.technic.scanner.pattern.CandleSetting.BODY_DOJI;
import static io.technic.scanner.pattern.CandleSetting.BODY_LONG;
import static io.technic.scanner.pattern.CandleSetting.BODY_SHORT;
import static io.technic.scanner.pattern.CandleSetting.EQUAL;
import static io.technic.scanner.pattern.CandleSetting.FAR;
import static io.technic.scanner.pattern.CandleSetting.NEAR;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_LONG;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_SHORT;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_VERY_SHORT;
import static io.technic.scanner.pattern.SingleCandle.lookback;

/**
 * Three-candle patterns (TA-Lib CDL2CROWS, CDL3BLACKCROWS, CDL3WHITESOLDIERS, CDL3INSIDE,
 * CDL3OUTSIDE, CDL3STARSINSOUTH, CDLIDENTICAL3CROWS, CDLADVANCEBLOCK, CDLSTALLEDPATTERN,
 * CDLGAPSIDESIDEWHITE, CDLSTICKSANDWICH, CDLTASUKIGAP, CDLTRISTAR, CDLUNIQUE3RIVER,
 * CDLUPSIDEGAP2CROWS, CDLXSIDEGAP3METHODS). The stars (morning, evening, abandoned baby) are in
 * {@link Stars}. Conventions in package-info.
 */
public final class ThreeCandles {

    private ThreeCandles() {}

    /** Two crows: long white, black gapping up, black closing inside the white body. -100. */
    public static void twoCrows(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_LONG) + 2, out);
        if (first >= to) {
            return;
        }
        Average long2 = new Average(BODY_LONG, o, h, l, c, first, 2);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 2) == 1
                    && realBody(o, c, i - 2) > long2.value()
                    && color(o, c, i - 1) == -1
                    && bodyGapUp(o, c, i - 1, i - 2)
                    && color(o, c, i) == -1
                    && o[i] < o[i - 1] && o[i] > c[i - 1]
                    && c[i] > o[i - 2] && c[i] < c[i - 2] ? -100 : 0;
            long2.advance();
        }
    }

    /** Three black crows: a white candle, then three declining blacks closing near their lows. -100. */
    public static void threeBlackCrows(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(SHADOW_VERY_SHORT) + 3, out);
        if (first >= to) {
            return;
        }
        Average vs2 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 2);
        Average vs1 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 1);
        Average vs0 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 3) == 1
                    && color(o, c, i - 2) == -1
                    && lowerShadow(o, l, c, i - 2) < vs2.value()
                    && color(o, c, i - 1) == -1
                    && lowerShadow(o, l, c, i - 1) < vs1.value()
                    && color(o, c, i) == -1
                    && lowerShadow(o, l, c, i) < vs0.value()
                    && o[i - 1] < o[i - 2] && o[i - 1] > c[i - 2]
                    && o[i] < o[i - 1] && o[i] > c[i - 1]
                    && h[i - 3] > c[i - 2]
                    && c[i - 2] > c[i - 1]
                    && c[i - 1] > c[i] ? -100 : 0;
            vs2.advance();
            vs1.advance();
            vs0.advance();
        }
    }

    /**
     * Three white soldiers: three rising whites with very short upper shadows, each opening
     * within or near the prior body and not shrinking far. 100.
     */
    public static void threeWhiteSoldiers(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                          int[] out) {
        int first = Warmup.begin(from, to, lookback(SHADOW_VERY_SHORT, BODY_SHORT, FAR, NEAR) + 2, out);
        if (first >= to) {
            return;
        }
        Average vs2 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 2);
        Average vs1 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 1);
        Average vs0 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 0);
        Average near2 = new Average(NEAR, o, h, l, c, first, 2);
        Average near1 = new Average(NEAR, o, h, l, c, first, 1);
        Average far2 = new Average(FAR, o, h, l, c, first, 2);
        Average far1 = new Average(FAR, o, h, l, c, first, 1);
        Average short0 = new Average(BODY_SHORT, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 2) == 1
                    && upperShadow(o, h, c, i - 2) < vs2.value()
                    && color(o, c, i - 1) == 1
                    && upperShadow(o, h, c, i - 1) < vs1.value()
                    && color(o, c, i) == 1
                    && upperShadow(o, h, c, i) < vs0.value()
                    && c[i] > c[i - 1] && c[i - 1] > c[i - 2]
                    && o[i - 1] > o[i - 2]
                    && o[i - 1] <= c[i - 2] + near2.value()
                    && o[i] > o[i - 1]
                    && o[i] <= c[i - 1] + near1.value()
                    && realBody(o, c, i - 1) > realBody(o, c, i - 2) - far2.value()
                    && realBody(o, c, i) > realBody(o, c, i - 1) - far1.value()
                    && realBody(o, c, i) > short0.value() ? 100 : 0;
            vs2.advance();
            vs1.advance();
            vs0.advance();
            near2.advance();
            near1.advance();
            far2.advance();
            far1.advance();
            short0.advance();
        }
    }

    /** Three inside up/down: a harami confirmed by a third candle closing beyond the first open. Sign = direction. */
    public static void threeInside(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_SHORT, BODY_LONG) + 2, out);
        if (first >= to) {
            return;
        }
        Average long2 = new Average(BODY_LONG, o, h, l, c, first, 2);
        Average short1 = new Average(BODY_SHORT, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            int c2 = color(o, c, i - 2);
            int c0 = color(o, c, i);
            out[i] = realBody(o, c, i - 2) > long2.value()
                    && realBody(o, c, i - 1) <= short1.value()
                    && Math.max(c[i - 1], o[i - 1]) < Math.max(c[i - 2], o[i - 2])
                    && Math.min(c[i - 1], o[i - 1]) > Math.min(c[i - 2], o[i - 2])
                    && (c2 == 1 && c0 == -1 && c[i] < o[i - 2] || c2 == -1 && c0 == 1 && c[i] > o[i - 2])
                    ? -c2 * 100 : 0;
            long2.advance();
            short1.advance();
        }
    }

    /** Three outside up/down: an engulfing confirmed by a third candle closing further. Sign = direction. */
    public static void threeOutside(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, 3, out);
        for (int i = first; i < to; i++) {
            int c1 = color(o, c, i - 1);
            int c2 = color(o, c, i - 2);
            boolean up = c1 == 1 && c2 == -1 && c[i - 1] > o[i - 2] && o[i - 1] < c[i - 2] && c[i] > c[i - 1];
            boolean down = c1 == -1 && c2 == 1 && o[i - 1] > c[i - 2] && c[i - 1] < o[i - 2] && c[i] < c[i - 1];
            out[i] = up || down ? c1 * 100 : 0;
        }
    }

    /** Three stars in the south: three shrinking blacks holding above the first low. 100. */
    public static void threeStarsInSouth(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                         int[] out) {
        int first = Warmup.begin(from, to,
                lookback(SHADOW_VERY_SHORT, SHADOW_LONG, BODY_LONG, BODY_SHORT) + 2, out);
        if (first >= to) {
            return;
        }
        Average long2 = new Average(BODY_LONG, o, h, l, c, first, 2);
        Average shadowLong2 = new Average(SHADOW_LONG, o, h, l, c, first, 2);
        Average vs1 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 1);
        Average vs0 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 0);
        Average short0 = new Average(BODY_SHORT, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 2) == -1 && color(o, c, i - 1) == -1 && color(o, c, i) == -1
                    && realBody(o, c, i - 2) > long2.value()
                    && lowerShadow(o, l, c, i - 2) > shadowLong2.value()
                    && realBody(o, c, i - 1) < realBody(o, c, i - 2)
                    && o[i - 1] > c[i - 2] && o[i - 1] <= h[i - 2]
                    && l[i - 1] < c[i - 2]
                    && l[i - 1] >= l[i - 2]
                    && lowerShadow(o, l, c, i - 1) > vs1.value()
                    && realBody(o, c, i) < short0.value()
                    && lowerShadow(o, l, c, i) < vs0.value()
                    && upperShadow(o, h, c, i) < vs0.value()
                    && l[i] > l[i - 1] && h[i] < h[i - 1] ? 100 : 0;
            long2.advance();
            shadowLong2.advance();
            vs1.advance();
            vs0.advance();
            short0.advance();
        }
    }

    /** Identical three crows: three declining blacks, each opening at the prior close. -100. */
    public static void identicalThreeCrows(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                           int[] out) {
        int first = Warmup.begin(from, to, lookback(SHADOW_VERY_SHORT, EQUAL) + 2, out);
        if (first >= to) {
            return;
        }
        Average vs2 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 2);
        Average vs1 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 1);
        Average vs0 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 0);
        Average eq2 = new Average(EQUAL, o, h, l, c, first, 2);
        Average eq1 = new Average(EQUAL, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 2) == -1
                    && lowerShadow(o, l, c, i - 2) < vs2.value()
                    && color(o, c, i - 1) == -1
                    && lowerShadow(o, l, c, i - 1) < vs1.value()
                    && color(o, c, i) == -1
                    && lowerShadow(o, l, c, i) < vs0.value()
                    && c[i - 2] > c[i - 1] && c[i - 1] > c[i]
                    && o[i - 1] <= c[i - 2] + eq2.value()
                    && o[i - 1] >= c[i - 2] - eq2.value()
                    && o[i] <= c[i - 1] + eq1.value()
                    && o[i] >= c[i - 1] - eq1.value() ? -100 : 0;
            vs2.advance();
            vs1.advance();
            vs0.advance();
            eq2.advance();
            eq1.advance();
        }
    }

    /** Advance block: three rising whites losing strength (shrinking bodies or growing upper shadows). -100. */
    public static void advanceBlock(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to,
                lookback(SHADOW_LONG, SHADOW_SHORT, FAR, NEAR, BODY_LONG) + 2, out);
        if (first >= to) {
            return;
        }
        Average ss2 = new Average(SHADOW_SHORT, o, h, l, c, first, 2);
        Average ss1 = new Average(SHADOW_SHORT, o, h, l, c, first, 1);
        Average ss0 = new Average(SHADOW_SHORT, o, h, l, c, first, 0);
        Average sl0 = new Average(SHADOW_LONG, o, h, l, c, first, 0);
        Average near2 = new Average(NEAR, o, h, l, c, first, 2);
        Average near1 = new Average(NEAR, o, h, l, c, first, 1);
        Average far2 = new Average(FAR, o, h, l, c, first, 2);
        Average far1 = new Average(FAR, o, h, l, c, first, 1);
        Average long2 = new Average(BODY_LONG, o, h, l, c, first, 2);
        for (int i = first; i < to; i++) {
            double rb2 = realBody(o, c, i - 2);
            double rb1 = realBody(o, c, i - 1);
            double rb0 = realBody(o, c, i);
            out[i] = color(o, c, i - 2) == 1 && color(o, c, i - 1) == 1 && color(o, c, i) == 1
                    && c[i] > c[i - 1] && c[i - 1] > c[i - 2]
                    && o[i - 1] > o[i - 2]
                    && o[i - 1] <= c[i - 2] + near2.value()
                    && o[i] > o[i - 1]
                    && o[i] <= c[i - 1] + near1.value()
                    && rb2 > long2.value()
                    && upperShadow(o, h, c, i - 2) < ss2.value()
                    && (rb1 < rb2 - far2.value() && rb0 < rb1 + near1.value()
                        || rb0 < rb1 - far1.value()
                        || rb0 < rb1 && rb1 < rb2
                            && (upperShadow(o, h, c, i) > ss0.value() || upperShadow(o, h, c, i - 1) > ss1.value())
                        || rb0 < rb1 && upperShadow(o, h, c, i) > sl0.value()) ? -100 : 0;
            ss2.advance();
            ss1.advance();
            ss0.advance();
            sl0.advance();
            near2.advance();
            near1.advance();
            far2.advance();
            far1.advance();
            long2.advance();
        }
    }

    /** Stalled pattern: two long rising whites, then a small white riding on the second's shoulder. -100. */
    public static void stalledPattern(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to,
                lookback(BODY_LONG, BODY_SHORT, SHADOW_VERY_SHORT, NEAR) + 2, out);
        if (first >= to) {
            return;
        }
        Average long2 = new Average(BODY_LONG, o, h, l, c, first, 2);
        Average long1 = new Average(BODY_LONG, o, h, l, c, first, 1);
        Average short0 = new Average(BODY_SHORT, o, h, l, c, first, 0);
        Average vs1 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 1);
        Average near2 = new Average(NEAR, o, h, l, c, first, 2);
        Average near1 = new Average(NEAR, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 2) == 1 && color(o, c, i - 1) == 1 && color(o, c, i) == 1
                    && c[i] > c[i - 1] && c[i - 1] > c[i - 2]
                    && realBody(o, c, i - 2) > long2.value()
                    && realBody(o, c, i - 1) > long1.value()
                    && upperShadow(o, h, c, i - 1) < vs1.value()
                    && o[i - 1] > o[i - 2]
                    && o[i - 1] <= c[i - 2] + near2.value()
                    && realBody(o, c, i) < short0.value()
                    && o[i] >= c[i - 1] - realBody(o, c, i) - near1.value() ? -100 : 0;
            long2.advance();
            long1.advance();
            short0.advance();
            vs1.advance();
            near2.advance();
            near1.advance();
        }
    }

    /**
     * Up/down-gap side-by-side white lines: two similar whites side by side after a gap.
     * 100 after an up gap, -100 after a down gap.
     */
    public static void gapSideSideWhite(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                        int[] out) {
        int first = Warmup.begin(from, to, lookback(NEAR, EQUAL) + 2, out);
        if (first >= to) {
            return;
        }
        Average near1 = new Average(NEAR, o, h, l, c, first, 1);
        Average equal1 = new Average(EQUAL, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            boolean up = bodyGapUp(o, c, i - 1, i - 2);
            double rb0 = realBody(o, c, i);
            double rb1 = realBody(o, c, i - 1);
            double near = near1.value();
            double eq = equal1.value();
            out[i] = (up && bodyGapUp(o, c, i, i - 2) || bodyGapDown(o, c, i - 1, i - 2) && bodyGapDown(o, c, i, i - 2))
                    && color(o, c, i - 1) == 1 && color(o, c, i) == 1
                    && rb0 >= rb1 - near && rb0 <= rb1 + near
                    && o[i] >= o[i - 1] - eq && o[i] <= o[i - 1] + eq ? (up ? 100 : -100) : 0;
            near1.advance();
            equal1.advance();
        }
    }

    /** Stick sandwich: black, white above its close, black closing at the first close. 100. */
    public static void stickSandwich(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(EQUAL) + 2, out);
        if (first >= to) {
            return;
        }
        Average equal2 = new Average(EQUAL, o, h, l, c, first, 2);
        for (int i = first; i < to; i++) {
            double eq = equal2.value();
            out[i] = color(o, c, i - 2) == -1 && color(o, c, i - 1) == 1 && color(o, c, i) == -1
                    && l[i - 1] > c[i - 2]
                    && c[i] <= c[i - 2] + eq
                    && c[i] >= c[i - 2] - eq ? 100 : 0;
            equal2.advance();
        }
    }

    /** Tasuki gap: a gap, then two opposite candles of similar size not closing the gap. Sign = gap direction. */
    public static void tasukiGap(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(NEAR) + 2, out);
        if (first >= to) {
            return;
        }
        Average near1 = new Average(NEAR, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            int c1 = color(o, c, i - 1);
            int c0 = color(o, c, i);
            double near = near1.value();
            boolean similar = Math.abs(realBody(o, c, i - 1) - realBody(o, c, i)) < near;
            boolean up = bodyGapUp(o, c, i - 1, i - 2) && c1 == 1 && c0 == -1
                    && o[i] < c[i - 1] && o[i] > o[i - 1]
                    && c[i] < o[i - 1]
                    && c[i] > Math.max(c[i - 2], o[i - 2])
                    && similar;
            boolean down = bodyGapDown(o, c, i - 1, i - 2) && c1 == -1 && c0 == 1
                    && o[i] < o[i - 1] && o[i] > c[i - 1]
                    && c[i] > o[i - 1]
                    && c[i] < Math.min(c[i - 2], o[i - 2])
                    && similar;
            out[i] = up || down ? c1 * 100 : 0;
            near1.advance();
        }
    }

    /**
     * Tristar: three dojis, the middle one gapping. -100 when it gaps up and the third is lower,
     * 100 when it gaps down and the third is higher.
     */
    public static void tristar(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_DOJI) + 2, out);
        if (first >= to) {
            return;
        }
        Average doji2 = new Average(BODY_DOJI, o, h, l, c, first, 2);
        for (int i = first; i < to; i++) {
            double d = doji2.value();
            int v = 0;
            if (realBody(o, c, i - 2) <= d && realBody(o, c, i - 1) <= d && realBody(o, c, i) <= d) {
                if (bodyGapUp(o, c, i - 1, i - 2) && Math.max(o[i], c[i]) < Math.max(o[i - 1], c[i - 1])) {
                    v = -100;
                }
                if (bodyGapDown(o, c, i - 1, i - 2) && Math.min(o[i], c[i]) > Math.min(o[i - 1], c[i - 1])) {
                    v = 100;
                }
            }
            out[i] = v;
            doji2.advance();
        }
    }

    /** Unique three river: long black, black hammer-like with a new low, small white above that low. 100. */
    public static void uniqueThreeRiver(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                        int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_SHORT, BODY_LONG) + 2, out);
        if (first >= to) {
            return;
        }
        Average long2 = new Average(BODY_LONG, o, h, l, c, first, 2);
        Average short0 = new Average(BODY_SHORT, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            out[i] = realBody(o, c, i - 2) > long2.value()
                    && color(o, c, i - 2) == -1
                    && color(o, c, i - 1) == -1
                    && c[i - 1] > c[i - 2] && o[i - 1] <= o[i - 2]
                    && l[i - 1] < l[i - 2]
                    && realBody(o, c, i) < short0.value()
                    && color(o, c, i) == 1
                    && o[i] > l[i - 1] ? 100 : 0;
            long2.advance();
            short0.advance();
        }
    }

    /** Upside gap two crows: long white, small black gapping up, black engulfing it but closing above the white. -100. */
    public static void upsideGapTwoCrows(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                         int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_SHORT, BODY_LONG) + 2, out);
        if (first >= to) {
            return;
        }
        Average long2 = new Average(BODY_LONG, o, h, l, c, first, 2);
        Average short1 = new Average(BODY_SHORT, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 2) == 1
                    && realBody(o, c, i - 2) > long2.value()
                    && color(o, c, i - 1) == -1
                    && realBody(o, c, i - 1) <= short1.value()
                    && bodyGapUp(o, c, i - 1, i - 2)
                    && color(o, c, i) == -1
                    && o[i] > o[i - 1] && c[i] < c[i - 1]
                    && c[i] > c[i - 2] ? -100 : 0;
            long2.advance();
            short1.advance();
        }
    }

    /** Upside/downside gap three methods: a gap between two same-colour candles closed by the third. Sign = first colour. */
    public static void xSideGapThreeMethods(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                            int[] out) {
        int first = Warmup.begin(from, to, 2, out);
        for (int i = first; i < to; i++) {
            int c2 = color(o, c, i - 2);
            out[i] = c2 == color(o, c, i - 1)
                    && color(o, c, i - 1) == -color(o, c, i)
                    && o[i] < Math.max(c[i - 1], o[i - 1])
                    && o[i] > Math.min(c[i - 1], o[i - 1])
                    && c[i] < Math.max(c[i - 2], o[i - 2])
                    && c[i] > Math.min(c[i - 2], o[i - 2])
                    && (c2 == 1 && bodyGapUp(o, c, i - 1, i - 2) || c2 == -1 && bodyGapDown(o, c, i - 1, i - 2))
                    ? c2 * 100 : 0;
        }
    }
}
