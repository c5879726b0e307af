package io.technic.scanner.portfolio;

import io.technic.scanner.model.BarColumns;
import java.time.LocalDate;

/**
 * Daily log returns of several symbols on the dates they all share, ending at an as-of date.
 * Walks every symbol backwards from its last bar on or before the as-of date and keeps a date
 * only when all symbols have a bar on it, until {@code lookback + 1} shared dates are found or
 * a symbol runs out. A return is {@code ln(close_d / close_p)} between consecutive shared dates
 * {@code p < d}: where one symbol misses a day the others traded, every symbol's return spans
 * the same two dates, so the rows stay aligned. No bar after the as-of date is read (only the
 * date column is searched to find the start).
 *
 * @param returns  {@code returns[t][j]}, oldest first
 * @param firstDay epoch day of the first shared date (the base of the first return)
 * @param lastDay  epoch day of the last shared date
 */
record ReturnWindow(double[][] returns, int firstDay, int lastDay) {

    static ReturnWindow of(BarColumns bars, int[] symbols, int asOfDay, int lookback) {
        int n = symbols.length;
        int[] day = bars.day();
        double[] close = bars.close();
        int[] p = new int[n];
        for (int j = 0; j < n; j++) {
            p[j] = bars.lastIndexOnOrBefore(symbols[j], asOfDay);
        }
        int need = lookback + 1;
        int[][] rows = new int[need][];
        int count = 0;
        search:
        while (count < need) {
            int target = Integer.MAX_VALUE;
            for (int j = 0; j < n; j++) {
                if (p[j] < bars.start(symbols[j])) {
                    break search;
                }
                target = Math.min(target, day[p[j]]);
            }
            boolean shared = true;
            for (int j = 0; j < n; j++) {
                while (p[j] >= bars.start(symbols[j]) && day[p[j]] > target) {
                    p[j]--;
                }
                if (p[j] < bars.start(symbols[j])) {
                    break search;
                }
                shared &= day[p[j]] == target;
            }
            if (shared) {
                rows[count++] = p.clone();
                for (int j = 0; j < n; j++) {
                    p[j]--;
                }
            }
        }
        if (count < 2) {
            throw new IllegalArgumentException("the selected symbols share " + count + " dates on or before "
                    + LocalDate.ofEpochDay(asOfDay) + "; need at least 2");
        }
        double[][] r = new double[count - 1][n];
        for (int t = 0; t < count - 1; t++) {
            int[] now = rows[count - 2 - t]; // rows run newest first
            int[] before = rows[count - 1 - t];
            for (int j = 0; j < n; j++) {
                double a = close[before[j]];
                double b = close[now[j]];
                if (!(a > 0 && b > 0) || Double.isInfinite(a) || Double.isInfinite(b)) {
                    int bad = a > 0 && !Double.isInfinite(a) ? now[j] : before[j];
                    throw new IllegalArgumentException("symbol " + symbols[j] + " has close " + close[bad]
                            + " on " + bars.date(bad) + "; closes must be finite and > 0");
                }
                r[t][j] = Math.log(b / a);
            }
        }
        return new ReturnWindow(r, day[rows[count - 1][0]], day[rows[0][0]]);
    }

    int observations() {
        return returns.length;
    }
}
