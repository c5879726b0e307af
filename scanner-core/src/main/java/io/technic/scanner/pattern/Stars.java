package io.technic.scanner.pattern;

import static io.technic.scanner.pattern.Candle.bodyGapDown;
import static io.technic.scanner.pattern.Candle.bodyGapUp;
import static io.technic.scanner.pattern.Candle.color;
import static io.technic.scanner.pattern.Candle.gapDown;
import static io.technic.scanner.pattern.Candle.gapUp;
import static io.technic.scanner.pattern.Candle.realBody;
import static io.technic.scanner.pattern.CandleSetting.BODY_DOJI;
import static io.technic.scanner.pattern.CandleSetting.BODY_LONG;
import static io.technic.scanner.pattern.CandleSetting.BODY_SHORT;
import static io.technic.scanner.pattern.SingleCandle.lookback;

/**
 * Three-candle star reversals (TA-Lib CDLMORNINGSTAR, CDLEVENINGSTAR, CDLMORNINGDOJISTAR,
 * CDLEVENINGDOJISTAR, CDLABANDONEDBABY): a long candle, a small one (or doji) gapping away, and a
 * third closing at least {@code penetration} (a fraction of the first body; TA-Lib's default 0.3)
 * back into the first body. Conventions in package-info.
 */
public final class Stars {

    /** TA-Lib's default penetration of the stars, a fraction of the first real body. */
    public static final double PENETRATION = 0.3;

    private Stars() {}

    /**
     * Morning star: long black, short body gapping down, white closing into the black body. 100.
     *
     * @throws IllegalArgumentException if {@code penetration} is negative or NaN
     */
    public static void morningStar(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                   double penetration, int[] out) {
        star(o, h, l, c, from, to, penetration, out, BODY_SHORT, true);
    }

    /**
     * Evening star: long white, short body gapping up, black closing into the white body. -100.
     *
     * @throws IllegalArgumentException if {@code penetration} is negative or NaN
     */
    public static void eveningStar(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                   double penetration, int[] out) {
        star(o, h, l, c, from, to, penetration, out, BODY_SHORT, false);
    }

    /**
     * Morning doji star: the morning star with a doji in the middle. 100.
     *
     * @throws IllegalArgumentException if {@code penetration} is negative or NaN
     */
    public static void morningDojiStar(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                       double penetration, int[] out) {
        star(o, h, l, c, from, to, penetration, out, BODY_DOJI, true);
    }

    /**
     * Evening doji star: the evening star with a doji in the middle. -100.
     *
     * @throws IllegalArgumentException if {@code penetration} is negative or NaN
     */
    public static void eveningDojiStar(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                       double penetration, int[] out) {
        star(o, h, l, c, from, to, penetration, out, BODY_DOJI, false);
    }

    private static void star(double[] o, double[] h, double[] l, double[] c, int from, int to, double penetration,
                             int[] out, CandleSetting middle, boolean morning) {
        Warmup.penetration(penetration);
        int first = Warmup.begin(from, to, lookback(middle, BODY_LONG, BODY_SHORT) + 2, out);
        if (first >= to) {
            return;
        }
        Average long2 = new Average(BODY_LONG, o, h, l, c, first, 2);
        Average small1 = new Average(middle, o, h, l, c, first, 1);
        Average short0 = new Average(BODY_SHORT, o, h, l, c, first, 0);
        int sign = morning ? 1 : -1;
        for (int i = first; i < to; i++) {
            boolean gap = morning ? bodyGapDown(o, c, i - 1, i - 2) : bodyGapUp(o, c, i - 1, i - 2);
            double rb2 = realBody(o, c, i - 2);
            boolean third = morning ? c[i] > c[i - 2] + rb2 * penetration : c[i] < c[i - 2] - rb2 * penetration;
            out[i] = rb2 > long2.value()
                    && color(o, c, i - 2) == -sign
                    && realBody(o, c, i - 1) <= small1.value()
                    && gap
                    && realBody(o, c, i) > short0.value()
                    && color(o, c, i) == sign
                    && third ? sign * 100 : 0;
            long2.advance();
            small1.advance();
            short0.advance();
        }
    }

    /**
     * Abandoned baby: long candle, a doji gapping away from it (shadows included), then a candle
     * gapping back the other way and closing {@code penetration} into the first body. Sign = the
     * third candle's colour.
     *
     * @throws IllegalArgumentException if {@code penetration} is negative or NaN
     */
    public static void abandonedBaby(double[] o, double[] h, double[] l, double[] c, int from, int to,
                                     double penetration, int[] out) {
        Warmup.penetration(penetration);
        int first = Warmup.begin(from, to, lookback(BODY_DOJI, BODY_LONG, BODY_SHORT) + 2, out);
        if (first >= to) {
            return;
        }
        Average long2 = new Average(BODY_LONG, o, h, l, c, first, 2);
        Average doji1 = new Average(BODY_DOJI, o, h, l, c, first, 1);
        Average short0 = new Average(BODY_SHORT, o, h, l, c, first, 0);
        for (int i = first; i < to; i++) {
            int c2 = color(o, c, i - 2);
            int c0 = color(o, c, i);
            double rb2 = realBody(o, c, i - 2);
            out[i] = rb2 > long2.value()
                    && realBody(o, c, i - 1) <= doji1.value()
                    && realBody(o, c, i) > short0.value()
                    && (c2 == 1 && c0 == -1 && c[i] < c[i - 2] - rb2 * penetration
                            && gapUp(h, l, i - 1, i - 2) && gapDown(h, l, i, i - 1)
                        || c2 == -1 && c0 == 1 && c[i] > c[i - 2] + rb2 * penetration
                            && gapDown(h, l, i - 1, i - 2) && gapUp(h, l, i, i - 1)) ? c0 * 100 : 0;
            long2.advance();
            doji1.advance();
            short0.advance();
        }
    }
}
