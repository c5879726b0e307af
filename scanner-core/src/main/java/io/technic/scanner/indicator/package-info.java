/**
 * Indicator kernels: pure functions over primitive arrays, plain Java only.
 *
 * <p>Convention, shared by every kernel:
 * <ul>
 *   <li>{@code compute(inputs..., int from, int to, params..., outputs...)} reads the inputs
 *       over the flat index range {@code [from, to)} (one symbol of a
 *       {@link io.technic.scanner.model.BarColumns} block) and writes the same positions of
 *       each output array. Nothing outside the range is read or written.</li>
 *   <li>{@code lookback(params...)} is the warm-up: the first {@code lookback} positions of the
 *       range are {@code NaN}; if the range is shorter than that, every position is NaN.</li>
 *   <li>Where TA-Lib has the indicator, the definition, seeding and warm-up are TA-Lib's
 *       (unstable period 0), and tests hold the kernel to TA-Lib's Java port on real data.</li>
 *   <li>No allocation proportional to the range unless documented; no state between calls;
 *       thread-safe.</li>
 * </ul>
 */
package io.technic.scanner.indicator;
