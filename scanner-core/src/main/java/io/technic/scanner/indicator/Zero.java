package io.technic.scanner.indicator;

/**
 * TA-Lib's fixed epsilon tests ({@code TA_IS_ZERO}, {@code TA_IS_ZERO_OR_NEG}). Kernels that
 * mirror TA-Lib use them where TA-Lib does, so that near-zero denominators give TA-Lib's
 * fallback values on the same bars.
 */
final class Zero {

    /** TA-Lib's absolute epsilon. */
    static final double EPSILON = 0.00000001;

    private Zero() {}

    /** {@code TA_IS_ZERO}: {@code |v| < 1e-8}. */
    static boolean near(double v) {
        return -EPSILON < v && v < EPSILON;
    }

    /** {@code TA_IS_ZERO_OR_NEG}: {@code v < 1e-8}. */
    static boolean nearOrBelow(double v) {
        return v < EPSILON;
    }
}
