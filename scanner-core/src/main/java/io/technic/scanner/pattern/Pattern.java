package io.technic.scanner.pattern;

import java.util.Objects;

/**
 * One candlestick pattern of the {@link Patterns} registry: its key, a display title, the TA-Lib
 * function it reproduces, its warm-up, what its output means, and the kernel.
 *
 * @param name      lower-case key, e.g. {@code "engulfing"}, {@code "three_white_soldiers"}
 * @param title     display name, e.g. {@code "Three White Soldiers"}
 * @param taLibName TA-Lib's function name, e.g. {@code "CDLENGULFING"}
 * @param lookback  bars before the first output (TA-Lib's lookback with default settings)
 * @param signal    how to read the output's sign
 * @param kernel    the computation, TA-Lib defaults for any penetration parameter
 */
public record Pattern(String name, String title, String taLibName, int lookback, Signal signal, Kernel kernel) {

    /** How a pattern's non-zero output reads. */
    public enum Signal {
        /** Only ever +100 (or +200): bullish. */
        BULLISH,
        /** Only ever -100 (or -200): bearish. */
        BEARISH,
        /** Either sign: positive bullish, negative bearish (for one-candle shapes, the candle's colour). */
        SIGNED,
        /** +100 means "present"; the pattern itself has no direction (dojis: indecision). */
        NEUTRAL
    }

    /** What one output value says. */
    public enum Direction {
        BULLISH, BEARISH, NEUTRAL, NONE;

        /** Lower-case word for display. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A candlestick kernel over {@code [from, to)}, writing TA-Lib's integers into {@code out[from, to)}. */
    @FunctionalInterface
    public interface Kernel {
        void compute(double[] open, double[] high, double[] low, double[] close, int from, int to, int[] out);
    }

    /** @throws NullPointerException if any field is null; IllegalArgumentException if lookback is negative */
    public Pattern {
        Objects.requireNonNull(name);
        Objects.requireNonNull(title);
        Objects.requireNonNull(taLibName);
        Objects.requireNonNull(signal);
        Objects.requireNonNull(kernel);
        if (lookback < 0) {
            throw new IllegalArgumentException("lookback < 0: " + lookback);
        }
    }

    /**
     * Evaluates the pattern over {@code [from, to)} of the given columns (one symbol's range of a
     * {@code BarColumns} block), writing {@code out[from, to)}; the first {@link #lookback} positions are 0.
     *
     * @throws IllegalArgumentException if {@code from < 0} or {@code to < from}
     */
    public void compute(double[] open, double[] high, double[] low, double[] close, int from, int to, int[] out) {
        kernel.compute(open, high, low, close, from, to, out);
    }

    /** The direction of one output value of this pattern ({@link Direction#NONE} for 0). */
    public Direction direction(int value) {
        if (value == 0) {
            return Direction.NONE;
        }
        if (signal == Signal.NEUTRAL) {
            return Direction.NEUTRAL;
        }
        return value > 0 ? Direction.BULLISH : Direction.BEARISH;
    }
}
