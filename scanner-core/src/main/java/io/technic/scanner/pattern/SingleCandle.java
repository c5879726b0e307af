package io.technic.scanner.pattern;

import static io.technic.scanner.pattern.Candle.color;
import static io.technic.scanner.pattern.Candle.lowerShadow;
import static io.technic.scanner.pattern.Candle.realBody;
import static io.technic.scanner.pattern.Candle.upperShadow;
import static io.technic.scanner.pattern.CandleSetting.BODY_DOJI;
import static io.technic.scanner.pattern.CandleSetting.BODY_LONG;
import static io.technic.scanner.pattern.CandleSetting.BODY_SHORT;
import static io.technic.scanner.pattern.CandleSetting.NEAR;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_LONG;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_SHORT;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_VERY_LONG;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_VERY_SHORT;

/**
 * Patterns read from one candle's body and shadows (TA-Lib CDLDOJI, CDLDRAGONFLYDOJI,
 * CDLGRAVESTONEDOJI, CDLLONGLEGGEDDOJI, CDLRICKSHAWMAN, CDLTAKURI, CDLHIGHWAVE, CDLLONGLINE,
 * CDLSHORTLINE, CDLMARUBOZU, CDLCLOSINGMARUBOZU, CDLSPINNINGTOP, CDLBELTHOLD). Lookbacks are the
 * longest averaging period involved (10 with the default settings). Conventions in package-info.
 */
public final class SingleCandle {

    private SingleCandle() {}

    static int lookback(CandleSetting... settings) {
        int p = 0;
        for (CandleSetting s : settings) {
            p = Math.max(p, s.period());
        }
        return p;
    }

