package io.technic.scanner.indicator;

/**
 * Window extremes by direct scans, for the short ranges the scan engine evaluates (the last
 * value of a 252-bar high, Ichimoku's last 27 values): where a range has few outputs per window
 * length, scanning beats {@link MonotonicDeque}, whose pops mispredict on noisy prices (about
 * 15 ns a bar on a random walk and on the real data).
 *
 * <p>Both methods give <em>exactly</em> what the deque gives: {@link #values} the value at its
 * front, bit for bit, and {@link #indices} the index at its front, the latest index of the highest
 * (lowest) value, ties compared with {@code >=} ({@code <=}), so {@code -0.0} and {@code 0.0} tie
 * and the latest wins, as in TA-Lib AROON.
 *
 * <p>The algorithm is van Herk / Gil-Werman's: the window ends are cut into blocks of
 * {@code window}, starting at the first one. The window ending at {@code e} in the block starting
 * at {@code b} is a left part {@code [e - window + 1, b)}, a suffix of the {@code window - 1} bars
 * before the block, and a right part {@code [b, e]}, a prefix of the block. One backward pass
 * writes the left parts' extremes, one forward pass the right parts' and combines them: about
 * three {@code Math.max} (or {@code min}, branch-free intrinsics) per bar; the block-boundary tests
 * are periodic, so predicted. A range of {@code outputs <= window} (one block) costs about
 * {@code window + 2 * outputs} steps, a single output {@code window}. {@link #indices} adds
 * compare-selects for the index, which the JIT may compile as branches; they are taken only at a
 * new extreme of a part, rarely on prices.
 *
 * <p><b>NaN and zeros.</b> Inputs are finite prices. A NaN makes the deque's answer depend on the
 * order of its pops (TA-Lib MAX/MIN/AROON, which compare with {@code >}/{@code <}, give yet other,
 * equally order-dependent answers), and {@code Math.max} ranks {@code 0.0} above {@code -0.0}
 * where the deque keeps the later of the two. So a range where some window's extreme is NaN (any
 * NaN in the window: {@code Math.max}/{@code min} carry it) or, for values, zero is redone with the
 * deque: the result is the deque's in every case.
 */
final class WindowExtremes {

    /** SIMD reductions for one-window ranges of at least {@link #VECTOR_MIN} bars (bit for bit the same). */
    private static final int VECTOR_MIN = vectorMin();

    private WindowExtremes() {}

