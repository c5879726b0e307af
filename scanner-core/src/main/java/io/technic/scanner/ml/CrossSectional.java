package io.technic.scanner.ml;

import java.util.Arrays;

/** Per-date transforms and rank statistics on small arrays (one date's cross-section). */
final class CrossSectional {

    private CrossSectional() {}

    /** Ranks 1..n with ties sharing their average rank (NaN-free input). */
    static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }

    /** (rank - 1) / (n - 1) - 0.5, in [-0.5, 0.5]; 0 for a single value. */
    static double[] centredRank(double[] v) {
        double[] r = ranks(v);
        int n = v.length;
        for (int i = 0; i < n; i++) {
            r[i] = n == 1 ? 0 : (r[i] - 1) / (n - 1) - 0.5;
        }
        return r;
    }

    /** (v - mean) / sd clamped to ±{@code clamp}; 0 when the sd is 0. */
    static double[] winsorisedZ(double[] v, double clamp) {
        int n = v.length;
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= Math.max(1, n);
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = sd > 0 ? Math.max(-clamp, Math.min(clamp, (v[i] - mean) / sd)) : 0;
        }
        return z;
    }

    /** Pearson correlation of two equal-length arrays; NaN when either is constant. */
    static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
    }

    /** Spearman rank correlation. */
    static double spearman(double[] a, double[] b) {
        return pearson(ranks(a), ranks(b));
    }
}
