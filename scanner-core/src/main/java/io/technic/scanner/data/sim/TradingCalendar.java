package io.technic.scanner.data.sim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * US equity sessions: weekdays except the regular NYSE holidays (New Year's Day, Martin Luther
 * King Jr. Day from 1998, Washington's Birthday, Good Friday, Memorial Day, Juneteenth from 2022,
 * Independence Day, Labor Day, Thanksgiving, Christmas; Saturday holidays observed on Friday and
 * Sunday holidays on Monday, except that New Year's Day on a Saturday is not observed).
 * One-off closures (national mourning, weather) are not modelled. Stateless and thread-safe.
 */
public final class TradingCalendar {

    private TradingCalendar() {}

    /** Whether the exchange holds a regular session on {@code d}. */
    public static boolean isSession(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !isHoliday(d);
    }

    /**
     * The {@code count} sessions ending with the last session on or before {@code end}, as
     * ascending epoch days.
     *
     * @throws IllegalArgumentException if {@code count < 0}
     */
    public static int[] sessionsEndingOn(LocalDate end, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        int[] days = new int[count];
        LocalDate d = end;
        for (int i = count - 1; i >= 0; d = d.minusDays(1)) {
            if (isSession(d)) {
                days[i--] = (int) d.toEpochDay();
            }
        }
        return days;
    }

    /** Whether {@code d} (a weekday) is a regular NYSE holiday. */
    public static boolean isHoliday(LocalDate d) {
        int y = d.getYear();
        return d.equals(observed(LocalDate.of(y, 1, 1), false))
                || (y >= 1998 && d.equals(nth(y, 1, DayOfWeek.MONDAY, 3)))
                || d.equals(nth(y, 2, DayOfWeek.MONDAY, 3))
                || d.equals(easter(y).minusDays(2))
                || d.equals(LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                || (y >= 2022 && d.equals(observed(LocalDate.of(y, 6, 19), true)))
                || d.equals(observed(LocalDate.of(y, 7, 4), true))
                || d.equals(nth(y, 9, DayOfWeek.MONDAY, 1))
                || d.equals(nth(y, 11, DayOfWeek.THURSDAY, 4))
                || d.equals(observed(LocalDate.of(y, 12, 25), true));
    }

    private static LocalDate observed(LocalDate h, boolean saturdayToFriday) {
        return switch (h.getDayOfWeek()) {
            case SATURDAY -> saturdayToFriday ? h.minusDays(1) : null;
            case SUNDAY -> h.plusDays(1);
            default -> h;
        };
    }

    private static LocalDate nth(int year, int month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
