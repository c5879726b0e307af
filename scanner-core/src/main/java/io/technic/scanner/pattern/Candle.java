package io.technic.scanner.pattern;

/** TA-Lib's candle measures (ta_utility.h), one candle or a pair at a time, in price units. */
final class Candle {

    private Candle() {}

    static double realBody(double[] open, double[] close, int i) {
        return Math.abs(close[i] - open[i]);
    }

    /** {@code high - max(open, close)}. */
    static double upperShadow(double[] open, double[] high, double[] close, int i) {
        return high[i] - (close[i] >= open[i] ? close[i] : open[i]);
    }

    /** {@code min(open, close) - low}. */
    static double lowerShadow(double[] open, double[] low, double[] close, int i) {
        return (close[i] >= open[i] ? open[i] : close[i]) - low[i];
    }

    /** 1 for a white (up or unchanged) candle, -1 for a black one. */
    static int color(double[] open, double[] close, int i) {
        return close[i] >= open[i] ? 1 : -1;
    }

    /** Real body of {@code later} entirely above that of {@code earlier}. */
    static boolean bodyGapUp(double[] open, double[] close, int later, int earlier) {
        return Math.min(open[later], close[later]) > Math.max(open[earlier], close[earlier]);
    }

    /** Real body of {@code later} entirely below that of {@code earlier}. */
    static boolean bodyGapDown(double[] open, double[] close, int later, int earlier) {
        return Math.max(open[later], close[later]) < Math.min(open[earlier], close[earlier]);
    }

    /** Low of {@code later} above the high of {@code earlier}. */
    static boolean gapUp(double[] high, double[] low, int later, int earlier) {
        return low[later] > high[earlier];
    }

    /** High of {@code later} below the low of {@code earlier}. */
    static boolean gapDown(double[] high, double[] low, int later, int earlier) {
        return high[later] < low[earlier];
    }
}
