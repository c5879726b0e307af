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
    }

    private static final int RADIX_BITS = 11;
    private static final int RADIX = 1 << RADIX_BITS;

    private static final int PASSES = (Long.SIZE + RADIX_BITS - 1) / RADIX_BITS;

    private static Sorted sortFinite(double[] x) {
        int n = x.length;
        long[] keys = new long[n];
        int[] index = new int[n];
        // one read of the input builds every digit's histogram at once
        int[] count = new int[PASSES * RADIX];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (Double.isFinite(v)) {
                long key = toKey(v == 0 ? 0.0 : v);
                keys[m] = key;
                index[m++] = i;
                for (int p = 0; p < PASSES; p++) {
                    count[p * RADIX + ((int) (key >>> (p * RADIX_BITS)) & (RADIX - 1))]++;
                }
            }
        }
        long[] keys2 = new long[m];
        int[] index2 = new int[m];
        for (int p = 0; p < PASSES; p++) {
            int base = p * RADIX;
            int shift = p * RADIX_BITS;
            if (m == 0 || count[base + ((int) (keys[0] >>> shift) & (RADIX - 1))] == m) {
                continue;                                         // every key has this digit
            }
            for (int d = 0, sum = 0; d < RADIX; d++) {
                int c = count[base + d];
                count[base + d] = sum;
                sum += c;
            }
            for (int k = 0; k < m; k++) {
                long key = keys[k];
                int to = count[base + ((int) (key >>> shift) & (RADIX - 1))]++;
                keys2[to] = key;
                index2[to] = index[k];
            }
            long[] tk = keys;                                     // ping-pong, no copy back
            keys = keys2;
            keys2 = tk;
            int[] ti = index;
            index = index2;
            index2 = ti;
        }
        return new Sorted(keys, index, m);
    }

    /** Order-preserving unsigned key of a double: the sign bit flipped, or all bits for negatives. */
    private static long toKey(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
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
        // one lookup per value: group label -> dense id; then sums per id
        int[] gid = new int[n];
        int groupCount = 1;
        if (groups != null) {
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Integer id = ids.putIfAbsent(groups[i], ids.size());
                gid[i] = id == null ? ids.size() - 1 : id;
            }
            groupCount = Math.max(1, ids.size());
        }
        double[] sum = new double[groupCount];
        double[] sumSq = new double[groupCount];
        double[] count = new double[groupCount];
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(w[i])) {
                int g = gid[i];
                sum[g] += w[i];
                sumSq[g] += w[i] * w[i];
                count[g]++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(w[i])) {
                continue;
            }
            int g = gid[i];
            double c = count[g];
            double mean = sum[g] / c;
            double var = c > 1 ? Math.max(0, (sumSq[g] - c * mean * mean) / (c - 1)) : 0;
            double sd = Math.sqrt(var);
            out[i] = c < 3 || !(sd > 0) ? 0 : Math.max(-3, Math.min(3, (w[i] - mean) / sd));
        }
        return out;
    }

    /**
     * Clips finite values to the {@code tail} and {@code 1 - tail} quantiles (nearest rank). The
     * two order statistics come from a selection (linear time), not a sort.
     */
    public static double[] winsorize(double[] x, double tail) {
        double[] out = x.clone();
        double[] f = new double[x.length];
        int m = 0;
        for (double v : x) {
            if (Double.isFinite(v)) {
                f[m++] = v == 0 ? 0.0 : v;                        // -0.0 and 0.0 tie, as 0.0
            }
        }
        if (m < 3) {
            return out;
        }
        int kLo = (int) Math.floor(tail * (m - 1));
        int kHi = (int) Math.ceil((1 - tail) * (m - 1));
        double lo = select(f, 0, m - 1, kLo);
        double hi = select(f, kLo, m - 1, kHi);                   // [0, kLo] already hold the smallest
        for (int i = 0; i < out.length; i++) {
            if (Double.isFinite(out[i])) {
                out[i] = Math.max(lo, Math.min(hi, out[i]));
            }
        }
        return out;
    }

    /**
     * The {@code k}-th smallest of {@code a[lo..hi]} (finite, no -0.0), partially ordering the
     * range around it: quickselect with a median-of-three pivot and a Hoare partition.
     */
    private static double select(double[] a, int lo, int hi, int k) {
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            // now a[lo..j] <= pivot, a[j+1..i-1] == pivot, a[i..hi] >= pivot
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
