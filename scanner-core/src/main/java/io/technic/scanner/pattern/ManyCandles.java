package io.technic.scanner.pattern;

import static io.technic.scanner.pattern.Candle.bodyGapDown;
import static io.technic.scanner.pattern.Candle.bodyGapUp;
import static io.technic.scanner.pattern.Candle.color;
import static io.technic.scanner.pattern.Candle.lowerShadow;
import static io.technic.scanner.pattern.Candle.realBody;
import static io.technic.scanner.pattern.Candle.upperShadow;
import static io.technic.scanner.pattern.CandleSetting.BODY_LONG;
import static io.technic.scanner.pattern.CandleSetting.BODY_SHORT;
import static io.technic.scanner.pattern.CandleSetting.NEAR;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_VERY_SHORT;
import static io.technic.scanner.pattern.SingleCandle.lookback;

/**
 * Patterns of four or five candles (TA-Lib CDL3LINESTRIKE, CDLBREAKAWAY, CDLCONCEALBABYSWALL,
 * CDLLADDERBOTTOM, CDLMATHOLD, CDLRISEFALL3METHODS). Conventions in package-info.
 */
public final class ManyCandles {

    /** TA-Lib's default penetration of the mat hold, a fraction of the first real body. */
    public static final double MAT_HOLD_PENETRATION = 0.5;

    private ManyCandles() {}

