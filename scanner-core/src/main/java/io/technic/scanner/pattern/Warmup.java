package io.technic.scanner.pattern;

import java.util.Arrays;

/** The shared start of every candlestick kernel: validates the range and zeroes the warm-up. */
final class Warmup {

    private Warmup() {}

    /**
     * Writes 0 over the warm-up of {@code [from, to)} and returns the first bar to evaluate, which
     * is {@code to} or beyond when the range is too short for any output.
     *
     * @throws IllegalArgumentException if {@code from < 0} or {@code to < from}
     */
    static int begin(int from, int to, int lookback, int[] out) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad range [" + from + ", " + to + ")");
        }
        int first = from + lookback;
        Arrays.fill(out, from, Math.min(first, to), 0);
        return first;
    }

    /** @throws IllegalArgumentException if {@code penetration} is negative or NaN */
    static double penetration(double penetration) {
        if (!(penetration >= 0)) {
            throw new IllegalArgumentException("penetration must be >= 0: " + penetration);
        }
        return penetration;
    }
}
