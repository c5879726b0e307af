package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Wilder's parabolic stop-and-reverse (TA-Lib SAR), in price units.
 *
 * <p>As in TA-Lib: the first direction is short if the second bar has a positive −DM (its low
 * fell further than its high rose), else long; the first SAR is the previous bar's low (long) or
 * high (short) and the first extreme point that bar's high (long) or low (short). Each bar emits
 * the SAR, then: on a penetration the position reverses, the SAR jumps to the extreme point and
 * the acceleration resets; otherwise a new extreme raises the acceleration by
 * {@code acceleration} up to {@code maximum}. The SAR never enters the current or previous
 * bar's range. An acceleration above the maximum is lowered to it. Lookback 1.
 */
public final class ParabolicSar {

    private ParabolicSar() {}

    /** Warm-up in bars: 1. */
    public static int lookback() {
        return 1;
    }

    /**
     * Writes the SAR of bars {@code [from, to)} into {@code out[from, to)}; 0.02 / 0.2 are the
     * usual acceleration and maximum.
     *
     * @throws IllegalArgumentException if {@code acceleration} or {@code maximum} is negative or NaN
     */
    public static void compute(double[] high, double[] low, int from, int to, double acceleration,
                               double maximum, double[] out) {
        if (!(acceleration >= 0) || !(maximum >= 0)) {
            throw new IllegalArgumentException(
                    "acceleration and maximum must be >= 0: " + acceleration + "/" + maximum);
        }
        int first = from + lookback();
        if (first >= to) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        out[from] = Double.NaN;
        if (acceleration > maximum) {
            acceleration = maximum;
        }
        double af = acceleration;
        double up = high[first] - high[first - 1];
        double down = low[first - 1] - low[first];
        boolean isLong = !(down > 0 && up < down);
        double ep;
        double sar;
        if (isLong) {
            ep = high[first];
            sar = low[first - 1];
        } else {
            ep = low[first];
            sar = high[first - 1];
        }
        double newLow = low[first];
        double newHigh = high[first];
        for (int i = first; i < to; i++) {
            double prevLow = newLow;
            double prevHigh = newHigh;
            newLow = low[i];
            newHigh = high[i];
            if (isLong) {
                if (newLow <= sar) {
                    isLong = false;
                    sar = ep;
                    if (sar < prevHigh) {
                        sar = prevHigh;
                    }
                    if (sar < newHigh) {
                        sar = newHigh;
                    }
                    out[i] = sar;
                    af = acceleration;
                    ep = newLow;
                    sar = sar + af * (ep - sar);
                    if (sar < prevHigh) {
                        sar = prevHigh;
                    }
                    if (sar < newHigh) {
                        sar = newHigh;
                    }
                } else {
                    out[i] = sar;
                    if (newHigh > ep) {
                        ep = newHigh;
                        af += acceleration;
                        if (af > maximum) {
                            af = maximum;
                        }
                    }
                    sar = sar + af * (ep - sar);
                    if (sar > prevLow) {
                        sar = prevLow;
                    }
                    if (sar > newLow) {
                        sar = newLow;
                    }
                }
            } else {
                if (newHigh >= sar) {
                    isLong = true;
                    sar = ep;
                    if (sar > prevLow) {
                        sar = prevLow;
                    }
                    if (sar > newLow) {
                        sar = newLow;
                    }
                    out[i] = sar;
                    af = acceleration;
                    ep = newHigh;
                    sar = sar + af * (ep - sar);
                    if (sar > prevLow) {
                        sar = prevLow;
                    }
                    if (sar > newLow) {
                        sar = newLow;
                    }
                } else {
                    out[i] = sar;
                    if (newLow < ep) {
                        ep = newLow;
                        af += acceleration;
                        if (af > maximum) {
                            af = maximum;
                        }
                    }
                    sar = sar + af * (ep - sar);
                    if (sar < prevHigh) {
                        sar = prevHigh;
                    }
                    if (sar < newHigh) {
                        sar = newHigh;
                    }
                }
            }
        }
    }
}