    /** Doji: real body at most 10% of the average high-low range. 100 = present (no direction). */
    public static void doji(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_DOJI), out);
        if (first >= to) {
            return;
        }
        Average doji = new Average(BODY_DOJI, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            out[i] = realBody(o, c, i) <= doji.value() ? 100 : 0;
            doji.advance();
        }
    }

    /** Dragonfly doji: doji with no upper shadow and a lower one. 100 = present. */
    public static void dragonflyDoji(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        dojiShadows(o, h, l, c, from, to, out, false);
    }

    /** Gravestone doji: doji with no lower shadow and an upper one. 100 = present. */
    public static void gravestoneDoji(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        dojiShadows(o, h, l, c, from, to, out, true);
    }

    private static void dojiShadows(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out,
                                    boolean gravestone) {
        int first = Warmup.begin(from, to, lookback(BODY_DOJI, SHADOW_VERY_SHORT), out);
        if (first >= to) {
            return;
        }
        Average doji = new Average(BODY_DOJI, o, h, l, c, first, 0);
        Average veryShort = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            double vs = veryShort.value();
            double shortSide = gravestone ? lowerShadow(o, l, c, i) : upperShadow(o, h, c, i);
            double longSide = gravestone ? upperShadow(o, h, c, i) : lowerShadow(o, l, c, i);
            out[i] = realBody(o, c, i) <= doji.value() && shortSide < vs && longSide > vs ? 100 : 0;
            doji.advance();
            veryShort.advance();
        }
    }

    /** Long-legged doji: doji with one long shadow. 100 = present. */
    public static void longLeggedDoji(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_DOJI, SHADOW_LONG), out);
        if (first >= to) {
            return;
        }
        Average doji = new Average(BODY_DOJI, o, h, l, c, first, 0);
        Average shadowLong = new Average(SHADOW_LONG, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            double sl = shadowLong.value();
            out[i] = realBody(o, c, i) <= doji.value()
                    && (lowerShadow(o, l, c, i) > sl || upperShadow(o, h, c, i) > sl) ? 100 : 0;
            doji.advance();
            shadowLong.advance();
        }
    }

    /** Rickshaw man: doji with two long shadows and the body near the middle of the range. 100 = present. */
    public static void rickshawMan(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_DOJI, SHADOW_LONG, NEAR), out);
        if (first >= to) {
            return;
        }
        Average doji = new Average(BODY_DOJI, o, h, l, c, first, 0);
        Average shadowLong = new Average(SHADOW_LONG, o, h, l, c, first, 0);
        Average near = new Average(NEAR, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            double sl = shadowLong.value();
            double mid = l[i] + (h[i] - l[i]) / 2;
            out[i] = realBody(o, c, i) <= doji.value()
                    && lowerShadow(o, l, c, i) > sl && upperShadow(o, h, c, i) > sl
                    && Math.min(o[i], c[i]) <= mid + near.value()
                    && Math.max(o[i], c[i]) >= mid - near.value() ? 100 : 0;
            doji.advance();
            shadowLong.advance();
            near.advance();
        }
    }

    /** Takuri: dragonfly doji with a very long lower shadow. 100 = present (bullish after a decline). */
    public static void takuri(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_DOJI, SHADOW_VERY_SHORT, SHADOW_VERY_LONG), out);
        if (first >= to) {
            return;
        }
        Average doji = new Average(BODY_DOJI, o, h, l, c, first, 0);
        Average veryShort = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 0);
        Average veryLong = new Average(SHADOW_VERY_LONG, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            out[i] = realBody(o, c, i) <= doji.value()
                    && upperShadow(o, h, c, i) < veryShort.value()
                    && lowerShadow(o, l, c, i) > veryLong.value() ? 100 : 0;
            doji.advance();
            veryShort.advance();
            veryLong.advance();
        }
    }

    /** High wave: short body, both shadows very long. Sign = candle colour. */
    public static void highWave(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_SHORT, SHADOW_VERY_LONG), out);
        if (first >= to) {
            return;
        }
        Average body = new Average(BODY_SHORT, o, h, l, c, first, 0);
        Average shadow = new Average(SHADOW_VERY_LONG, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            double vl = shadow.value();
            out[i] = realBody(o, c, i) < body.value()
                    && upperShadow(o, h, c, i) > vl && lowerShadow(o, l, c, i) > vl ? color(o, c, i) * 100 : 0;
            body.advance();
            shadow.advance();
        }
    }

    /** Long line: long body, short shadows. Sign = candle colour. */
    public static void longLine(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        bodyAndShadows(o, h, l, c, from, to, out, BODY_LONG, SHADOW_SHORT, true);
    }

    /** Short line: short body, short shadows. Sign = candle colour. */
    public static void shortLine(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        bodyAndShadows(o, h, l, c, from, to, out, BODY_SHORT, SHADOW_SHORT, false);
    }

    /** Marubozu: long body, (almost) no shadows. Sign = candle colour. */
    public static void marubozu(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        bodyAndShadows(o, h, l, c, from, to, out, BODY_LONG, SHADOW_VERY_SHORT, true);
    }

    private static void bodyAndShadows(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out,
                                       CandleSetting bodySetting, CandleSetting shadowSetting, boolean longBody) {
        int first = Warmup.begin(from, to, lookback(bodySetting, shadowSetting), out);
        if (first >= to) {
            return;
        }
        Average body = new Average(bodySetting, o, h, l, c, first, 0);
        Average shadow = new Average(shadowSetting, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            double rb = realBody(o, c, i);
            double s = shadow.value();
            boolean bodyOk = longBody ? rb > body.value() : rb < body.value();
            out[i] = bodyOk && upperShadow(o, h, c, i) < s && lowerShadow(o, l, c, i) < s ? color(o, c, i) * 100 : 0;
            body.advance();
            shadow.advance();
        }
    }

    /**
     * Closing marubozu: long body without a shadow on the closing side. Sign = candle colour.
     */
    public static void closingMarubozu(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        oneShadowMissing(o, h, l, c, from, to, out, true);
    }

    /** Belt hold: long body without a shadow on the opening side. Sign = candle colour. */
    public static void beltHold(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        oneShadowMissing(o, h, l, c, from, to, out, false);
    }

    private static void oneShadowMissing(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out,
                                         boolean closingSide) {
        int first = Warmup.begin(from, to, lookback(BODY_LONG, SHADOW_VERY_SHORT), out);
        if (first >= to) {
            return;
        }
        Average body = new Average(BODY_LONG, o, h, l, c, first, 0);
        Average veryShort = new Average(SHADOW_VERY_SHORT, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            int color = color(o, c, i);
            double vs = veryShort.value();
            // White: the close is the top (closing side = upper shadow), the open the bottom.
            boolean upper = (color == 1) == closingSide;
            double shadow = upper ? upperShadow(o, h, c, i) : lowerShadow(o, l, c, i);
            out[i] = realBody(o, c, i) > body.value() && shadow < vs ? color * 100 : 0;
            body.advance();
            veryShort.advance();
        }
    }

    /** Spinning top: short body with both shadows longer than it. Sign = candle colour. */
    public static void spinningTop(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, lookback(BODY_SHORT), out);
        if (first >= to) {
            return;
        }
        Average body = new Average(BODY_SHORT, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            double rb = realBody(o, c, i);
            out[i] = rb < body.value() && upperShadow(o, h, c, i) > rb && lowerShadow(o, l, c, i) > rb
                    ? color(o, c, i) * 100 : 0;
            body.advance();
        }
    }
}
