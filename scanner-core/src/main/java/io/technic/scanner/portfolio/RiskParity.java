package io.technic.scanner.portfolio;

import java.util.Arrays;

/**
 * Long-only equal-risk-contribution (risk parity) weights, with a per-name cap and per-sector
 * caps.
 *
 * <p>The risk contribution of name {@code i} is {@code RC_i = w_i (Σw)_i}; they add up to the
 * variance {@code wᵀΣw}. Without binding caps the weights are the unique long-only solution of
 * {@code RC_i = wᵀΣw / N}, found as in F. Spinu, "An algorithm for computing risk parity
 * weights" (2013): {@code y* = argmin ½ yᵀΣy − Σ b_i ln y_i} with {@code b_i = 1/N}, by Newton's
 * method (strictly convex; quadratic convergence to 1e-15), then {@code w = y* / Σy*}.
 *
 * <p>When those weights break a cap, the constrained risk-budgeting portfolio of J.-C. Richard
 * and T. Roncalli ("Constrained risk budgeting portfolios", 2019) is used:
 * <pre>
 *   x*(λ) = argmin ½ xᵀΣx − λ Σ b_i ln x_i   over 0 &lt; x_i ≤ maxWeight, Σ_{i ∈ s} x_i ≤ sectorCap
 * </pre>
 * with {@code λ} chosen so that {@code Σ x*(λ) = 1}. Its optimality conditions give equal risk
 * contributions {@code RC_i = λ/N} to every name whose caps do not bind, and smaller ones to
 * capped names: the caps are honoured and the rest of the portfolio stays at risk parity. The
 * inner problem is solved by spectral projected gradient, {@code λ} by bracketing on
 * {@code ln λ} to {@code |Σx − 1| ≤ 1e-12}. When the caps leave exactly the whole budget
 * (capacity 1) the limit {@code λ → ∞} is returned directly: names at their cap, and within a
 * capped sector the sector's cap shared equally. Stateless and thread-safe.
 */
public final class RiskParity {

    private static final double CAP_TOLERANCE = 1e-12;

    private RiskParity() {}

    /**
     * The weights, aligned with the rows of {@code covariance}; they sum to 1.
     *
     * @param covariance symmetric positive definite N × N covariance (any units)
     * @param sectorOf   sector id ({@code >= 0}) of each name, or {@code null} for no sector caps
     * @param maxWeight  cap on each weight, in (0, 1]
     * @param sectorCap  cap on each sector's total weight, in (0, 1] (ignored without sectors)
     * @throws IllegalArgumentException as {@link MinimumVariance#weights}
     */
    public static double[] weights(double[][] covariance, int[] sectorOf, double maxWeight, double sectorCap) {
        double[][] c = Weights.checkedCovariance(covariance);
        Caps caps = Weights.caps(c.length, sectorOf, maxWeight, sectorCap);
        double[] y = unconstrained(c);
        double sum = Arrays.stream(y).sum();
        double[] w = Arrays.stream(y).map(v -> v / sum).toArray();
        if (caps.admits(w, CAP_TOLERANCE)) {
            return w;
        }
        if (caps.capacity() <= 1 + Caps.FEASIBILITY_TOLERANCE) {
            return filled(caps);
        }
        return constrained(c, caps, 1 / (sum * sum));
    }

