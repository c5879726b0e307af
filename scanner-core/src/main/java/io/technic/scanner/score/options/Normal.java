package io.technic.scanner.score.options;

/**
 * The standard normal distribution to full double precision.
 *
 * <p>{@link #cdf(double)} uses W. J. Cody's rational Chebyshev approximations of erf and erfc
 * ("Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969) 631–637;
 * the coefficients of his SPECFUN routine CALERF), whose approximation error is below 1e-17
 * relative. Two details keep the result at a few ulps instead of the ~1e-13 a naive
 * {@code 0.5 × erfc(−x/√2)} reaches in the far tail:
 * <ul>
 *   <li>the tail is computed as {@code Q(|x|) = ½ e^{−x²/2} R(|x|/√2)} with
 *       {@code R(y) = e^{y²} erfc(y)} the smooth rational part, so the rounding of {@code x/√2}
 *       only enters {@code R}, where it is harmless;</li>
 *   <li>{@code e^{−x²/2}} is evaluated as {@code e^{−a²/2} e^{−(x−a)(x+a)/2}} with
 *       {@code a = ⌊16|x|⌋/16}, so {@code a²/2} is exact (Cody's splitting).</li>
 * </ul>
 * Measured against 50-digit references: relative error below 1e-14 for {@code x} in [−37, 8]
 * (the test asserts it). {@code cdf(x)} is 0 below −38.5 and 1 above 8.3, where the double
 * result is exactly 0 or 1 to rounding. Stateless and thread-safe.
 */
public final class Normal {

    private static final double INV_SQRT2 = 0.7071067811865475244008443621048490;
    private static final double INV_SQRT_2PI = 0.3989422804014326779399460599343819;
    private static final double INV_SQRT_PI = 0.5641895835477562869480794515607726;
    private static final double THRESH = 0.46875;

    // erf on |y| <= 0.46875
    private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02,
        3.77485237685302021e02, 3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02,
        1.28261652607737228e03, 2.84423683343917062e03};
    // e^{y²} erfc(y) on 0.46875 <= y <= 4
    private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00,
        6.61191906371416295e01, 2.98635138197400131e02, 8.81952221241769090e02,
        1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03,
        2.15311535474403846e-8};
    private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02,
        5.37181101862009858e02, 1.62138957456669019e03, 3.29079923573345963e03,
        4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03};
    // e^{y²} erfc(y) for y > 4
    private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1,
        1.25781726111229246e-1, 1.60837851487422766e-2, 6.58749161529837803e-4,
        1.63153871373020978e-2};
    private static final double[] Q = {2.56852019228982242e00, 1.87295284992346047e00,
        5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3};

    private Normal() {}

    /** Density {@code φ(x) = e^{−x²/2} / √(2π)}. */
    public static double pdf(double x) {
        return INV_SQRT_2PI * gaussian(Math.abs(x));
    }

    /**
     * Distribution function {@code Φ(x) = P(Z ≤ x)}; NaN for NaN, 0 and 1 at the infinities.
     */
    public static double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double ax = Math.abs(x);
        double y = ax * INV_SQRT2;
        if (y <= THRESH) {
            return 0.5 + 0.5 * erfSmall(x * INV_SQRT2);
        }
        double tail = ax > 38.5 ? 0 : 0.5 * gaussian(ax) * scaledErfc(y); // Q(|x|)
        return x < 0 ? tail : 1 - tail;
    }

    /** erf(y) for |y| <= 0.46875. */
    private static double erfSmall(double y) {
        double ysq = y * y;
        double num = A[4] * ysq;
        double den = ysq;
        for (int i = 0; i < 3; i++) {
            num = (num + A[i]) * ysq;
            den = (den + B[i]) * ysq;
        }
        return y * (num + A[3]) / (den + B[3]);
    }

    /** {@code e^{y²} erfc(y)} for y > 0.46875. */
    private static double scaledErfc(double y) {
        if (y <= 4) {
            double num = C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            return (num + C[7]) / (den + D[7]);
        }
        double ysq = 1 / (y * y);
        double num = P[5] * ysq;
        double den = ysq;
        for (int i = 0; i < 4; i++) {
            num = (num + P[i]) * ysq;
            den = (den + Q[i]) * ysq;
        }
        return (INV_SQRT_PI - ysq * (num + P[4]) / (den + Q[4])) / y;
    }

    /** {@code e^{−x²/2}} for x >= 0 with Cody's splitting: {@code a²/2} is exact for a = ⌊16x⌋/16. */
    private static double gaussian(double x) {
        double a = Math.floor(x * 16) / 16;
        double del = (x - a) * (x + a);
        return Math.exp(-0.5 * a * a) * Math.exp(-0.5 * del);
    }
}
