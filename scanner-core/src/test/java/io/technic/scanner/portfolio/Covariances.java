package io.technic.scanner.portfolio;

import java.util.SplittableRandom;

/** Test covariance matrices and return samples. */
final class Covariances {

    private Covariances() {}

    /** A random positive definite covariance with vols around 1–3 % a day and mixed correlations. */
    static double[][] random(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = rnd.nextGaussian();
            }
        }
        double[] vol = new double[n];
        for (int i = 0; i < n; i++) {
            vol[i] = 0.01 + 0.02 * rnd.nextDouble();
        }
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i][k] * a[j][k];
                }
                c[i][j] = s / n + (i == j ? 0.5 : 0);
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = c[i][j] / Math.sqrt(c[i][i] * c[j][j]) * vol[i] * vol[j];
            }
        }
        return out;
    }

    static double[][] diagonal(double... variances) {
        double[][] c = new double[variances.length][variances.length];
        for (int i = 0; i < variances.length; i++) {
            c[i][i] = variances[i];
        }
        return c;
    }

    /** {@code t} draws of Gaussian returns with a one-factor structure: r_j = β_j f + ε_j. */
    static double[][] factorReturns(int t, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] beta = new double[n];
        double[] idio = new double[n];
        for (int j = 0; j < n; j++) {
            beta[j] = 0.5 + rnd.nextDouble();
            idio[j] = 0.005 + 0.015 * rnd.nextDouble();
        }
        double[][] x = new double[t][n];
        for (int k = 0; k < t; k++) {
            double f = 0.01 * rnd.nextGaussian();
            for (int j = 0; j < n; j++) {
                x[k][j] = 0.0003 + beta[j] * f + idio[j] * rnd.nextGaussian();
            }
        }
        return x;
    }

    static double[] multiply(double[][] c, double[] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                out[i] += c[i][j] * w[j];
            }
        }
        return out;
    }

    static double variance(double[][] c, double[] w) {
        double[] cw = multiply(c, w);
        double v = 0;
        for (int i = 0; i < w.length; i++) {
            v += w[i] * cw[i];
        }
        return v;
    }

    static double sum(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        return s;
    }
}
