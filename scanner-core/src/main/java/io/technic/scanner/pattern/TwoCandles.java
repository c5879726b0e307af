package io.technic.scanner.pattern;

import static io.technic.scanner.pattern.Candle.bodyGapDown;
import static io.technic.scanner.pattern.Candle.bodyGapUp;
import static io.technic.scanner.pattern.Candle.color;
import static io.technic.scanner.pattern.Candle.gapDown;
import static io.technic.scanner.pattern.Candle.gapUp;
import static io.technic.scanner.pattern.Candle.lowerShadow;
import static io.technic.scanner.pattern.Candle.realBody;
import static io.technic.scanner.pattern.Candle.upperShadow;
import static io.technic.scanner.pattern.CandleSetting.BODY_DOJI;
import static io.technic.scanner.pattern.CandleSetting.BODY_LONG;
import static io.technic.scanner.pattern.CandleSetting.BODY_SHORT;
import static io.technic.scanner.pattern.CandleSetting.EQUAL;
import static io.technic.scanner.pattern.CandleSetting.NEAR;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_LONG;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_VERY_SHORT;
import static io.technic.scanner.pattern.SingleCandle.lookback;

/**
 * Patterns of the last candle read against the one before (TA-Lib CDLHAMMER, CDLHANGINGMAN,
 * CDLINVERTEDHAMMER, CDLSHOOTINGSTAR, CDLENGULFING, CDLHARAMI, CDLHARAMICROSS, CDLPIERCING,
 * CDLDARKCLOUDCOVER, CDLDOJISTAR, CDLCOUNTERATTACK, CDLHOMINGPIGEON, CDLINNECK, CDLONNECK,
 * CDLTHRUSTING, CDLKICKING, CDLKICKINGBYLENGTH, CDLMATCHINGLOW, CDLSEPARATINGLINES).
 * Conventions in package-info.
 */
public final class TwoCandles {

    private TwoCandles() {}

    /** Hammer: small body near the prior low, long lower shadow, almost no upper one. 100 (bullish). */
    public static void hammer(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        hammerShape(o, h, l, c, from, to, out, true, true);
    }

    /** Hanging man: the hammer's shape near the prior high. -100 (bearish). */
    public static void hangingMan(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        hammerShape(o, h, l, c, from, to, out, true, false);
    }

