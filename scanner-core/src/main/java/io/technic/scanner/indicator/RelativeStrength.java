package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Relative strength against an index over {@code period} bars (usually 63, about a quarter):
 * {@code (close[t] / close[t - period]) / (index(day[t]) / index(day[t - period])) - 1}, a
 * fraction: +0.1 = the symbol's {@code period}-bar return beat the index's over the same dates
 * by a factor of 1.1. {@code t - period} counts the symbol's own bars.
 *
 * <p>The index has its own calendar: {@code index(d)} is the index close on the last index date
 * on or before {@code d} (a symbol date missing from the index takes the previous index close).
 * Where no index date is on or before a needed date, the output is NaN. Days are epoch days,
 * ascending in both series ({@link io.technic.scanner.model.BarColumns#day()}); prices must be
 * {@code > 0}. Time is linear in the two ranges (one binary search, then a merge walk).
 * Stateless and thread-safe.
 */
public final class RelativeStrength {

    private RelativeStrength() {}

    /** Warm-up in bars: {@code period} (63 for 63). */
    public static int lookback(int period) {
        return period;
    }

    /**
     * Writes the relative strength of the symbol's {@code [from, to)} against the index bars
     * {@code [indexFrom, indexTo)} into {@code out[from, to)}. Only those two ranges are read.
     *
     * @throws IllegalArgumentException if {@code period < 1} or {@code indexFrom > indexTo}
     */
    public static void compute(int[] day, double[] close, int from, int to,
                               int[] indexDay, double[] indexClose, int indexFrom, int indexTo,
                               int period, double[] out) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1: " + period);
        }
        if (indexFrom > indexTo) {
            throw new IllegalArgumentException("index range reversed: " + indexFrom + " > " + indexTo);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        Arrays.fill(out, from, first, Double.NaN);
        // now / then: index positions of the last index date on or before day[i] / day[i - period]
        int now = lastOnOrBefore(indexDay, indexFrom, indexTo, day[first]);
        int then = lastOnOrBefore(indexDay, indexFrom, indexTo, day[from]);
        for (int i = first; i < to; i++) {
            int today = day[i];
            while (now + 1 < indexTo && indexDay[now + 1] <= today) {
                now++;
            }
            int past = day[i - period];
            while (then + 1 < indexTo && indexDay[then + 1] <= past) {
                then++;
            }
            out[i] = then < indexFrom
                    ? Double.NaN
                    : (close[i] / close[i - period]) / (indexClose[now] / indexClose[then]) - 1;
        }
    }

    /** Position of the last {@code days[k] <= day} in {@code [lo, hi)}, or {@code lo - 1}. */
    static int lastOnOrBefore(int[] days, int lo, int hi, int day) {
        int found = lo - 1;
        hi--;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] <= day) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
