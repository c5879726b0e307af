package io.technic.scanner.model;

import java.time.LocalDate;

/**
 * Bars of one symbol resampled to a {@link Timeframe}, oldest first: period {@code p} holds the
 * daily bars {@code [barStart[p], barStart[p + 1])} of the range it was built from (relative to
 * the range's first bar), and {@code periodOf[i]} is the period of daily bar {@code i}.
 *
 * <p>Immutable by contract: the arrays are shared and must not be written to. Thread-safe.
 *
 * @param firstDay epoch day of each period's first daily bar
 * @param lastDay  epoch day of each period's last daily bar so far
 * @param partial  whether the last period is still open (its last bar is before the period's last weekday)
 */
public record Resampled(Timeframe timeframe, int[] firstDay, int[] lastDay, double[] open, double[] high,
                        double[] low, double[] close, double[] volume, int[] barStart, int[] periodOf,
                        boolean partial) {

    /** Number of periods. */
    public int size() {
        return close.length;
    }

    /** Daily bars in period {@code p}. */
    public int days(int p) {
        return barStart[p + 1] - barStart[p];
    }

    public LocalDate firstDate(int p) {
        return LocalDate.ofEpochDay(firstDay[p]);
    }

    public LocalDate lastDate(int p) {
        return LocalDate.ofEpochDay(lastDay[p]);
    }

    /** The periods as bar columns of one symbol, each dated by its last daily bar. */
    public BarColumns toBarColumns() {
        return new BarColumns(new int[] {0, size()}, lastDay, open, high, low, close, volume);
    }
}
