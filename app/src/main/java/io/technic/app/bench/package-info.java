/**
 * {@code technic bench}: the engine's indicator stage timed against the same indicator set
 * computed through TA-Lib's Java port ({@link io.technic.app.bench.TaLibAnchor}) and ta4j
 * ({@link io.technic.app.bench.Ta4jAnchor}), all in one JVM run, so the engine's speed is
 * printed as ratios rather than absolute numbers from different machines.
 *
 * <p>Shape: every timed thing is a {@link io.technic.app.bench.Workload} (returns a checksum so
 * the JIT cannot drop the work); {@link io.technic.app.bench.BenchHarness} times one with
 * warm-ups and repeated samples into {@link io.technic.app.bench.Stats};
 * {@link io.technic.app.bench.BenchSuite} runs the anchors plus the workloads the caller plugs
 * in and returns a {@link io.technic.app.bench.BenchReport} (JSON and a plain-text table).
 *
 * <p>The indicator set both anchors compute is listed, in order, by
 * {@link io.technic.app.bench.IndicatorSet#OUTPUTS}.
 */
package io.technic.app.bench;
