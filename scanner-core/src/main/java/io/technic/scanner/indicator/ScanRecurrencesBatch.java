package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * {@link ScanRecurrences} for many symbols at once, bit for bit: the same outputs, computed
 * with SIMD across symbols (the Vector API, {@code jdk.incubator.vector}) where the JVM has
 * that module, else one symbol at a time.
 *
 * <p>Each recurrence is a serial chain along time, so it cannot be vectorised along time; but
 * the same chain of several symbols can run side by side, one symbol per lane. Symbols of
 * equal length ({@code to - from}) are grouped {@link #lanes()} at a time, their bars
 * transposed time-major, and every chain run lanewise with the scalar code's operations in
 * the scalar code's order (no fused multiply-add), so every lane is bit-identical to
 * {@link ScanRecurrences#compute}. Symbols left over (lengths that fill no group, or too
 * short a history) go through {@link ScanRecurrences} itself.
 */
public final class ScanRecurrencesBatch {

    private static final boolean VECTOR = vectorAvailable();

    private ScanRecurrencesBatch() {}

    /**
     * Whether the vector path runs: the {@code jdk.incubator.vector} module is in the boot
     * layer ({@code --add-modules jdk.incubator.vector}) and the system property
     * {@code technic.vector} is not {@code false}.
     */
    public static boolean vectorised() {
        return VECTOR;
    }

    /** Symbols per vector group (1 when {@link #vectorised()} is false). */
    public static int lanes() {
        return VECTOR ? VectorRecurrences.LANES : 1;
    }

    private static boolean vectorAvailable() {
        if ("false".equalsIgnoreCase(System.getProperty("technic.vector"))) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return VectorRecurrences.LANES >= 2;
        } catch (LinkageError e) {
            return false;
        }
    }

    /**
     * For each {@code k} in {@code [first, first + count)}, writes what
     * {@code ScanRecurrences.compute(high, low, close, volume, from[k], to[k], ...)} writes,
     * into {@code out[(k - first) * OUTPUTS, (k - first + 1) * OUTPUTS)}.
     *
     * @param scratch working memory of the calling thread
     */
    public static void compute(double[] high, double[] low, double[] close, double[] volume, int[] from, int[] to,
                               int first, int count, double[] out, Scratch scratch) {
        final int outputs = ScanRecurrences.OUTPUTS;
        if (!VECTOR) {
            scalar(high, low, close, volume, from, to, first, count, out, scratch);
            return;
        }
        final int lanes = VectorRecurrences.LANES;
        long[] keys = scratch.keys(count);
        for (int k = 0; k < count; k++) {
            keys[k] = (long) (to[first + k] - from[first + k]) << 32 | k;
        }
        Arrays.sort(keys, 0, count);
        int[] laneFrom = scratch.laneFrom(lanes);
        int[] laneOut = scratch.laneOut(lanes);
        int k = 0;
        while (k < count) {
            int n = (int) (keys[k] >>> 32);
            int run = k + 1;
            while (run < count && (int) (keys[run] >>> 32) == n) {
                run++;
            }
            if (n > ScanRecurrences.lookback()) {
                while (run - k >= lanes) {
                    for (int j = 0; j < lanes; j++) {
                        int row = (int) keys[k + j];
                        laneFrom[j] = from[first + row];
                        laneOut[j] = row * outputs;
                    }
                    VectorRecurrences.group(high, low, close, volume, laneFrom, n, out, laneOut, scratch);
                    k += lanes;
                }
            }
            for (; k < run; k++) {
                int row = (int) keys[k];
                ScanRecurrences.compute(high, low, close, volume, from[first + row], to[first + row], scratch.row);
                System.arraycopy(scratch.row, 0, out, row * outputs, outputs);
            }
        }
    }

    /** The reference path: {@link ScanRecurrences} symbol by symbol. */
    static void scalar(double[] high, double[] low, double[] close, double[] volume, int[] from, int[] to,
                       int first, int count, double[] out, Scratch scratch) {
        for (int k = 0; k < count; k++) {
            ScanRecurrences.compute(high, low, close, volume, from[first + k], to[first + k], scratch.row);
            System.arraycopy(scratch.row, 0, out, k * ScanRecurrences.OUTPUTS, ScanRecurrences.OUTPUTS);
        }
    }

    /** Per-thread working memory, grown on demand. Not thread-safe. */
    public static final class Scratch {
        final double[] row = new double[ScanRecurrences.OUTPUTS];
        private long[] keys = new long[0];
        private int[] laneFrom = new int[0];
        private int[] laneOut = new int[0];
        /** Time-major bars of one group: bar t of lane j at {@code t * lanes + j}. */
        double[] high = new double[0];
        double[] low = new double[0];
        double[] close = new double[0];
        double[] volume = new double[0];
        /** A time-major series computed in one pass and read by another. */
        double[] aux = new double[0];
        /** Per-lane seeds and final states. */
        double[] state = new double[0];

        long[] keys(int n) {
            if (keys.length < n) {
                keys = new long[n];
            }
            return keys;
        }

        int[] laneFrom(int lanes) {
            if (laneFrom.length < lanes) {
                laneFrom = new int[lanes];
            }
            return laneFrom;
        }

        int[] laneOut(int lanes) {
            if (laneOut.length < lanes) {
                laneOut = new int[lanes];
            }
            return laneOut;
        }

        void ensureBars(int size, int stateSize) {
            if (high.length < size) {
                high = new double[size];
                low = new double[size];
                close = new double[size];
                volume = new double[size];
                aux = new double[size];
            }
            if (state.length < stateSize) {
                state = new double[stateSize];
            }
        }
    }
}
