package io.technic.scanner.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A bar period: daily bars as they are, or weekly and monthly bars resampled from them by the
 * calendar. A week is an ISO week (Monday to Sunday), a month a calendar month; a period's bar is
 * built from the daily bars that fall into it, whatever their number (holidays simply leave
 * fewer days): open of its first day, highest high, lowest low, close of its last day, summed
 * volume.
 *
 * <p><b>The current period.</b> Resampling never reads past the last daily bar it is given, so
 * the last period of a range is built from the days so far and is flagged {@link
 * Resampled#partial() partial} when its last bar falls before the period's last weekday (Friday,
 * or a month's last Monday-to-Friday day). A week that really ended on a Thursday holiday eve
 * stays flagged until a bar of the next week arrives: without an exchange calendar, the flag
 * errs on the side of "not yet complete".
 */
public enum Timeframe {
    DAILY("daily", 1),
    WEEKLY("weekly", 7),
    MONTHLY("monthly", 31);

    private final String key;
    private final int maxDays;

    Timeframe(String key, int maxDays) {
        this.key = key;
        this.maxDays = maxDays;
    }

    /** The lower-case name used in the scan language ({@code weekly.close}) and on the command line. */
    public String key() {
        return key;
    }

    /** The most daily bars one period can hold (one per calendar day): 1, 7 or 31. */
    public int maxDays() {
        return maxDays;
    }

    /** The timeframe named {@code key}, case-insensitively ({@code daily}, {@code weekly}, {@code monthly}). */
    public static Optional<Timeframe> byKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (Timeframe t : values()) {
            if (t.key.equals(k)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * A number identifying the period that contains {@code epochDay}; consecutive periods have
     * consecutive numbers. Weekly: ISO weeks counted from the Monday 1969-12-29; monthly:
     * {@code year * 12 + month - 1}; daily: the day itself.
     */
    public int period(int epochDay) {
        return switch (this) {
            case DAILY -> epochDay;
            // 1970-01-01 was a Thursday: shifting by 3 puts every Monday on a multiple of 7
            case WEEKLY -> Math.floorDiv(epochDay + 3, 7);
            case MONTHLY -> {
                LocalDate d = LocalDate.ofEpochDay(epochDay);
                yield d.getYear() * 12 + d.getMonthValue() - 1;
            }
        };
    }

    /** The epoch day of the last calendar day of the period containing {@code epochDay}. */
    public int periodEnd(int epochDay) {
        return switch (this) {
            case DAILY -> epochDay;
            case WEEKLY -> Math.floorDiv(epochDay + 3, 7) * 7 - 3 + 6;
            case MONTHLY -> {
                LocalDate d = LocalDate.ofEpochDay(epochDay);
                yield (int) d.withDayOfMonth(d.lengthOfMonth()).toEpochDay();
            }
        };
    }

    /** The epoch day of the last Monday-to-Friday day of the period containing {@code epochDay}. */
    public int lastWeekday(int epochDay) {
        return switch (this) {
            case DAILY -> epochDay;
            case WEEKLY -> Math.floorDiv(epochDay + 3, 7) * 7 - 3 + 4;
            case MONTHLY -> {
                LocalDate last = LocalDate.ofEpochDay(epochDay).withDayOfMonth(1).plusMonths(1).minusDays(1);
                while (last.getDayOfWeek().getValue() > 5) {
                    last = last.minusDays(1);
                }
                yield (int) last.toEpochDay();
            }
        };
    }

    /**
     * Resamples the daily bars {@code [from, to)} of one symbol (ascending days) into this
     * timeframe's bars. Reads no bar outside the range, so the result as of a day never depends on
     * later days.
     *
     * @throws IllegalArgumentException if the range is out of the arrays or the days are not ascending
     */
    public Resampled resample(int[] day, double[] open, double[] high, double[] low, double[] close,
                              double[] volume, int from, int to) {
        if (from < 0 || to < from || to > day.length) {
            throw new IllegalArgumentException("bar range [" + from + ", " + to + ") outside 0.." + day.length);
        }
        int n = to - from;
        int[] barStart = new int[n + 1];
        int[] periodOf = new int[n];
        int count = 0;
        int current = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (i > 0 && day[from + i] <= day[from + i - 1]) {
                throw new IllegalArgumentException("days not ascending at bar " + (from + i) + " ("
                        + LocalDate.ofEpochDay(day[from + i]) + " after " + LocalDate.ofEpochDay(day[from + i - 1]) + ")");
            }
            int p = period(day[from + i]);
            if (p != current) {
                barStart[count++] = i;
                current = p;
            }
            periodOf[i] = count - 1;
        }
        barStart[count] = n;
        int[] first = new int[count];
        int[] last = new int[count];
        double[] o = new double[count];
        double[] h = new double[count];
        double[] l = new double[count];
        double[] c = new double[count];
        double[] v = new double[count];
        for (int p = 0; p < count; p++) {
            int a = from + barStart[p];
            int b = from + barStart[p + 1];
            first[p] = day[a];
            last[p] = day[b - 1];
            o[p] = open[a];
            double hi = high[a];
            double lo = low[a];
            double vol = 0;
            for (int i = a; i < b; i++) {
                hi = Math.max(hi, high[i]);
                lo = Math.min(lo, low[i]);
                vol += volume[i];
            }
            h[p] = hi;
            l[p] = lo;
            c[p] = close[b - 1];
            v[p] = vol;
        }
        boolean partial = count > 0 && last[count - 1] < lastWeekday(last[count - 1]);
        return new Resampled(this, first, last, o, h, l, c, v, java.util.Arrays.copyOf(barStart, count + 1),
                periodOf, partial);
    }

    /** {@link #resample(int[], double[], double[], double[], double[], double[], int, int)} of symbol {@code s}. */
    public Resampled resample(BarColumns bars, int s) {
        return resample(bars.day(), bars.open(), bars.high(), bars.low(), bars.close(), bars.volume(),
                bars.start(s), bars.end(s));
    }
}