    /**
     * {@code 2 * VectorExtremes.LANES} where the SIMD reductions run: the
     * {@code jdk.incubator.vector} module is in the boot layer and the system property
     * {@code technic.vector} is not {@code false} (as for {@link ScanRecurrencesBatch}); else never.
     */
    private static int vectorMin() {
        if ("false".equalsIgnoreCase(System.getProperty("technic.vector"))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return Integer.MAX_VALUE;
        }
        try {
            return VectorExtremes.LANES >= 2 ? 2 * VectorExtremes.LANES : Integer.MAX_VALUE;
        } catch (LinkageError e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * Whether scanning is the way to give {@code outputs} windows of {@code window} bars: up to
     * eight blocks, which covers every tail the engine evaluates (Ichimoku's 9-bar line over 78
     * bars is the most). The scan's steps cost the same whatever the data, the deque's depend on
     * it. Measured per bar of range, one thread, windows 9 to 252: a one-block tail scans 3 to 9
     * times faster than the deque on the real data and on random walks; at eight blocks the scan
     * is still 2.5 times faster on the real data and 1.5 times on random walks, but on smooth sine
     * waves, where the deque hardly mispredicts, the deque is up to 1.4 times faster from about
     * four blocks. Longer ranges keep the deque.
     */
    static boolean pays(int outputs, int window) {
        return outputs <= 8L * window;
    }

    /**
     * Writes the highest ({@code max}) or lowest value of each window {@code [e - window + 1, e]},
     * {@code e} in {@code [first, to)}, {@code first = from + window - 1}, into
     * {@code out[at + e - first]}: bit for bit the value at the deque's front. Reads
     * {@code v[from, to)} only; {@code out} must be another array. Requires {@code first < to}.
     */
    static void values(double[] v, int from, int to, int window, boolean max, double[] out, int at) {
        boolean exact;
        if (to - from == window) {
            // one window (the tails' usual case): a reduction in four independent chains
            double m = max ? maxOf(v, from, to) : minOf(v, from, to);
            out[at] = m;
            exact = Math.abs(m) > 0;
        } else {
            exact = max ? maxValues(v, from, to, window, out, at) : minValues(v, from, to, window, out, at);
        }
        if (!exact) {
            dequeValues(v, from, to, window, max, out, at);
        }
    }

    /**
     * Writes into {@code index[0, to - first)}, {@code first = from + window - 1}, the index of
     * the highest ({@code max}) or lowest value of each window {@code [e - window + 1, e]},
     * {@code e} in {@code [first, to)}: the index at the deque's front. Reads {@code v[from, to)}
     * only. Requires {@code first < to}.
     */
    static void indices(double[] v, int from, int to, int window, boolean max, int[] index) {
        boolean exact = max ? maxIndices(v, from, to, window, index) : minIndices(v, from, to, window, index);
        if (!exact) {
            dequeIndices(v, from, to, window, max, index);
        }
    }

    /** Highest of {@code v[from, to)}, NaN if any is; {@code to - from >= 1}. */
    private static double maxOf(double[] v, int from, int to) {
        if (to - from >= VECTOR_MIN) {
            return VectorExtremes.maxOf(v, from, to);
        }
        double m0 = v[from];
        double m1 = m0;
        double m2 = m0;
        double m3 = m0;
        int i = from + 1;
        for (; i + 3 < to; i += 4) {
            m0 = Math.max(m0, v[i]);
            m1 = Math.max(m1, v[i + 1]);
            m2 = Math.max(m2, v[i + 2]);
            m3 = Math.max(m3, v[i + 3]);
        }
        for (; i < to; i++) {
            m0 = Math.max(m0, v[i]);
        }
        return Math.max(Math.max(m0, m1), Math.max(m2, m3));
    }

    /** Lowest of {@code v[from, to)}, NaN if any is; {@code to - from >= 1}. */
    private static double minOf(double[] v, int from, int to) {
        if (to - from >= VECTOR_MIN) {
            return VectorExtremes.minOf(v, from, to);
        }
        double m0 = v[from];
        double m1 = m0;
        double m2 = m0;
        double m3 = m0;
        int i = from + 1;
        for (; i + 3 < to; i += 4) {
            m0 = Math.min(m0, v[i]);
            m1 = Math.min(m1, v[i + 1]);
            m2 = Math.min(m2, v[i + 2]);
            m3 = Math.min(m3, v[i + 3]);
        }
        for (; i < to; i++) {
            m0 = Math.min(m0, v[i]);
        }
        return Math.min(Math.min(m0, m1), Math.min(m2, m3));
    }

    /**
     * {@link #values} for the highest value; {@code false} if an output came out NaN or zero, with
     * {@code out[at, at + outputs)} overwritten. Output {@code k} (window end
     * {@code first + k}) sits at position {@code k % w} of its block; its left part is
     * {@code [from + k, from + k + w - 1 - k % w)}, empty at the block's last position.
     */
    private static boolean maxValues(double[] v, int from, int to, int w, double[] out, int at) {
        int first = from + w - 1;
        int outputs = to - first;
        // Backward: out[at + k] = highest of output k's left part. A partial last block's left
        // parts reach past the last output's, up to its block's end.
        int blockEnd = ((outputs - 1) / w + 1) * w - 1;
        double left = Double.NEGATIVE_INFINITY;
        for (int k = blockEnd - 1; k >= outputs; k--) {
            left = Math.max(left, v[from + k]);
        }
        int pos = (outputs - 1) % w;
        for (int k = outputs - 1; k >= 0; k--) {
            left = pos == w - 1 ? Double.NEGATIVE_INFINITY : Math.max(left, v[from + k]);
            out[at + k] = left;
            pos = pos == 0 ? w - 1 : pos - 1;
        }
        // Forward: the right part's highest, restarted at each block, combined with the left's.
        double right = Double.NEGATIVE_INFINITY;
        double smallest = Double.POSITIVE_INFINITY; // least |output|: NaN or 0 sends the range to the deque
        pos = 0;
        for (int k = 0; k < outputs; k++) {
            double x = v[first + k];
            right = pos == 0 ? x : Math.max(right, x);
            double m = Math.max(out[at + k], right);
            out[at + k] = m;
            smallest = Math.min(smallest, Math.abs(m));
            pos = pos == w - 1 ? 0 : pos + 1;
        }
        return smallest > 0;
    }

    /** {@link #maxValues} for the lowest value. */
    private static boolean minValues(double[] v, int from, int to, int w, double[] out, int at) {
        int first = from + w - 1;
        int outputs = to - first;
        int blockEnd = ((outputs - 1) / w + 1) * w - 1;
        double left = Double.POSITIVE_INFINITY;
        for (int k = blockEnd - 1; k >= outputs; k--) {
            left = Math.min(left, v[from + k]);
        }
        int pos = (outputs - 1) % w;
        for (int k = outputs - 1; k >= 0; k--) {
            left = pos == w - 1 ? Double.POSITIVE_INFINITY : Math.min(left, v[from + k]);
            out[at + k] = left;
            pos = pos == 0 ? w - 1 : pos - 1;
        }
        double right = Double.POSITIVE_INFINITY;
        double smallest = Double.POSITIVE_INFINITY;
        pos = 0;
        for (int k = 0; k < outputs; k++) {
            double x = v[first + k];
            right = pos == 0 ? x : Math.min(right, x);
            double m = Math.min(out[at + k], right);
            out[at + k] = m;
            smallest = Math.min(smallest, Math.abs(m));
            pos = pos == w - 1 ? 0 : pos + 1;
        }
        return smallest > 0;
    }

    /**
     * {@link #indices} for the highest value, the passes of {@link #maxValues} with the latest
     * index of each part's extreme alongside: backward the left part keeps its index on a tie
     * (replaces on {@code >}), forward the right part takes the new one ({@code >=}), and the right
     * part, the later, wins a tie between the two. An empty or all {@code -Infinity} left part has
     * index -1 and loses every tie. Only comparisons pick an index, so zeros of either sign are
     * exact; returns {@code false} if a window holds a NaN.
     */
    private static boolean maxIndices(double[] v, int from, int to, int w, int[] index) {
        int first = from + w - 1;
        int outputs = to - first;
        double[] leftValue = new double[outputs];
        int blockEnd = ((outputs - 1) / w + 1) * w - 1;
        double left = Double.NEGATIVE_INFINITY;
        int leftAt = -1;
        for (int k = blockEnd - 1; k >= outputs; k--) {
            double x = v[from + k];
            leftAt = x > left ? from + k : leftAt;
            left = Math.max(left, x);
        }
        int pos = (outputs - 1) % w;
        for (int k = outputs - 1; k >= 0; k--) {
            if (pos == w - 1) {
                left = Double.NEGATIVE_INFINITY;
                leftAt = -1;
            } else {
                double x = v[from + k];
                leftAt = x > left ? from + k : leftAt;
                left = Math.max(left, x);
            }
            leftValue[k] = left;
            index[k] = leftAt;
            pos = pos == 0 ? w - 1 : pos - 1;
        }
        double right = Double.NEGATIVE_INFINITY;
        int rightAt = -1;
        double seen = Double.NEGATIVE_INFINITY; // NaN once a window holds one
        pos = 0;
        for (int k = 0; k < outputs; k++) {
            int e = first + k;
            double x = v[e];
            if (pos == 0) {
                right = x;
                rightAt = e;
            } else {
                rightAt = x >= right ? e : rightAt;
                right = Math.max(right, x);
            }
            index[k] = right >= leftValue[k] ? rightAt : index[k];
            seen = Math.max(seen, Math.max(leftValue[k], right));
            pos = pos == w - 1 ? 0 : pos + 1;
        }
        return !Double.isNaN(seen);
    }

    /** {@link #maxIndices} for the lowest value. */
    private static boolean minIndices(double[] v, int from, int to, int w, int[] index) {
        int first = from + w - 1;
        int outputs = to - first;
        double[] leftValue = new double[outputs];
        int blockEnd = ((outputs - 1) / w + 1) * w - 1;
        double left = Double.POSITIVE_INFINITY;
        int leftAt = -1;
        for (int k = blockEnd - 1; k >= outputs; k--) {
            double x = v[from + k];
            leftAt = x < left ? from + k : leftAt;
            left = Math.min(left, x);
        }
        int pos = (outputs - 1) % w;
        for (int k = outputs - 1; k >= 0; k--) {
            if (pos == w - 1) {
                left = Double.POSITIVE_INFINITY;
                leftAt = -1;
            } else {
                double x = v[from + k];
                leftAt = x < left ? from + k : leftAt;
                left = Math.min(left, x);
            }
            leftValue[k] = left;
            index[k] = leftAt;
            pos = pos == 0 ? w - 1 : pos - 1;
        }
        double right = Double.POSITIVE_INFINITY;
        int rightAt = -1;
        double seen = Double.POSITIVE_INFINITY;
        pos = 0;
        for (int k = 0; k < outputs; k++) {
            int e = first + k;
            double x = v[e];
            if (pos == 0) {
                right = x;
                rightAt = e;
            } else {
                rightAt = x <= right ? e : rightAt;
                right = Math.min(right, x);
            }
            index[k] = right <= leftValue[k] ? rightAt : index[k];
            seen = Math.min(seen, Math.min(leftValue[k], right));
            pos = pos == w - 1 ? 0 : pos + 1;
        }
        return !Double.isNaN(seen);
    }

    /** The deque's values, as {@link RollingMax} computes them over a long range. */
    private static void dequeValues(double[] v, int from, int to, int window, boolean max, double[] out, int at) {
        int first = from + window - 1;
        MonotonicDeque deque = new MonotonicDeque(window, max);
        for (int i = from; i < first; i++) {
            deque.push(v, i);
        }
        for (int i = first; i < to; i++) {
            deque.dropBefore(i - window + 1);
            deque.push(v, i);
            out[at + i - first] = v[deque.front()];
        }
    }

    /** The deque's fronts. */
    private static void dequeIndices(double[] v, int from, int to, int window, boolean max, int[] index) {
        int first = from + window - 1;
        MonotonicDeque deque = new MonotonicDeque(window, max);
        for (int i = from; i < first; i++) {
            deque.push(v, i);
        }
        for (int i = first; i < to; i++) {
            deque.dropBefore(i - window + 1);
            deque.push(v, i);
            index[i - first] = deque.front();
        }
    }
}
