package io.technic.scanner.portfolio;

import java.util.Arrays;

/**
 * The long-only constraint set: {@code 0 ≤ w_i ≤ maxWeight} and, for every sector,
 * {@code Σ_{i ∈ s} w_i ≤ sectorCap}; with or without the budget {@code Σ w = 1}. Holds the
 * exact Euclidean projections onto both sets. Sectors partition the names, so for a budget
 * multiplier {@code τ} the projection is
 * {@code w_i = clip(v_i − τ − ν_s, 0, maxWeight)} with {@code ν_s ≥ 0} the smallest value
 * that brings the sector within its cap; the sector sum at {@code τ} is
 * {@code min(cap, Σ clip(v_i − τ, 0, maxWeight))}, monotone in {@code τ}, so both
 * multipliers are found by bisection. Immutable.
 */
final class Caps {

    /** Feasibility slack: a capacity of 1 − 1e-12 still counts as room for the budget. */
    static final double FEASIBILITY_TOLERANCE = 1e-12;

    final int n;
    final double maxWeight;
    final double sectorCap;
    final int[][] members; // names of each sector

    Caps(int[] sectorOf, double maxWeight, double sectorCap) {
        this.n = sectorOf.length;
        this.maxWeight = maxWeight;
        this.sectorCap = sectorCap;
        int sectors = 0;
        for (int s : sectorOf) {
            if (s < 0) {
                throw new IllegalArgumentException("sector ids must be >= 0: " + s);
            }
            sectors = Math.max(sectors, s + 1);
        }
        int[] count = new int[sectors];
        for (int s : sectorOf) {
            count[s]++;
        }
        int[][] all = new int[sectors][];
        for (int s = 0; s < sectors; s++) {
            all[s] = new int[count[s]];
        }
        int[] fill = new int[sectors];
        for (int i = 0; i < n; i++) {
            all[sectorOf[i]][fill[sectorOf[i]]++] = i;
        }
        members = Arrays.stream(all).filter(m -> m.length > 0).toArray(int[][]::new); // ids may have gaps
    }

    /** Each name in a sector of its own with a non-binding cap. */
    static Caps namesOnly(int n, double maxWeight) {
        int[] own = new int[n];
        for (int i = 0; i < n; i++) {
            own[i] = i;
        }
        return new Caps(own, maxWeight, 1.0);
    }

    /** The largest total weight the caps allow: {@code Σ_s min(sectorCap, n_s × maxWeight)}. */
    double capacity() {
        double c = 0;
        for (int[] m : members) {
            c += Math.min(sectorCap, m.length * maxWeight);
        }
        return c;
    }

    boolean feasible() {
        return capacity() >= 1 - FEASIBILITY_TOLERANCE;
    }

    /** Whether {@code w} keeps every cap within {@code tol}. */
    boolean admits(double[] w, double tol) {
        for (int[] m : members) {
            double sum = 0;
            for (int i : m) {
                if (w[i] < -tol || w[i] > maxWeight + tol) {
                    return false;
                }
                sum += w[i];
            }
            if (sum > sectorCap + tol) {
                return false;
            }
        }
        return true;
    }

    /** Euclidean projection of {@code v} onto the caps without the budget (into {@code out}). */
    void projectCaps(double[] v, double[] out) {
        for (int[] m : members) {
            projectSector(v, 0, m, out);
        }
    }

    /** Euclidean projection of {@code v} onto the caps with {@code Σ w = 1} (into {@code out}); needs {@link #feasible()}. */
    void projectBudget(double[] v, double[] out) {
        double lo = Double.POSITIVE_INFINITY; // total >= 1 at lo
        double hi = Double.NEGATIVE_INFINITY; // total == 0 at hi
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        lo -= maxWeight + 1;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (total(v, mid) >= 1) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // total(lo) >= 1 >= total(hi) and hi is the next double: interpolate the last linear piece
        double tl = total(v, lo);
        double th = total(v, hi);
        double tau = tl > th ? lo + (hi - lo) * (tl - 1) / (tl - th) : lo;
        for (int[] m : members) {
            projectSector(v, tau, m, out);
        }
    }

    private double total(double[] v, double tau) {
        double t = 0;
        for (int[] m : members) {
            double s = 0;
            for (int i : m) {
                s += clip(v[i] - tau);
            }
            t += Math.min(s, sectorCap);
        }
        return t;
    }

    private void projectSector(double[] v, double tau, int[] m, double[] out) {
        double sum = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int i : m) {
            out[i] = clip(v[i] - tau);
            sum += out[i];
            top = Math.max(top, v[i] - tau);
        }
        if (sum <= sectorCap) {
            return;
        }
        double lo = 0;   // sum > cap
        double hi = top; // sum == 0
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            double s = 0;
            for (int i : m) {
                s += clip(v[i] - tau - mid);
            }
            if (s > sectorCap) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        for (int i : m) {
            out[i] = clip(v[i] - tau - hi);
        }
    }

    private double clip(double x) {
        return x <= 0 ? 0 : Math.min(x, maxWeight);
    }
}
