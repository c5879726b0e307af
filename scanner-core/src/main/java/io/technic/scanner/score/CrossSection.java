package io.technic.scanner.score;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Cross-sectional normalisation over one scan's universe. Every method ignores NaN inputs
 * (their outputs are NaN), treats ties alike, and depends only on the multiset of values —
 * never on the order symbols arrive in. Stateless.
 */
public final class CrossSection {

    private CrossSection() {}

    /**
     * Percentile rank on 0–100: {@code 100 × (rank − 1) / (count − 1)} with ties given their
     * average rank; a lone value gets 50.
     */
    public static double[] percentile(double[] x) {
        int n = x.length;
        double[] out = new double[n];
        Sorted s = sortFinite(x);
        int m = s.count();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i])) {
                out[i] = Double.NaN;
            }
        }
        // walk the tie groups [lo, hi] of the sorted order
        for (int lo = 0; lo < m; ) {
            long key = s.keys[lo];
            int hi = lo;
            while (hi + 1 < m && s.keys[hi + 1] == key) {
                hi++;
            }
            double p = m == 1 ? 50 : 100 * ((lo + hi) / 2.0) / (m - 1);
            for (int k = lo; k <= hi; k++) {
                out[s.index[k]] = p;
            }
            lo = hi + 1;
        }
        return out;
    }

    /**
     * The finite values of an array in ascending order: {@code keys[k]} orders like the value and
     * {@code index[k]} is its position in the input; -0.0 and 0.0 tie. A stable LSD radix sort
     * on order-preserving 64-bit keys: linear in the count, no boxing, no comparator.
     */
    private record Sorted(long[] keys, int[] index, int count) {

        double value(int k) {
            return fromKey(keys[k]);
        }
    }

    private static final int RADIX_BITS = 11;
    private static final int RADIX = 1 << RADIX_BITS;

    private static Sorted sortFinite(double[] x) {
        int n = x.length;
        long[] keys = new long[n];
        int[] index = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (Double.isFinite(v)) {
                keys[m] = toKey(v == 0 ? 0.0 : v);
                index[m++] = i;
            }
        }
        long[] keys2 = new long[m];
        int[] index2 = new int[m];
        int[] count = new int[RADIX];
        for (int shift = 0; shift < Long.SIZE; shift += RADIX_BITS) {
            java.util.Arrays.fill(count, 0);
            for (int k = 0; k < m; k++) {
                count[(int) (keys[k] >>> shift) & (RADIX - 1)]++;
            }
            if (m == 0 || count[(int) (keys[0] >>> shift) & (RADIX - 1)] == m) {
                continue;                                         // every key has this digit
            }
            for (int d = 0, sum = 0; d < RADIX; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int k = 0; k < m; k++) {
                int d = (int) (keys[k] >>> shift) & (RADIX - 1);
                int to = count[d]++;
                keys2[to] = keys[k];
                index2[to] = index[k];
            }
            System.arraycopy(keys2, 0, keys, 0, m);
            System.arraycopy(index2, 0, index, 0, m);
        }
        return new Sorted(keys, index, m);
    }

    /** Order-preserving unsigned key of a double: the sign bit flipped, or all bits for negatives. */
    private static long toKey(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    private static double fromKey(long key) {
        return Double.longBitsToDouble(key ^ (((~key) >> 63) | Long.MIN_VALUE));
    }

    /**
     * Z-scores after winsorising at the 1st and 99th percentiles, then clamped to [-3, 3]; with
     * {@code groups} (e.g. sectors), each value is measured against its own group's mean and
     * standard deviation (sector-neutral). A group with fewer than 3 finite values, or no
     * spread, gives 0.
     *
     * @param groups group label per value, or null for one group
     */
    public static double[] zScore(double[] x, String[] groups) {
        double[] w = winsorize(x, 0.01);
        int n = x.length;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        Map<String, double[]> stats = new HashMap<>(); // sum, sumSq, count
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(w[i])) {
                double[] s = stats.computeIfAbsent(groups == null ? "" : groups[i], g -> new double[3]);
                s[0] += w[i];
                s[1] += w[i] * w[i];
                s[2]++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(w[i])) {
                continue;
            }
            double[] s = stats.get(groups == null ? "" : groups[i]);
            double mean = s[0] / s[2];
            double var = s[2] > 1 ? Math.max(0, (s[1] - s[2] * mean * mean) / (s[2] - 1)) : 0;
            double sd = Math.sqrt(var);
            out[i] = s[2] < 3 || !(sd > 0) ? 0 : Math.max(-3, Math.min(3, (w[i] - mean) / sd));
        }
        return out;
    }

    /** Clips finite values to the {@code tail} and {@code 1 - tail} quantiles (nearest rank). */
    public static double[] winsorize(double[] x, double tail) {
        double[] out = x.clone();
        Sorted sorted = sortFinite(x);
        int m = sorted.count();
        if (m < 3) {
            return out;
        }
        double lo = sorted.value((int) Math.floor(tail * (m - 1)));
        double hi = sorted.value((int) Math.ceil((1 - tail) * (m - 1)));
        for (int i = 0; i < out.length; i++) {
            if (Double.isFinite(out[i])) {
                out[i] = Math.max(lo, Math.min(hi, out[i]));
            }
        }
        return out;
    }
}
