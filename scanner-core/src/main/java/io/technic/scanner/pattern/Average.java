package io.technic.scanner.pattern;

/**
 * The rolling threshold of one {@link CandleSetting} for the candle {@code back} bars before the
 * bar being evaluated, kept as TA-Lib keeps it: a total summed oldest first over the
 * {@code period} candles before that candle, then moved one bar at a time with
 * {@code total += range(new) - range(oldest)}, so that thresholds agree with TA-Lib bit for bit.
 * One instance per kernel call; not thread-safe.
 */
final class Average {

    private final CandleSetting setting;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private double total;
    private int candle;
    private int trailing;

    /** Ready for the bar {@code first}, averaging over the candles before {@code first - back}. */
    Average(CandleSetting setting, double[] open, double[] high, double[] low, double[] close, int first, int back) {
        this.setting = setting;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.candle = first - back;
        this.trailing = candle - setting.period();
        for (int k = trailing; k < candle; k++) {
            total += setting.rangeOf(open, high, low, close, k);
        }
    }

    /** The threshold for the current candle. */
    double value() {
        return setting.average(total, open, high, low, close, candle);
    }

    /** Moves on to the next bar. */
    void advance() {
        total += setting.rangeOf(open, high, low, close, candle) - setting.rangeOf(open, high, low, close, trailing);
        candle++;
        trailing++;
    }
}
