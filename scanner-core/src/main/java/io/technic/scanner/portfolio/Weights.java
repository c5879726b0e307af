package io.technic.scanner.portfolio;

import java.util.Objects;

/** Shared checks and risk arithmetic of the weight solvers. */
final class Weights {

    private Weights() {}

    /** Validates a covariance matrix and returns its normalised Cholesky-checked copy. */
    static double[][] checkedCovariance(double[][] covariance) {
        Objects.requireNonNull(covariance, "covariance");
        int n = covariance.length;
        if (n == 0) {
            throw new IllegalArgumentException("covariance is empty");
        }
        for (int i = 0; i < n; i++) {
            if (covariance[i].length != n) {
                throw new IllegalArgumentException("covariance is not square (row " + i + ")");
            }
            for (int j = 0; j < n; j++) {
                double v = covariance[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("covariance[" + i + "][" + j + "] is " + v);
                }
                if (Math.abs(v - covariance[j][i]) > 1e-12 * Math.max(1, Math.abs(v))) {
                    throw new IllegalArgumentException("covariance is not symmetric at (" + i + ", " + j + ")");
                }
            }
        }
        double[][] c = Linalg.normalised(covariance);
        if (Linalg.cholesky(c) == null) {
            throw new IllegalArgumentException("covariance is not positive definite");
        }
        return c;
    }

    static Caps caps(int n, int[] sectorOf, double maxWeight, double sectorCap) {
        if (!(maxWeight > 0 && maxWeight <= 1)) {
            throw new IllegalArgumentException("maxWeight must be in (0, 1]: " + maxWeight);
        }
        Caps caps;
        if (sectorOf == null) {
            caps = Caps.namesOnly(n, maxWeight);
        } else {
            if (sectorOf.length != n) {
                throw new IllegalArgumentException("sectorOf has " + sectorOf.length + " entries for " + n + " names");
            }
            if (!(sectorCap > 0 && sectorCap <= 1)) {
                throw new IllegalArgumentException("sectorCap must be in (0, 1]: " + sectorCap);
            }
            caps = new Caps(sectorOf, maxWeight, sectorCap);
        }
        if (!caps.feasible()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "caps leave room for only %.6f of the budget (maxWeight %s, sectorCap %s, %d names)",
                    caps.capacity(), maxWeight, sectorCap, n));
        }
        return caps;
    }

    /** Euclidean projection of the equal-weight point: a feasible start. */
    static double[] start(Caps caps) {
        double[] w = new double[caps.n];
        java.util.Arrays.fill(w, 1.0 / caps.n);
        double[] out = new double[caps.n];
        caps.projectBudget(w, out);
        return out;
    }
}
