package io.technic.scanner.pattern;

/**
 * The rolling threshold of one {@link CandleSetting} for the candle {@code back} bars before the
 * bar being evaluated, kept as TA-Lib keeps it: a total summed oldest first over the
 * {@code period} candles before that candle, then moved one bar at a time with
 * {@code total += range(new) - range(oldest)}, so that thresholds agree with TA-Lib bit for bit.
 * One instance per kernel call; not thread-safe.
 */
final class Average {

    private static final int REAL_BODY = 0;
    private static final int HIGH_LOW = 1;
    private static final int SHADOWS = 2;

    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final int range;
    private final int period;
    private final double factor;
    private final double divisor;
    private double total;
    private int candle;
    private int trailing;

    /** Ready for the bar {@code first}, averaging over the candles before {@code first - back}. */
    Average(CandleSetting setting, double[] open, double[] high, double[] low, double[] close, int first, int back) {
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.range = setting.range().ordinal();
        this.period = setting.period();
        this.factor = setting.factor();
        this.divisor = setting.range() == CandleSetting.Range.SHADOWS ? 2.0 : 1.0;
        this.candle = first - back;
        this.trailing = candle - period;
        double sum = 0;
        for (int k = trailing; k < candle; k++) {
            sum += rangeOf(k);
        }
        total = sum;
    }

    /** The threshold for the current candle (TA_CANDLEAVERAGE's operation order). */
    double value() {
        return factor * (period != 0 ? total / period : rangeOf(candle)) / divisor;
    }

    /** Moves on to the next bar. */
    void advance() {
        if (period != 0) {
            total += rangeOf(candle) - rangeOf(trailing);
            trailing++;
        }
        candle++;
    }

    private double rangeOf(int i) {
        double o = open[i];
        double c = close[i];
        if (range == REAL_BODY) {
            return Math.abs(c - o);
        }
        if (range == HIGH_LOW) {
            return high[i] - low[i];
        }
        return (high[i] - (c >= o ? c : o)) + ((c >= o ? o : c) - low[i]);
    }

    static {
        assert CandleSetting.Range.REAL_BODY.ordinal() == REAL_BODY && CandleSetting.Range.HIGH_LOW.ordinal() == HIGH_LOW
                && CandleSetting.Range.SHADOWS.ordinal() == SHADOWS;
    }
}
