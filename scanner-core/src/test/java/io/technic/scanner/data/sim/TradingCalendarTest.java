package io.technic.scanner.data.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradingCalendarTest {

    @ParameterizedTest(name = "{0} has {1} sessions")
    @CsvSource({"2019, 252", "2022, 251", "2023, 250", "2024, 252", "2026, 251"})
    void yearHasTheNyseSessionCount(int year, int sessions) {
        int n = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            n += TradingCalendar.isSession(d) ? 1 : 0;
        }
        assertThat(n).isEqualTo(sessions);
    }

    @ParameterizedTest(name = "{0} closed")
    @CsvSource({"2026-01-01", "2026-01-19", "2026-02-16", "2026-04-03", "2026-05-25", "2026-06-19", "2026-07-03",
        "2026-09-07", "2026-11-26", "2026-12-25", "2022-06-20", "2027-12-24", "2023-01-02"})
    void holidaysAreClosed(LocalDate d) {
        assertThat(TradingCalendar.isSession(d)).isFalse();
    }

    @ParameterizedTest(name = "{0} open")
    @CsvSource({"2021-12-31", "2026-11-27", "2026-12-24", "2021-06-18", "2026-07-06"})
    void ordinaryDaysNearHolidaysAreOpen(LocalDate d) {
        assertThat(TradingCalendar.isSession(d)).isTrue();
    }

    @Test
    void sessionsEndOnTheLastSessionOnOrBeforeTheEnd() {
        int[] days = TradingCalendar.sessionsEndingOn(LocalDate.of(2026, 11, 22), 3);
        assertThat(days).containsExactly((int) LocalDate.of(2026, 11, 18).toEpochDay(),
                (int) LocalDate.of(2026, 11, 19).toEpochDay(), (int) LocalDate.of(2026, 11, 20).toEpochDay());
    }

    @Test
    void easterIsKnown() {
        assertThat(TradingCalendar.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(TradingCalendar.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    }
}
