package io.technic.scanner.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TtlPolicyTest {

    private static TtlPolicy at(String instant) {
        return new TtlPolicy(Duration.ofDays(7), Duration.ofMinutes(5), 0.2, ZoneId.of("America/New_York"),
                LocalTime.of(16, 0), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void pastSessionsLiveLong() {
        TtlPolicy p = at("2026-03-10T15:00:00Z"); // 11:00 in New York
        assertThat(p.ttlFor(LocalDate.of(2026, 3, 9))).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void todayBeforeTheCloseIsLiveWithJitter() {
        TtlPolicy p = at("2026-03-10T15:00:00Z");
        for (int i = 0; i < 200; i++) {
            Duration d = p.ttlFor(LocalDate.of(2026, 3, 10));
            assertThat(d).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
        }
        assertThat(p.ttlFor(null)).isLessThanOrEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void todayAfterTheCloseInNewYorkIsClosed() {
        // 21:30 UTC = 17:30 New York (EDT from 8 March 2026)
        assertThat(at("2026-03-10T21:30:00Z").ttlFor(LocalDate.of(2026, 3, 10))).isEqualTo(Duration.ofDays(7));
        // 19:30 UTC = 15:30 New York: still open
        assertThat(at("2026-03-10T19:30:00Z").sessionClosed(LocalDate.of(2026, 3, 10))).isFalse();
    }

    @Test
    void jitterSpreadsExpiries() {
        TtlPolicy p = at("2026-03-10T15:00:00Z");
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> p.ttlFor(LocalDate.of(2026, 3, 10))).distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }
}
