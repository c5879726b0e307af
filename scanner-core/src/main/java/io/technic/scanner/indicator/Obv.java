package io.technic.scanner.indicator;

/**
 * On-balance volume (TA-Lib OBV): starts at the first bar's volume, then adds the volume of each
 * up-close bar and subtracts that of each down-close bar (unchanged closes leave it as is). In
 * volume units; no warm-up.
 */
public final class Obv {

    private Obv() {}

    /** Warm-up in bars: 0. */
    public static int lookback() {
        return 0;
    }

    /** Writes the OBV of bars {@code [from, to)} into {@code out[from, to)}. */
    public static void compute(double[] close, double[] volume, int from, int to, double[] out) {
        if (from >= to) {
            return;
        }
        double obv = volume[from];
        double prev = close[from];
        out[from] = obv;
        for (int i = from + 1; i < to; i++) {
            double c = close[i];
            if (c > prev) {
                obv += volume[i];
            } else if (c < prev) {
                obv -= volume[i];
            }
            out[i] = obv;
            prev = c;
        }
    }
}
