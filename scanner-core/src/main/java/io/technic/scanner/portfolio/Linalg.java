package io.technic.scanner.portfolio;

/** Small dense linear algebra on {@code double[][]} (row-major, square). */
final class Linalg {

    private Linalg() {}

    /** {@code out = a × x}. */
    static void multiply(double[][] a, double[] x, double[] out) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double[] row = a[i];
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += row[j] * x[j];
            }
            out[i] = s;
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** {@code x' a x}. */
    static double quadratic(double[][] a, double[] x) {
        double[] ax = new double[x.length];
        multiply(a, x, ax);
        return dot(x, ax);
    }

    /** Lower Cholesky factor of a symmetric matrix, or {@code null} when it is not positive definite. */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    /** Solves {@code L L' x = b} in place of {@code b}. */
    static void choleskySolve(double[][] l, double[] b) {
        int n = b.length;
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * b[k];
            }
            b[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * b[k];
            }
            b[i] = s / l[i][i];
        }
    }

    /** The matrix divided by its mean diagonal, so solver tolerances do not depend on units. */
    static double[][] normalised(double[][] a) {
        int n = a.length;
        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += a[i][i];
        }
        double scale = n / trace;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = a[i][j] * scale;
            }
        }
        return out;
    }
}
