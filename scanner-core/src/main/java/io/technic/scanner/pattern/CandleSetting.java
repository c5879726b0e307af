package io.technic.scanner.pattern;

/**
 * TA-Lib's candle settings with its default values: what "long body", "near" or "very short
 * shadow" mean, each as {@code factor} × the average of a range over the previous
 * {@code period} candles (the candle itself excluded). A period of 0 means "this candle's own
 * range" instead of an average.
 *
 * <p>The average is {@code factor * (total / period) / (SHADOWS ? 2 : 1)} where {@code total} is
 * the rolling sum of the range, kept the way TA-Lib keeps it (see {@link Average}), so that
 * comparisons agree with TA-Lib bit for bit.
 */
public enum CandleSetting {
    /** Real body is long when longer than the average of the 10 previous bodies. */
    BODY_LONG(Range.REAL_BODY, 10, 1.0),
    /** Real body is very long when longer than 3 times the average of the 10 previous bodies. */
    BODY_VERY_LONG(Range.REAL_BODY, 10, 3.0),
    /** Real body is short when shorter than the average of the 10 previous bodies. */
    BODY_SHORT(Range.REAL_BODY, 10, 1.0),
    /** Real body is like a doji's when at most 10% of the average of the 10 previous high-low ranges. */
    BODY_DOJI(Range.HIGH_LOW, 10, 0.1),
    /** Shadow is long when longer than the candle's own real body. */
    SHADOW_LONG(Range.REAL_BODY, 0, 1.0),
    /** Shadow is very long when longer than twice the candle's own real body. */
    SHADOW_VERY_LONG(Range.REAL_BODY, 0, 2.0),
    /** Shadow is short when shorter than half the average of the 10 previous sums of shadows. */
    SHADOW_SHORT(Range.SHADOWS, 10, 1.0),
    /** Shadow is very short when shorter than 10% of the average of the 10 previous high-low ranges. */
    SHADOW_VERY_SHORT(Range.HIGH_LOW, 10, 0.1),
    /** "Near": within 20% of the average of the 5 previous high-low ranges. */
    NEAR(Range.HIGH_LOW, 5, 0.2),
    /** "Far": beyond 60% of the average of the 5 previous high-low ranges. */
    FAR(Range.HIGH_LOW, 5, 0.6),
    /** "Equal": within 5% of the average of the 5 previous high-low ranges. */
    EQUAL(Range.HIGH_LOW, 5, 0.05);

    /** What a setting measures on each candle. */
    public enum Range {
        /** {@code |close - open|}. */
        REAL_BODY,
        /** {@code high - low}. */
        HIGH_LOW,
        /** Upper plus lower shadow; averages of it are halved (one shadow's worth). */
        SHADOWS
    }

    private final Range range;
    private final int period;
    private final double factor;

    CandleSetting(Range range, int period, double factor) {
        this.range = range;
        this.period = period;
        this.factor = factor;
    }

    /** The range this setting averages. */
    public Range range() {
        return range;
    }

    /** Candles averaged, the current one excluded; 0 means the candle's own range. */
    public int period() {
        return period;
    }

    /** Multiplier applied to the average. */
    public double factor() {
        return factor;
    }
}
