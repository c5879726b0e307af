package io.technic.scanner.portfolio;

/**
 * Long-only minimum-variance weights under a per-name cap and per-sector caps:
 * <pre>
 *   minimise wᵀ Σ w   subject to   Σ w_i = 1,  0 ≤ w_i ≤ maxWeight,  Σ_{i ∈ s} w_i ≤ sectorCap
 * </pre>
 * Solved by spectral projected gradient with the exact projection onto the constraint set (a
 * strictly convex QP, so the minimiser is unique), on Σ divided by its mean variance, to a
 * projected-gradient norm of 1e-13. Intended for N ≤ 100: each iteration costs O(N²).
 * Stateless and thread-safe.
 */
public final class MinimumVariance {

    private static final double TOLERANCE = 1e-13;
    private static final int MAX_ITERATIONS = 200_000;

    private MinimumVariance() {}

    /**
     * The weights, aligned with the rows of {@code covariance}; they sum to 1.
     *
     * @param covariance symmetric positive definite N × N covariance (any units)
     * @param sectorOf   sector id ({@code >= 0}) of each name, or {@code null} for no sector caps
     * @param maxWeight  cap on each weight, in (0, 1]
     * @param sectorCap  cap on each sector's total weight, in (0, 1] (ignored without sectors)
     * @throws IllegalArgumentException if the covariance is not square, symmetric, finite and
     *                                  positive definite, a cap is out of range, or the caps leave
     *                                  less than the whole budget ({@code Σ_s min(sectorCap,
     *                                  n_s × maxWeight) < 1})
     */
    public static double[] weights(double[][] covariance, int[] sectorOf, double maxWeight, double sectorCap) {
        double[][] c = Weights.checkedCovariance(covariance);
        Caps caps = Weights.caps(c.length, sectorOf, maxWeight, sectorCap);
        double[] w = Weights.start(caps);
        Spg.minimize(new Spg.Problem() {
            @Override
            public double evaluate(double[] x, double[] grad) {
                Linalg.multiply(c, x, grad);
                return 0.5 * Linalg.dot(x, grad);
            }

            @Override
            public void project(double[] v, double[] out) {
                caps.projectBudget(v, out);
            }
        }, w, TOLERANCE, MAX_ITERATIONS);
        return w;
    }
}
