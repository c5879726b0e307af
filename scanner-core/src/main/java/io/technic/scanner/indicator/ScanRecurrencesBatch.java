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
 *
 * <p><b>Cold JVMs.</b> Until C2 has compiled the vector code, the Vector API runs interpreted
 * and boxes every vector: a first scan on the vector path took ~6× as long as on the scalar path
 * (3.5 s against 0.56 s for 6,000 symbols). So the path is chosen by measurement
 * ({@link PathChoice}): every group goes through the scalar code until {@link #warmUp} has
 * run the vector code on generated bars long enough for C2 to compile it and it measures
 * faster per bar than the scalar code; from then on every group takes it. The engine starts
 * that warm-up in the background after its first scan ({@link #warmUpInBackground}), so a
 * long-lived process (the app, a worker) gets the vector path from about its second scan and a
 * one-shot command line never pays for it; benchmarks call {@link #warmUp} before timing. Both
 * paths write the same bits, so the choice never shows in a result, only in its time.
 * {@code -Dtechnic.vector=false} keeps the scalar code, {@code -Dtechnic.vector=always} takes
 * the vector code from the first group.
 */
public final class ScanRecurrencesBatch {

    private static final boolean VECTOR = vectorAvailable();

    private ScanRecurrencesBatch() {}

    /**
     * Whether the vector path is available: the {@code jdk.incubator.vector} module is in the
     * boot layer ({@code --add-modules jdk.incubator.vector}) and the system property
     * {@code technic.vector} is not {@code false}. Whether it runs yet is {@link #vectorChosen()}.
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
        if (!VECTOR || !PathChoice.vectorChosen()) {
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

    /**
     * Runs the vector code on generated bars until it measures faster than the scalar code, or
     * until {@code budgetNanos} have passed; returns whether the vector path is now chosen. Meant
     * for a background thread at application start, so that the first scan finds the vector
     * code compiled. Returns at once when the vector path is unavailable or already chosen.
     */
    public static boolean warmUp(long budgetNanos) {
        if (!VECTOR) {
            return false;
        }
        final int lanes = VectorRecurrences.LANES;
        final int n = 256;
        double[] high = new double[n * lanes];
        double[] low = new double[n * lanes];
        double[] close = new double[n * lanes];
        double[] volume = new double[n * lanes];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int j = 0; j < lanes; j++) {
            double price = 50 + 10 * j;
            for (int t = 0; t < n; t++) {
                int i = j * n + t;
                price *= 1 + 0.02 * (random.nextDouble() - 0.5);
                close[i] = price;
                high[i] = price * (1 + 0.01 * random.nextDouble());
                low[i] = price * (1 - 0.01 * random.nextDouble());
                volume[i] = 1e5 + 1e5 * random.nextDouble();
            }
        }
        int[] from = new int[lanes];
        int[] to = new int[lanes];
        for (int j = 0; j < lanes; j++) {
            from[j] = j * n;
            to[j] = (j + 1) * n;
        }
        double[] out = new double[lanes * ScanRecurrences.OUTPUTS];
        Scratch scratch = new Scratch();
        int[] at = offsets(lanes);
        long deadline = System.nanoTime() + budgetNanos;
        while (!PathChoice.vectorChosen() && !PathChoice.gaveUp() && System.nanoTime() - deadline < 0
                && !Thread.currentThread().isInterrupted()) {
            long t0 = System.nanoTime();
            VectorRecurrences.group(high, low, close, volume, from, n, out, at, scratch);
            PathChoice.vectorRan(System.nanoTime() - t0, (long) n * lanes);
            t0 = System.nanoTime();
            for (int j = 0; j < lanes; j++) {
                ScanRecurrences.compute(high, low, close, volume, from[j], to[j], scratch.row);
            }
            PathChoice.scalarRan(System.nanoTime() - t0, (long) n * lanes);
        }
        return PathChoice.vectorChosen();
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Runs {@link #warmUp} on {@code executor}, once per JVM (later calls do nothing): what a
     * long-lived engine does after its first scan, so later scans take the vector path. It keeps
     * one thread busy for a few seconds (~2.5 s of CPU on this project's 2-core reference
     * machine) and gives up after a minute.
     */
    public static void warmUpInBackground(java.util.concurrent.Executor executor) {
        if (!VECTOR || PathChoice.vectorChosen() || !WARMING.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                warmUp(60_000_000_000L);
                if (!PathChoice.vectorChosen() && !PathChoice.gaveUp()) {
                    WARMING.set(false); // interrupted (its engine closed) or out of time: a later scan tries again
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            WARMING.set(false); // the engine is closing; a later one may try again
        }
    }

    private static int[] offsets(int lanes) {
        int[] at = new int[lanes];
        for (int j = 0; j < lanes; j++) {
            at[j] = j * ScanRecurrences.OUTPUTS;
        }
        return at;
    }

    /**
     * Chooses the vector path (when available) without measuring, or forgets the choice: for
     * tests that must exercise a given path whatever the machine's load makes the warm-up
     * measure. Results are the same bits either way.
     *
     * @param vector true for the vector path from now on, false to measure again (scalar until then)
     */
    public static void choosePath(boolean vector) {
        if (vector) {
            PathChoice.force();
        } else {
            PathChoice.reset();
        }
    }

    /** Whether every group now takes the vector path (see the class comment). */
    public static boolean vectorChosen() {
        return VECTOR && PathChoice.vectorChosen();
    }

    /**
     * The measured choice between the vector and the scalar code. The scalar code is compiled
     * within a scan; the vector code takes far longer, and costs ~10,000× as much per bar
     * before it is. So the reference is the scalar code's best time per bar seen so far (its
     * warm cost: noise only ever adds time), and the vector code is chosen once its best of
     * the last {@link #WINS_NEEDED} runs beats that. Races between threads only blur the
     * estimates, never a result: both paths write the same bits.
     */
    static final class PathChoice {
        /** Vector runs after which a vector path still slower than scalar is given up on. */
        private static final int MAX_PROBES = 4_000;
        /** Consecutive vector runs that must beat the scalar code before it is chosen. */
        private static final int WINS_NEEDED = 3;

        private static volatile boolean chosen = "always".equalsIgnoreCase(System.getProperty("technic.vector"));
        private static volatile boolean gaveUp;
        private static volatile double scalarBestNsPerBar = Double.POSITIVE_INFINITY;
        private static volatile int probes;
        private static volatile int wins;

        private PathChoice() {}

        static boolean vectorChosen() {
            return chosen;
        }

        static boolean gaveUp() {
            return gaveUp;
        }

        static void scalarRan(long nanos, long bars) {
            double perBar = (double) nanos / bars;
            if (perBar < scalarBestNsPerBar) {
                scalarBestNsPerBar = perBar;
            }
        }

        static void vectorRan(long nanos, long bars) {
            double perBar = (double) nanos / bars;
            int p = ++probes;
            double scalar = scalarBestNsPerBar;
            if (scalar != Double.POSITIVE_INFINITY && perBar < scalar) {
                if (++wins >= WINS_NEEDED) {
                    chosen = true;
                }
            } else {
                wins = 0;
            }
            if (!chosen && p >= MAX_PROBES) {
                gaveUp = true;
            }
        }

        /** For tests: forget the measurements. */
        static void reset() {
            chosen = false;
            gaveUp = false;
            scalarBestNsPerBar = Double.POSITIVE_INFINITY;
            probes = 0;
            wins = 0;
        }

        /** Takes the vector path without measuring (see {@link ScanRecurrencesBatch#choosePath}). */
        static void force() {
            reset();
            chosen = true;
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
