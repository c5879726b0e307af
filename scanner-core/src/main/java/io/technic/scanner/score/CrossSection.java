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
        double[] sorted = finiteSorted(x);
        int m = sorted.length;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i])) {
                out[i] = Double.NaN;
                continue;
            }
            int lo = lowerBound(sorted, x[i]);
            int hi = lo;                                           // the tie group is [lo, hi]
            while (hi + 1 < m && sorted[hi + 1] == x[i]) {
                hi++;
            }
            out[i] = m == 1 ? 50 : 100 * ((lo + hi) / 2.0) / (m - 1);
        }
        return out;
    }

    /** First index whose value is >= {@code v}. */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] finiteSorted(double[] x) {
        double[] f = new double[x.length];
        int m = 0;
        for (double v : x) {
            if (Double.isFinite(v)) {
                f[m++] = v == 0 ? 0.0 : v;   // -0.0 and 0.0 tie
            }
        }
        double[] sorted = Arrays.copyOf(f, m);
        Arrays.sort(sorted);
        return sorted;
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
        double[] sorted = finiteSorted(x);
        int m = sorted.length;
        if (m < 3) {
            return out;
        }
        double lo = sorted[(int) Math.floor(tail * (m - 1))];
        double hi = sorted[(int) Math.ceil((1 - tail) * (m - 1))];
        for (int i = 0; i < out.length; i++) {
            if (Double.isFinite(out[i])) {
                out[i] = Math.max(lo, Math.min(hi, out[i]));
            }
        }
        return out;
    }
}
