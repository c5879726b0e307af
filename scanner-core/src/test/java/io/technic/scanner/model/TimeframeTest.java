package io.technic.scanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeframeTest {

    /** Bars on the given dates; open = 10 * k + 1, high = 10 * k + 5, low = 10 * k, close = 10 * k + 2, volume = k + 1. */
    private static BarColumns bars(String... dates) {
        BarColumns.Builder b = new BarColumns.Builder(dates.length);
        for (int k = 0; k < dates.length; k++) {
            b.add((int) LocalDate.parse(dates[k]).toEpochDay(), 10 * k + 1, 10 * k + 5, 10 * k, 10 * k + 2, k + 1);
        }
        return b.endSymbol().build();
    }

    @Test
    void weekSpanningAMonthEndIsOneWeekAndTwoMonths() {
        BarColumns b = bars("2024-01-29", "2024-01-30", "2024-01-31", "2024-02-01", "2024-02-02");
        Resampled w = Timeframe.WEEKLY.resample(b, 0);
        assertThat(w.size()).isEqualTo(1);
        assertThat(w.open()[0]).isEqualTo(1);
        assertThat(w.high()[0]).isEqualTo(45);
        assertThat(w.low()[0]).isEqualTo(0);
        assertThat(w.close()[0]).isEqualTo(42);
        assertThat(w.volume()[0]).isEqualTo(15);
        assertThat(w.partial()).isFalse();

        Resampled m = Timeframe.MONTHLY.resample(b, 0);
        assertThat(m.size()).isEqualTo(2);
        assertThat(m.barStart()).containsExactly(0, 3, 5);
        assertThat(m.close()).containsExactly(22, 42);
        assertThat(m.volume()).containsExactly(6, 9);
        assertThat(m.lastDate(0)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(m.partial()).as("February 2024 goes on to the 29th").isTrue();
    }

    @Test
    void holidaysAndShortWeeksMakeShorterPeriods() {
        // Independence Day 2024 (Thursday), then Thanksgiving week 2024 (no Thursday), then Good Friday 2024 week
        BarColumns b = bars("2024-07-01", "2024-07-02", "2024-07-03", "2024-07-05",
                "2024-11-25", "2024-11-26", "2024-11-27", "2024-11-29",
                "2025-04-14", "2025-04-15", "2025-04-16", "2025-04-17");
        Resampled w = Timeframe.WEEKLY.resample(b, 0);
        assertThat(w.size()).isEqualTo(3);
        assertThat(w.days(0)).isEqualTo(4);
        assertThat(w.days(1)).isEqualTo(4);
        assertThat(w.days(2)).isEqualTo(4);
        assertThat(w.firstDate(1)).isEqualTo(LocalDate.of(2024, 11, 25));
        assertThat(w.lastDate(1)).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(w.open()[1]).isEqualTo(41);
        assertThat(w.close()[1]).isEqualTo(72);
        assertThat(w.periodOf()).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2);
        // Good Friday's week ends on Thursday: without an exchange calendar it stays flagged open
        assertThat(w.partial()).isTrue();
        assertThat(Timeframe.MONTHLY.resample(b, 0).size()).isEqualTo(3);
    }

    @Test
    void isoWeeksCrossTheYearBoundary() {
        // 2020-W53 runs Monday 28 December 2020 to Sunday 3 January 2021
        BarColumns b = bars("2020-12-28", "2020-12-31", "2021-01-02", "2021-01-04");
        Resampled w = Timeframe.WEEKLY.resample(b, 0);
        assertThat(w.barStart()).containsExactly(0, 3, 4);
        assertThat(Timeframe.MONTHLY.resample(b, 0).barStart()).containsExactly(0, 2, 4);
        assertThat(w.partial()).isTrue();
    }

    @Test
    void theLastPeriodIsPartialUntilItsLastWeekday() {
        assertThat(Timeframe.WEEKLY.resample(bars("2024-06-24", "2024-06-26"), 0).partial()).isTrue();
        assertThat(Timeframe.WEEKLY.resample(bars("2024-06-24", "2024-06-28"), 0).partial()).isFalse();
        // June 2024 ends on a Sunday: Friday the 28th is its last weekday
        assertThat(Timeframe.MONTHLY.resample(bars("2024-06-03", "2024-06-27"), 0).partial()).isTrue();
        assertThat(Timeframe.MONTHLY.resample(bars("2024-06-03", "2024-06-28"), 0).partial()).isFalse();
        assertThat(Timeframe.DAILY.resample(bars("2024-06-03"), 0).partial()).isFalse();
    }

    @Test
    void periodsMatchJavaTimeOverTwentyYears() {
        LocalDate start = LocalDate.of(2005, 1, 1);
        for (int k = 0; k < 20 * 366; k++) {
            LocalDate d = start.plusDays(k);
            LocalDate next = d.plusDays(1);
            int day = (int) d.toEpochDay();
            boolean sameIsoWeek = d.get(IsoFields.WEEK_BASED_YEAR) == next.get(IsoFields.WEEK_BASED_YEAR)
                    && d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == next.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            assertThat(Timeframe.WEEKLY.period(day) == Timeframe.WEEKLY.period(day + 1)).as("%s", d).isEqualTo(sameIsoWeek);
            assertThat(Timeframe.WEEKLY.period(day + 1) - Timeframe.WEEKLY.period(day)).isBetween(0, 1);
            assertThat(Timeframe.MONTHLY.period(day) == Timeframe.MONTHLY.period(day + 1))
                    .isEqualTo(d.getMonth() == next.getMonth());
            assertThat(LocalDate.ofEpochDay(Timeframe.WEEKLY.periodEnd(day)).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(LocalDate.ofEpochDay(Timeframe.WEEKLY.lastWeekday(day)).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(Timeframe.WEEKLY.period(Timeframe.WEEKLY.periodEnd(day))).isEqualTo(Timeframe.WEEKLY.period(day));
            assertThat(LocalDate.ofEpochDay(Timeframe.MONTHLY.periodEnd(day))).isEqualTo(d.withDayOfMonth(d.lengthOfMonth()));
        }
    }

    @Test
    void keysAndBadInput() {
        assertThat(Timeframe.byKey("Weekly")).contains(Timeframe.WEEKLY);
        assertThat(Timeframe.byKey("hourly")).isEmpty();
        assertThat(List.of(Timeframe.values())).extracting(Timeframe::key).containsExactly("daily", "weekly", "monthly");
        int[] days = {3, 2};
        double[] x = {1, 1};
        assertThatThrownBy(() -> Timeframe.WEEKLY.resample(days, x, x, x, x, x, 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days not ascending at bar 1");
        assertThatThrownBy(() -> Timeframe.WEEKLY.resample(days, x, x, x, x, x, 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }
}
