package io.technic.scanner.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long cached entries live. Bars of a closed session never change, so entries for an as-of
 * date whose session has closed (the exchange's local time is past the close, or the date is in
 * the past) live {@code closed}; entries that may still change (today's session open, or no
 * as-of date) live {@code live}, spread by ± {@code jitter} so that entries written together
 * do not all expire together.
 *
 * @param closed   time to live for closed sessions
 * @param live     time to live for data that may still change
 * @param jitter   relative spread of {@code live}, a fraction in [0, 1)
 * @param zone     the exchange's time zone
 * @param close    the session close in {@code zone}
 * @param clock    the clock
 */
public record TtlPolicy(Duration closed, Duration live, double jitter, ZoneId zone, LocalTime close, Clock clock) {

    public TtlPolicy {
        if (closed.isNegative() || closed.isZero() || live.isNegative() || live.isZero()) {
            throw new IllegalArgumentException("TTLs must be positive: closed " + closed + ", live " + live);
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
        }
    }

    /** Closed sessions 7 days, live data 5 minutes ± 20 %, New York close 16:00. */
    public static TtlPolicy defaults() {
        return new TtlPolicy(Duration.ofDays(7), Duration.ofMinutes(5), 0.2, ZoneId.of("America/New_York"),
                LocalTime.of(16, 0), Clock.systemUTC());
    }

    /** The same policy with another live TTL. */
    public TtlPolicy withLive(Duration d) {
        return new TtlPolicy(closed, d, jitter, zone, close, clock);
    }

    /** Whether the session of {@code asOf} has closed (its bars will not change). */
    public boolean sessionClosed(LocalDate asOf) {
        if (asOf == null) {
            return false;
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        LocalDate today = now.toLocalDate();
        return asOf.isBefore(today) || (asOf.equals(today) && !now.toLocalTime().isBefore(close));
    }

    /** The time to live of an entry computed for {@code asOf} (null: live). */
    public Duration ttlFor(LocalDate asOf) {
        if (sessionClosed(asOf)) {
            return closed;
        }
        double f = jitter == 0 ? 1 : 1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(live.toMillis() * f)));
    }
}