    /** Three-line strike: three same-colour candles in a row, then one opposite candle wiping them out. Sign = the three's colour. */
    public static void threeLineStrike(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(NEAR) + 3, out);
        if (first >= to) {
            return;
        }
        Average near3 = new Average(NEAR, o, h, l, c, first, 3);
        Average near2 = new Average(NEAR, o, h, l, c, first, 2);
        for (int i = first; i < to; i++) {
            int c1 = color(o, c, i - 1);
            double n3 = near3.value();
            double n2 = near2.value();
            out[i] = color(o, c, i - 3) == color(o, c, i - 2)
                    && color(o, c, i - 2) == c1
                    && color(o, c, i) == -c1
                    && o[i - 2] >= Math.min(o[i - 3], c[i - 3]) - n3
                    && o[i - 2] <= Math.max(o[i - 3], c[i - 3]) + n3
                    && o[i - 1] >= Math.min(o[i - 2], c[i - 2]) - n2
                    && o[i - 1] <= Math.max(o[i - 2], c[i - 2]) + n2
                    && (c1 == 1 && c[i - 1] > c[i - 2] && c[i - 2] > c[i - 3] && o[i] > c[i - 1] && c[i] < o[i - 3]
                        || c1 == -1 && c[i - 1] < c[i - 2] && c[i - 2] < c[i - 3] && o[i] < c[i - 1]
                            && c[i] > o[i - 3]) ? c1 * 100 : 0;
            near3.advance();
            near2.advance();
        }
    }

    /** Breakaway: a long candle, a gap, three candles drifting on, then a reversal closing inside the gap. Sign = last colour. */
    public static void breakaway(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_LONG) + 4, out);
        if (first >= to) {
            return;
        }
        Average long4 = new Average(BODY_LONG, o, h, l, c, first, 4);
        for (int i = first; i < to; i++) {
            int c4 = color(o, c, i - 4);
            int c0 = color(o, c, i);
            out[i] = realBody(o, c, i - 4) > long4.value()
                    && c4 == color(o, c, i - 3)
                    && color(o, c, i - 3) == color(o, c, i - 1)
                    && color(o, c, i - 1) == -c0
                    && (c4 == -1 && bodyGapDown(o, c, i - 3, i - 4)
                            && h[i - 2] < h[i - 3] && l[i - 2] < l[i - 3]
                            && h[i - 1] < h[i - 2] && l[i - 1] < l[i - 2]
                            && c[i] > o[i - 3] && c[i] < c[i - 4]
                        || c4 == 1 && bodyGapUp(o, c, i - 3, i - 4)
                            && h[i - 2] > h[i - 3] && l[i - 2] > l[i - 3]
                            && h[i - 1] > h[i - 2] && l[i - 1] > l[i - 2]
                            && c[i] < o[i - 3] && c[i] > c[i - 4]) ? c0 * 100 : 0;
            long4.advance();
        }
    }

    /** Concealing baby swallow: two black marubozu, a black gapping down with an upper shadow, a black engulfing it. 100. */
    public static void concealBabysWall(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                        int[] out) {
        int first = Warmup.begin(from, to, lookback(SHADOW_VERY_SHORT) + 3, out);
        if (first >= to) {
            return;
        }
        Average vs3 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 3);
        Average vs2 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 2);
        Average vs1 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 3) == -1 && color(o, c, i - 2) == -1
                    && color(o, c, i - 1) == -1 && color(o, c, i) == -1
                    && lowerShadow(o, l, c, i - 3) < vs3.value()
                    && upperShadow(o, h, c, i - 3) < vs3.value()
                    && lowerShadow(o, l, c, i - 2) < vs2.value()
                    && upperShadow(o, h, c, i - 2) < vs2.value()
                    && bodyGapDown(o, c, i - 1, i - 2)
                    && upperShadow(o, h, c, i - 1) > vs1.value()
                    && h[i - 1] > c[i - 2]
                    && h[i] > h[i - 1] && l[i] < l[i - 1] ? 100 : 0;
            vs3.advance();
            vs2.advance();
            vs1.advance();
        }
    }

    /** Ladder bottom: three declining blacks, a black with an upper shadow, a white gapping up above it. 100. */
    public static void ladderBottom(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(SHADOW_VERY_SHORT) + 4, out);
        if (first >= to) {
            return;
        }
        Average vs1 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 4) == -1 && color(o, c, i - 3) == -1 && color(o, c, i - 2) == -1
                    && o[i - 4] > o[i - 3] && o[i - 3] > o[i - 2]
                    && c[i - 4] > c[i - 3] && c[i - 3] > c[i - 2]
                    && color(o, c, i - 1) == -1
                    && upperShadow(o, h, c, i - 1) > vs1.value()
                    && color(o, c, i) == 1
                    && o[i] > o[i - 1]
                    && c[i] > h[i - 1] ? 100 : 0;
            vs1.advance();
        }
    }

    /**
     * Mat hold: long white, three small falling candles gapping up and holding within
     * {@code penetration} (fraction; TA-Lib default 0.5) of its body, then a white closing above them. 100.
     *
     * @throws IllegalArgumentException if {@code penetration} is negative or NaN
     */
    public static void matHold(double[] o, double[] h, double[] l, double[] c, int from, int to, double penetration,
                               int[] out) {
        Warmup.penetration(penetration);
        int first = Warmup.begin(from, to, lookback(BODY_SHORT, BODY_LONG) + 4, out);
        if (first >= to) {
            return;
        }
        Average long4 = new Average(BODY_LONG, o, h, l, c, first, 4);
        Average short3 = new Average(BODY_SHORT, o, h, l, c, first, 3);
        Average short2 = new Average(BODY_SHORT, o, h, l, c, first, 2);
        Average short1 = new Average(BODY_SHORT, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            double floor = c[i - 4] - realBody(o, c, i - 4) * penetration;
            double bottom2 = Math.min(o[i - 2], c[i - 2]);
            double bottom1 = Math.min(o[i - 1], c[i - 1]);
            out[i] = realBody(o, c, i - 4) > long4.value()
                    && realBody(o, c, i - 3) < short3.value()
                    && realBody(o, c, i - 2) < short2.value()
                    && realBody(o, c, i - 1) < short1.value()
                    && color(o, c, i - 4) == 1
                    && color(o, c, i - 3) == -1
                    && color(o, c, i) == 1
                    && bodyGapUp(o, c, i - 3, i - 4)
                    && bottom2 < c[i - 4]
                    && bottom1 < c[i - 4]
                    && bottom2 > floor
                    && bottom1 > floor
                    && Math.max(c[i - 2], o[i - 2]) < o[i - 3]
                    && Math.max(c[i - 1], o[i - 1]) < Math.max(c[i - 2], o[i - 2])
                    && o[i] > c[i - 1]
                    && c[i] > Math.max(Math.max(h[i - 3], h[i - 2]), h[i - 1]) ? 100 : 0;
            long4.advance();
            short3.advance();
            short2.advance();
            short1.advance();
        }
    }

    /**
     * Rising/falling three methods: a long candle, three small ones against it held within its
     * range, then a long candle continuing past its close. Sign = the first candle's colour.
     */
    public static void riseFallThreeMethods(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                            int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_SHORT, BODY_LONG) + 4, out);
        if (first >= to) {
            return;
        }
        Average long4 = new Average(BODY_LONG, o, h, l, c, first, 4);
        Average short3 = new Average(BODY_SHORT, o, h, l, c, first, 3);
        Average short2 = new Average(BODY_SHORT, o, h, l, c, first, 2);
        Average short1 = new Average(BODY_SHORT, o, h, l, c, first, 1);
        Average long0 = new Average(BODY_LONG, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            int c4 = color(o, c, i - 4);
            out[i] = realBody(o, c, i - 4) > long4.value()
                    && realBody(o, c, i - 3) < short3.value()
                    && realBody(o, c, i - 2) < short2.value()
                    && realBody(o, c, i - 1) < short1.value()
                    && realBody(o, c, i) > long0.value()
                    && c4 == -color(o, c, i - 3)
                    && color(o, c, i - 3) == color(o, c, i - 2)
                    && color(o, c, i - 2) == color(o, c, i - 1)
                    && color(o, c, i - 1) == -color(o, c, i)
                    && Math.min(o[i - 3], c[i - 3]) < h[i - 4] && Math.max(o[i - 3], c[i - 3]) > l[i - 4]
                    && Math.min(o[i - 2], c[i - 2]) < h[i - 4] && Math.max(o[i - 2], c[i - 2]) > l[i - 4]
                    && Math.min(o[i - 1], c[i - 1]) < h[i - 4] && Math.max(o[i - 1], c[i - 1]) > l[i - 4]
                    && c[i - 2] * c4 < c[i - 3] * c4
                    && c[i - 1] * c4 < c[i - 2] * c4
                    && o[i] * c4 > c[i - 1] * c4
                    && c[i] * c4 > c[i - 4] * c4 ? 100 * c4 : 0;
            long4.advance();
            short3.advance();
            short2.advance();
            short1.advance();
            long0.advance();
        }
    }
}