    private static void hammerShape(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out,
                                    boolean lowerLong, boolean bullish) {
        int first = Warmup.begin(from, to, lookback(BODY_SHORT, SHADOW_LONG, SHADOW_VERY_SHORT, NEAR) + 1, out);
        if (first >= to) {
            return;
        }
        Average body = new Average(BODY_SHORT, o, h, l, c, first, 0);
        Average shadowLong = new Average(SHADOW_LONG, o, h, l, c, first, 0);
        Average veryShort = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 0);
        Average near = new Average(NEAR, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            boolean shape = realBody(o, c, i) < body.value()
                    && lowerShadow(o, l, c, i) > shadowLong.value()
                    && upperShadow(o, h, c, i) < veryShort.value();
            double bottom = Math.min(c[i], o[i]);
            boolean place = bullish ? bottom <= l[i - 1] + near.value() : bottom >= h[i - 1] - near.value();
            out[i] = shape && place ? (bullish ? 100 : -100) : 0;
            body.advance();
            shadowLong.advance();
            veryShort.advance();
            near.advance();
        }
    }

    /** Inverted hammer: small body gapping down, long upper shadow, almost no lower one. 100 (bullish). */
    public static void invertedHammer(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        star(o, h, l, c, from, to, out, true);
    }

    /** Shooting star: small body gapping up, long upper shadow, almost no lower one. -100 (bearish). */
    public static void shootingStar(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        star(o, h, l, c, from, to, out, false);
    }

    private static void star(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out,
                             boolean inverted) {
        int first = Warmup.begin(from, to, lookback(BODY_SHORT, SHADOW_LONG, SHADOW_VERY_SHORT) + 1, out);
        if (first >= to) {
            return;
        }
        Average body = new Average(BODY_SHORT, o, h, l, c, first, 0);
        Average shadowLong = new Average(SHADOW_LONG, o, h, l, c, first, 0);
        Average veryShort = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            boolean shape = realBody(o, c, i) < body.value()
                    && upperShadow(o, h, c, i) > shadowLong.value()
                    && lowerShadow(o, l, c, i) < veryShort.value();
            boolean gap = inverted ? bodyGapDown(o, c, i, i - 1) : bodyGapUp(o, c, i, i - 1);
            out[i] = shape && gap ? (inverted ? 100 : -100) : 0;
            body.advance();
            shadowLong.advance();
            veryShort.advance();
        }
    }

    /** Engulfing: a body of the opposite colour engulfs the prior body. Sign = last candle's colour. */
    public static void engulfing(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, 2, out);
        for (int i = first; i < to; i++) {
            int color = color(o, c, i);
            int prior = color(o, c, i - 1);
            boolean white = color == 1 && prior == -1 && c[i] > o[i - 1] && o[i] < c[i - 1];
            boolean black = color == -1 && prior == 1 && o[i] > c[i - 1] && c[i] < o[i - 1];
            out[i] = white || black ? color * 100 : 0;
        }
    }

    /** Harami: a short body inside the prior long body. Sign = opposite of the first candle's colour. */
    public static void harami(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        harami(o, h, l, c, from, to, out, BODY_SHORT);
    }

    /** Harami cross: a doji inside the prior long body. Sign = opposite of the first candle's colour. */
    public static void haramiCross(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        harami(o, h, l, c, from, to, out, BODY_DOJI);
    }

    private static void harami(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out,
                               CandleSetting small) {
        int first = Warmup.begin(from, to, lookback(small, BODY_LONG) + 1, out);
        if (first >= to) {
            return;
        }
        Average longBody = new Average(BODY_LONG, o, h, l, c, first, 1);
        Average smallBody = new Average(small, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            out[i] = realBody(o, c, i - 1) > longBody.value()
                    && realBody(o, c, i) <= smallBody.value()
                    && Math.max(c[i], o[i]) < Math.max(c[i - 1], o[i - 1])
                    && Math.min(c[i], o[i]) > Math.min(c[i - 1], o[i - 1]) ? -color(o, c, i - 1) * 100 : 0;
            longBody.advance();
            smallBody.advance();
        }
    }

    /** Piercing: long black, then a long white opening below its low and closing above its midpoint. 100. */
    public static void piercing(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_LONG) + 1, out);
        if (first >= to) {
            return;
        }
        Average long1 = new Average(BODY_LONG, o, h, l, c, first, 1);
        Average long0 = new Average(BODY_LONG, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 1) == -1
                    && realBody(o, c, i - 1) > long1.value()
                    && color(o, c, i) == 1
                    && realBody(o, c, i) > long0.value()
                    && o[i] < l[i - 1]
                    && c[i] < o[i - 1]
                    && c[i] > c[i - 1] + realBody(o, c, i - 1) * 0.5 ? 100 : 0;
            long1.advance();
            long0.advance();
        }
    }

    /**
     * Dark cloud cover: long white, then a black opening above its high and closing below
     * {@code penetration} (fraction, TA-Lib default 0.5) of its body. -100.
     *
     * @throws IllegalArgumentException if {@code penetration} is negative or NaN
     */
    public static void darkCloudCover(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                      double penetration, int[] out) {
        Warmup.penetration(penetration);
        int first = Warmup.begin(from, to, lookback(BODY_LONG) + 1, out);
        if (first >= to) {
            return;
        }
        Average long1 = new Average(BODY_LONG, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 1) == 1
                    && realBody(o, c, i - 1) > long1.value()
                    && color(o, c, i) == -1
                    && o[i] > h[i - 1]
                    && c[i] > o[i - 1]
                    && c[i] < c[i - 1] - realBody(o, c, i - 1) * penetration ? -100 : 0;
            long1.advance();
        }
    }

    /** Doji star: long body, then a doji gapping away in its direction. Sign = opposite of the first colour. */
    public static void dojiStar(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_DOJI, BODY_LONG) + 1, out);
        if (first >= to) {
            return;
        }
        Average long1 = new Average(BODY_LONG, o, h, l, c, first, 1);
        Average doji = new Average(BODY_DOJI, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            int prior = color(o, c, i - 1);
            out[i] = realBody(o, c, i - 1) > long1.value()
                    && realBody(o, c, i) <= doji.value()
                    && (prior == 1 && bodyGapUp(o, c, i, i - 1) || prior == -1 && bodyGapDown(o, c, i, i - 1))
                    ? -prior * 100 : 0;
            long1.advance();
            doji.advance();
        }
    }

    /** Counterattack: two long bodies of opposite colour closing at the same level. Sign = last colour. */
    public static void counterAttack(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(EQUAL, BODY_LONG) + 1, out);
        if (first >= to) {
            return;
        }
        Average long1 = new Average(BODY_LONG, o, h, l, c, first, 1);
        Average long0 = new Average(BODY_LONG, o, h, l, c, first, 0);
        Average equal = new Average(EQUAL, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            int color = color(o, c, i);
            double eq = equal.value();
            out[i] = color(o, c, i - 1) == -color
                    && realBody(o, c, i - 1) > long1.value()
                    && realBody(o, c, i) > long0.value()
                    && c[i] <= c[i - 1] + eq
                    && c[i] >= c[i - 1] - eq ? color * 100 : 0;
            long1.advance();
            long0.advance();
            equal.advance();
        }
    }

    /** Homing pigeon: long black, then a short black inside its body. 100 (bullish). */
    public static void homingPigeon(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_SHORT, BODY_LONG) + 1, out);
        if (first >= to) {
            return;
        }
        Average long1 = new Average(BODY_LONG, o, h, l, c, first, 1);
        Average short0 = new Average(BODY_SHORT, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            out[i] = color(o, c, i - 1) == -1
                    && color(o, c, i) == -1
                    && realBody(o, c, i - 1) > long1.value()
                    && realBody(o, c, i) <= short0.value()
                    && o[i] < o[i - 1]
                    && c[i] > c[i - 1] ? 100 : 0;
            long1.advance();
            short0.advance();
        }
    }

    /** In-neck: long black, then a white opening below its low and closing just into its body. -100. */
    public static void inNeck(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        neck(o, h, l, c, from, to, out, 0);
    }

    /** On-neck: long black, then a white opening below its low and closing at its low. -100. */
    public static void onNeck(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        neck(o, h, l, c, from, to, out, 1);
    }

    /** Thrusting: long black, then a white opening below its low and closing under its midpoint. -100. */
    public static void thrusting(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        neck(o, h, l, c, from, to, out, 2);
    }

    private static void neck(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out, int kind) {
        int first = Warmup.begin(from, to, lookback(EQUAL, BODY_LONG) + 1, out);
        if (first >= to) {
            return;
        }
        Average long1 = new Average(BODY_LONG, o, h, l, c, first, 1);
        Average equal = new Average(EQUAL, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            double eq = equal.value();
            boolean close = switch (kind) {
                case 0 -> c[i] <= c[i - 1] + eq && c[i] >= c[i - 1];
                case 1 -> c[i] <= l[i - 1] + eq && c[i] >= l[i - 1] - eq;
                default -> c[i] > c[i - 1] + eq && c[i] <= c[i - 1] + realBody(o, c, i - 1) * 0.5;
            };
            out[i] = color(o, c, i - 1) == -1
                    && realBody(o, c, i - 1) > long1.value()
                    && color(o, c, i) == 1
                    && o[i] < l[i - 1]
                    && close ? -100 : 0;
            long1.advance();
            equal.advance();
        }
    }

    /** Kicking: two marubozu of opposite colour with a gap between them. Sign = last colour. */
    public static void kicking(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        kicking(o, h, l, c, from, to, out, false);
    }

    /** Kicking by length: kicking whose sign is the colour of the longer marubozu. */
    public static void kickingByLength(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        kicking(o, h, l, c, from, to, out, true);
    }

    private static void kicking(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out,
                                boolean byLength) {
        int first = Warmup.begin(from, to, lookback(SHADOW_VERY_SHORT, BODY_LONG) + 1, out);
        if (first >= to) {
            return;
        }
        Average long1 = new Average(BODY_LONG, o, h, l, c, first, 1);
        Average long0 = new Average(BODY_LONG, o, h, l, c, first, 0);
        Average vs1 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 1);
        Average vs0 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            int prior = color(o, c, i - 1);
            boolean hit = prior == -color(o, c, i)
                    && realBody(o, c, i - 1) > long1.value()
                    && upperShadow(o, h, c, i - 1) < vs1.value()
                    && lowerShadow(o, l, c, i - 1) < vs1.value()
                    && realBody(o, c, i) > long0.value()
                    && upperShadow(o, h, c, i) < vs0.value()
                    && lowerShadow(o, l, c, i) < vs0.value()
                    && (prior == -1 && gapUp(h, l, i, i - 1) || prior == 1 && gapDown(h, l, i, i - 1));
            int signBar = byLength && realBody(o, c, i) <= realBody(o, c, i - 1) ? i - 1 : i;
            out[i] = hit ? color(o, c, signBar) * 100 : 0;
            long1.advance();
            long0.advance();
            vs1.advance();
            vs0.advance();
        }
    }

    /** Matching low: two black candles closing at the same level. 100 (bullish). */
    public static void matchingLow(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(EQUAL) + 1, out);
        if (first >= to) {
            return;
        }
        Average equal = new Average(EQUAL, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            double eq = equal.value();
            out[i] = color(o, c, i - 1) == -1
                    && color(o, c, i) == -1
                    && c[i] <= c[i - 1] + eq
                    && c[i] >= c[i - 1] - eq ? 100 : 0;
            equal.advance();
        }
    }

    /**
     * Separating lines: opposite colours, same open, the second a belt hold (long body, no shadow
     * on the opening side). Sign = last colour.
     */
    public static void separatingLines(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                       int[] out) {
        int first = Warmup.begin(from, to, lookback(SHADOW_VERY_SHORT, BODY_LONG, EQUAL) + 1, out);
        if (first >= to) {
            return;
        }
        Average long0 = new Average(BODY_LONG, o, h, l, c, first, 0);
        Average vs0 = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 0);
        Average equal = new Average(EQUAL, o, h, l, c, first, 1);
        for (int i = first; i < to; i++) {
            int color = color(o, c, i);
            double eq = equal.value();
            double vs = vs0.value();
            out[i] = color(o, c, i - 1) == -color
                    && o[i] <= o[i - 1] + eq
                    && o[i] >= o[i - 1] - eq
                    && realBody(o, c, i) > long0.value()
                    && (color == 1 && lowerShadow(o, l, c, i) < vs || color == -1 && upperShadow(o, h, c, i) < vs)
                    ? color * 100 : 0;
            long0.advance();
            vs0.advance();
            equal.advance();
        }
    }
}
