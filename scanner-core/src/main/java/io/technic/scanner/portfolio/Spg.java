package io.technic.scanner.portfolio;

/**
 * Spectral projected gradient (E. G. Birgin, J. M. Martínez, M. Raydan, "Nonmonotone spectral
 * projected gradient methods on convex sets", SIAM J. Optim. 10 (2000), algorithm SPG2) for a
 * smooth convex function over a closed convex set given by its projection. Barzilai–Borwein
 * steps with a nonmonotone Armijo line search over the last 10 values; a value of +∞ marks a
 * point outside the function's domain and is backtracked from. Stops when the projected
 * gradient {@code ‖P(x − ∇f) − x‖∞} is at most the tolerance. Below some level the line search
 * only sees rounding noise in {@code f}; when the best projected gradient has not improved for
 * {@value #STALL} iterations the best point is returned if it is within
 * {@value #STALL_ACCEPT}× the tolerance.
 */
final class Spg {

    interface Problem {
        /** f(x); writes ∇f(x) into {@code grad}; +∞ outside the domain. */
        double evaluate(double[] x, double[] grad);

        void project(double[] v, double[] out);
    }

    private static final int MEMORY = 10;
    private static final int STALL = 2_000;
    private static final double STALL_ACCEPT = 1e3;
    private static final double GAMMA = 1e-4;
    private static final double STEP_MIN = 1e-12;
    private static final double STEP_MAX = 1e6; // problems come normalised (unit mean variance)

    private Spg() {}

    /**
     * Minimises from {@code x} (overwritten with the solution).
     *
     * @return the number of iterations
     * @throws IllegalStateException if the start is outside the domain or the tolerance is not met
     */
    static int minimize(Problem p, double[] x, double tol, int maxIterations) {
        int n = x.length;
        double[] g = new double[n];
        double[] trial = new double[n];
        double[] d = new double[n];
        double[] gNew = new double[n];
        double[] xNew = new double[n];
        p.project(x.clone(), x);
        double f = p.evaluate(x, g);
        if (!Double.isFinite(f)) {
            throw new IllegalStateException("start outside the domain");
        }
        double[] history = new double[MEMORY];
        java.util.Arrays.fill(history, f);
        double pg = projectedGradient(p, x, g, trial, xNew);
        double step = Math.min(STEP_MAX, Math.max(STEP_MIN, 1 / Math.max(pg, 1e-300)));
        double bestPg = pg;
        double[] best = x.clone();
        int bestAt = 0;
        for (int it = 0; it < maxIterations; it++) {
            if (pg <= tol) {
                return it;
            }
            if (pg < bestPg) {
                bestPg = pg;
                System.arraycopy(x, 0, best, 0, n);
                bestAt = it;
            } else if (it - bestAt > STALL) {
                System.arraycopy(best, 0, x, 0, n);
                if (bestPg <= STALL_ACCEPT * tol) {
                    return it;
                }
                throw new IllegalStateException("projected gradient stalled at " + bestPg + ", above " + tol);
            }
            for (int i = 0; i < n; i++) {
                trial[i] = x[i] - step * g[i];
            }
            p.project(trial, d);
            double gd = 0;
            for (int i = 0; i < n; i++) {
                d[i] -= x[i];
                gd += g[i] * d[i];
            }
            double fMax = Double.NEGATIVE_INFINITY;
            for (double h : history) {
                fMax = Math.max(fMax, h);
            }
            double t = 1;
            double fNew;
            while (true) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + t * d[i];
                }
                fNew = p.evaluate(xNew, gNew);
                if (fNew <= fMax + GAMMA * t * gd) {
                    break;
                }
                double tq = Double.isFinite(fNew) ? -0.5 * t * t * gd / (fNew - f - t * gd) : -1;
                t = tq >= 0.1 * t && tq <= 0.9 * t ? tq : 0.5 * t;
                if (t < 1e-30) {
                    // no decrease is representable: x is optimal to rounding
                    return it;
                }
            }
            double sy = 0;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double s = xNew[i] - x[i];
                sy += s * (gNew[i] - g[i]);
                ss += s * s;
                x[i] = xNew[i];
                g[i] = gNew[i];
            }
            f = fNew;
            history[it % MEMORY] = f;
            step = sy <= 0 ? STEP_MAX : Math.min(STEP_MAX, Math.max(STEP_MIN, ss / sy));
            pg = projectedGradient(p, x, g, trial, xNew);
        }
        if (pg <= tol) {
            return maxIterations;
        }
        throw new IllegalStateException("projected gradient " + pg + " above " + tol + " after "
                + maxIterations + " iterations");
    }

    /** {@code ‖P(x − g) − x‖∞}; {@code work} and {@code out} are scratch space. */
    private static double projectedGradient(Problem p, double[] x, double[] g, double[] work, double[] out) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            work[i] = x[i] - g[i];
        }
        p.project(work, out);
        double m = 0;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, Math.abs(out[i] - x[i]));
        }
        return m;
    }
}
