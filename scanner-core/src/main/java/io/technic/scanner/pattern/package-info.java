/**
 * Candlestick and breakout pattern kernels: pure functions over primitive arrays, plain Java only.
 *
 * <p>Every candlestick kernel follows the indicator convention
 * ({@code io.technic.scanner.indicator}): {@code compute(open, high, low, close, int from, int to, ..., int[] out)}
 * reads {@code [from, to)} and writes the same positions of {@code out}, nothing else. Outputs are
 * TA-Lib's integers: {@code 100} bullish (or simply "present" for direction-less patterns such as a
 * doji), {@code -100} bearish, {@code ±200} for a confirmed hikkake, {@code 0} none. The first
 * {@code lookback()} positions of a range, where TA-Lib writes nothing, are {@code 0}. Definitions,
 * candle settings and the rolling averages are TA-Lib 0.4.0's with its default settings, and tests
 * hold each kernel bit for bit to TA-Lib's Java port on real data.
 *
 * <p>{@link io.technic.scanner.pattern.Patterns} lists them all; {@link io.technic.scanner.pattern.Breakouts}
 * holds the breakout patterns. No state between calls; thread-safe.
 */
package io.technic.scanner.pattern;