    /**
     * Risk contributions as fractions of the portfolio variance: {@code w_i (Σw)_i / wᵀΣw}; they
     * sum to 1.
     *
     * @throws IllegalArgumentException if the sizes differ or the variance is not positive
     */
    public static double[] contributions(double[][] covariance, double[] w) {
        if (covariance.length != w.length) {
            throw new IllegalArgumentException("covariance is " + covariance.length + " x " + covariance.length
                    + " but there are " + w.length + " weights");
        }
        double[] cw = new double[w.length];
        Linalg.multiply(covariance, w, cw);
        double variance = Linalg.dot(w, cw);
        if (!(variance > 0)) {
            throw new IllegalArgumentException("portfolio variance is not positive: " + variance);
        }
        double[] rc = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            rc[i] = w[i] * cw[i] / variance;
        }
        return rc;
    }

    /** Spinu's problem with b = 1/N by damped Newton. */
    static double[] unconstrained(double[][] c) {
        int n = c.length;
        double b = 1.0 / n;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 1 / Math.sqrt(c[i][i]);
        }
        double scale = 1 / Math.sqrt(Linalg.quadratic(c, y)); // at the optimum yᵀΣy = Σb = 1
        for (int i = 0; i < n; i++) {
            y[i] *= scale;
        }
        double[] cy = new double[n];
        double[] g = new double[n];
        double[] step = new double[n];
        double[] trial = new double[n];
        double[][] h = new double[n][n];
        double f = spinu(c, y, b, cy);
        for (int it = 0; it < 200; it++) {
            for (int i = 0; i < n; i++) {
                g[i] = cy[i] - b / y[i];
                for (int j = 0; j < n; j++) {
                    h[i][j] = c[i][j] + (i == j ? b / (y[i] * y[i]) : 0);
                }
                step[i] = -g[i];
            }
            double[][] l = Linalg.cholesky(h);
            if (l == null) {
                throw new IllegalStateException("risk parity Hessian lost positive definiteness");
            }
            Linalg.choleskySolve(l, step);
            double decrement = -Linalg.dot(g, step); // Newton decrement squared
            if (decrement < 1e-30) {
                break;
            }
            double t = 1;
            for (int i = 0; i < n; i++) {
                if (step[i] < 0) {
                    t = Math.min(t, -0.99 * y[i] / step[i]); // stay in y > 0
                }
            }
            double fTrial;
            while (true) {
                for (int i = 0; i < n; i++) {
                    trial[i] = y[i] + t * step[i];
                }
                fTrial = spinu(c, trial, b, cy);
                if (fTrial <= f - 1e-4 * t * decrement || t < 1e-12) {
                    break;
                }
                t *= 0.5;
            }
            System.arraycopy(trial, 0, y, 0, n);
            f = fTrial;
        }
        return y;
    }

    private static double spinu(double[][] c, double[] y, double b, double[] cy) {
        Linalg.multiply(c, y, cy);
        double f = 0.5 * Linalg.dot(y, cy);
        for (double v : y) {
            f -= b * Math.log(v);
        }
        return f;
    }

    /** The λ → ∞ limit when the caps leave exactly the budget. */
    private static double[] filled(Caps caps) {
        double[] w = new double[caps.n];
        for (int[] m : caps.members) {
            double each = Math.min(caps.maxWeight, caps.sectorCap / m.length);
            for (int i : m) {
                w[i] = each;
            }
        }
        return normalise(w, caps);
    }

    private static double[] constrained(double[][] c, Caps caps, double lambda0) {
        double b = 1.0 / c.length;
        double[] x = Weights.start(caps);
        // bracket ln λ: S(λ) = Σ x*(λ) rises with λ towards the capacity (> 1)
        double tLo = Math.log(lambda0);
        double sLo = solve(c, caps, b, Math.exp(tLo), x) - 1;
        while (sLo > 0) {
            tLo -= 1;
            sLo = solve(c, caps, b, Math.exp(tLo), x) - 1;
        }
        double tHi = tLo + 1;
        double sHi = solve(c, caps, b, Math.exp(tHi), x) - 1;
        while (sHi < 0) {
            tLo = tHi;
            sLo = sHi;
            tHi += 1;
            if (tHi > 200) {
                throw new IllegalStateException("risk parity budget not reached");
            }
            sHi = solve(c, caps, b, Math.exp(tHi), x) - 1;
        }
        // Illinois regula falsi on S(e^t) − 1
        int side = 0;
        for (int it = 0; it < 200 && Math.abs(sHi) > 1e-12 && Math.abs(sLo) > 1e-12; it++) {
            double t = (tLo * sHi - tHi * sLo) / (sHi - sLo);
            double s = solve(c, caps, b, Math.exp(t), x) - 1;
            if ((s < 0) == (sLo < 0)) {
                tLo = t;
                sLo = s;
                if (side == -1) {
                    sHi *= 0.5;
                }
                side = -1;
            } else {
                tHi = t;
                sHi = s;
                if (side == 1) {
                    sLo *= 0.5;
                }
                side = 1;
            }
            if (Math.abs(s) <= 1e-12) {
                break;
            }
        }
        return normalise(x, caps);
    }

    /** x*(λ) into x (warm start from x); returns Σx. */
    private static double solve(double[][] c, Caps caps, double b, double lambda, double[] x) {
        double[] cx = new double[x.length];
        Spg.minimize(new Spg.Problem() {
            @Override
            public double evaluate(double[] v, double[] grad) {
                Linalg.multiply(c, v, cx);
                double f = 0.5 * Linalg.dot(v, cx);
                for (int i = 0; i < v.length; i++) {
                    if (!(v[i] > 0)) {
                        return Double.POSITIVE_INFINITY;
                    }
                    f -= lambda * b * Math.log(v[i]);
                    grad[i] = cx[i] - lambda * b / v[i];
                }
                return f;
            }

            @Override
            public void project(double[] v, double[] out) {
                caps.projectCaps(v, out);
            }
        }, x, 1e-12, 100_000);
        return Arrays.stream(x).sum();
    }

    /** Scales to sum 1 and clips the rounding excess at the caps. */
    private static double[] normalise(double[] w, Caps caps) {
        double sum = Arrays.stream(w).sum();
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Math.min(w[i] / sum, caps.maxWeight);
        }
        return out;
    }
}
