package io.technic.scanner.portfolio;

/**
 * The Ledoit–Wolf shrinkage covariance: O. Ledoit and M. Wolf, "A well-conditioned estimator
 * for large-dimensional covariance matrices", J. Multivariate Analysis 88 (2004) 365–411.
 *
 * <p>With {@code T} observations {@code x_t} of {@code N} variables, demeaned per variable,
 * and the norm {@code ‖A‖² = tr(A Aᵀ) / N} of the paper:
 * <pre>
 *   S   = (1/T) Σ_t x_t x_tᵀ                          sample covariance (divisor T, as in the paper)
 *   m   = tr(S) / N                                   the target is m·I
 *   d²  = ‖S − m I‖²
 *   b̄²  = (1/T²) Σ_t ‖x_t x_tᵀ − S‖²  = (Σ_t ‖x_t‖⁴ / T − ‖S‖²_F) / (N T)
 *   b²  = min(b̄², d²),   a² = d² − b²
 *   S*  = (b²/d²) m I + (a²/d²) S                     intensity δ = b²/d² ∈ [0, 1]
 * </pre>
 * (Lemma 3.2 and Theorem 3.2 of the paper.) The paper assumes zero-mean variables; the returns
 * are demeaned first, as scikit-learn's {@code ledoit_wolf} does. When {@code d² = 0}
 * ({@code S} already a multiple of I) the intensity is 0. For a fixed {@code N}, {@code δ → 0} as
 * {@code T → ∞}, so {@code S*} tends to the sample covariance; for {@code N > T} it is still
 * positive definite whenever {@code m > 0} and {@code δ > 0}. Units: those of the data squared
 * (daily log returns give a daily covariance). Stateless and thread-safe.
 */
public final class LedoitWolf {

    private LedoitWolf() {}

    /**
     * The estimate.
     *
     * @param covariance the shrunk covariance {@code S*}, symmetric N × N
     * @param sample     the sample covariance {@code S} (divisor T)
     * @param target     {@code m}, the mean sample variance
     * @param intensity  {@code δ = b²/d²} in [0, 1]: the weight of the target
     */
    public record Estimate(double[][] covariance, double[][] sample, double target, double intensity) {
    }

    /**
     * Estimates the shrunk covariance of {@code x[t][j]}: observation {@code t}, variable {@code j}.
     * The input is not modified.
     *
     * @throws IllegalArgumentException if there are fewer than 2 observations, no variables, rows of
     *                                  different lengths, or a value that is not finite
     */
    public static Estimate estimate(double[][] x) {
        int t = x.length;
        if (t < 2) {
            throw new IllegalArgumentException("need at least 2 observations, got " + t);
        }
        int n = x[0].length;
        if (n < 1) {
            throw new IllegalArgumentException("need at least 1 variable");
        }
        double[] mean = new double[n];
        for (int k = 0; k < t; k++) {
            if (x[k].length != n) {
                throw new IllegalArgumentException("observation " + k + " has " + x[k].length + " values, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(x[k][j])) {
                    throw new IllegalArgumentException("value at observation " + k + ", variable " + j + " is " + x[k][j]);
                }
                mean[j] += x[k][j];
            }
        }
        for (int j = 0; j < n; j++) {
            mean[j] /= t;
        }
        double[][] s = new double[n][n];
        double sumFourth = 0; // Σ_t ‖x_t‖⁴
        double[] xc = new double[n];
        for (int k = 0; k < t; k++) {
            double sq = 0;
            for (int j = 0; j < n; j++) {
                xc[j] = x[k][j] - mean[j];
                sq += xc[j] * xc[j];
            }
            sumFourth += sq * sq;
            for (int i = 0; i < n; i++) {
                double xi = xc[i];
                double[] row = s[i];
                for (int j = 0; j <= i; j++) {
                    row[j] += xi * xc[j];
                }
            }
        }
        double trace = 0;
        double frob = 0; // ‖S‖²_F
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                s[i][j] /= t;
                s[j][i] = s[i][j];
                frob += (i == j ? 1 : 2) * s[i][j] * s[i][j];
            }
            trace += s[i][i];
        }
        double m = trace / n;
        double d2 = 0; // ‖S − mI‖², summed directly: the expanded form cancels when S ≈ mI
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double e = s[i][j] - (i == j ? m : 0);
                d2 += e * e;
            }
        }
        d2 /= n;
        double b2bar = Math.max(0, (sumFourth / t - frob) / ((double) n * t));
        double b2 = Math.min(b2bar, d2);
        double intensity = d2 > 0 ? b2 / d2 : 0;
        double[][] shrunk = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                shrunk[i][j] = (1 - intensity) * s[i][j] + (i == j ? intensity * m : 0);
            }
        }
        return new Estimate(shrunk, s, m, intensity);
    }
}
