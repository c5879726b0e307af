package io.technic.scanner.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.data.sim.TickingMarket;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TickingMarketTest {

    static final SimulationSpec SPEC = new SimulationSpec(42, 80, 300, LocalDate.of(2026, 11, 20));
    static TickingMarket live;
    static Market daily;

    @BeforeAll
    static void load() {
        live = new TickingMarket(SPEC, 2, Duration.ofMinutes(10));
        daily = new SimulatedMarket(SPEC).load();
    }

    @Test
    void theSessionTicksFromTheOpenAndEndsAsTheDailyBarBitForBit() {
        int steps = live.stepsPerSession();
        assertThat(steps).isEqualTo(39);
        LocalDate session = live.liveSession(0);
        BarColumns d = daily.bars();
        int changedCloses = 0;
        double[] previous = null;
        for (int i = 0; i < steps; i++) {
            Instant t = live.timeOfStep(i);
            Market m = live.snapshot(t);
            assertThat(m.lastDate()).isEqualTo(session);
            BarColumns b = m.bars();
            double[] closes = new double[b.symbolCount()];
            for (int s = 0; s < b.symbolCount(); s++) {
                int at = b.end(s) - 1;
                int di = d.lastIndexOnOrBefore(s, (int) session.toEpochDay());
                assertThat(b.day()[at]).isEqualTo(d.day()[di]);
                assertThat(b.open()[at]).isEqualTo(d.open()[di]);
                assertThat(b.high()[at]).isBetween(b.close()[at], d.high()[di]);
                assertThat(b.low()[at]).isBetween(d.low()[di], b.close()[at]);
                assertThat(b.high()[at]).isGreaterThanOrEqualTo(b.open()[at]);
                assertThat(b.volume()[at]).isLessThanOrEqualTo(d.volume()[di]);
                closes[s] = b.close()[at];
                if (i == steps - 1) {
                    assertThat(new double[] {b.open()[at], b.high()[at], b.low()[at], b.close()[at], b.volume()[at]})
                            .containsExactly(d.open()[di], d.high()[di], d.low()[di], d.close()[di], d.volume()[di]);
                    assertThat(b.length(s)).isEqualTo(d.length(s) - 1);
                }
                if (previous != null && previous[s] != closes[s]) {
                    changedCloses++;
                }
            }
            previous = closes;
        }
        assertThat(changedCloses).as("prices move intraday").isGreaterThan(80 * 20);
    }

    @Test
    void aSnapshotIsAPureFunctionOfTheInstant() {
        Instant t = live.timeOfStep(17);
        Market a = live.snapshot(t);
        Market b = new TickingMarket(SPEC, 2, Duration.ofMinutes(10)).snapshot(t);
        assertThat(a.bars().close()).isEqualTo(b.bars().close());
        assertThat(a.bars().high()).isEqualTo(b.bars().high());
        assertThat(a.index().close()).isEqualTo(b.index().close());
        assertThat(a.dataVersion()).isEqualTo(b.dataVersion()).isNotEqualTo(live.snapshot(live.timeOfStep(18)).dataVersion());
    }

    @Test
    void beforeTheOpenTheMarketIsTheHistoryAndAfterTheLastCloseItHolds() {
        LocalDate first = live.liveSession(0);
        Market pre = live.snapshot(ZonedDateTime.of(first, java.time.LocalTime.of(9, 0), TickingMarket.NEW_YORK).toInstant());
        assertThat(pre.lastDate()).isBefore(first);
        assertThat(pre.bars().barCount()).isEqualTo(daily.bars().barCount() - 2 * 80 + countLateListings());
        Market after = live.snapshot(live.timeOfStep(10_000).plus(Duration.ofDays(30)));
        assertThat(after.bars().close()).isEqualTo(daily.bars().close());
        assertThat(after.lastDate()).isEqualTo(daily.lastDate());
    }

    /** Symbols listed in the last two sessions have fewer live bars to hold back. */
    private static int countLateListings() {
        int n = 0;
        for (int s = 0; s < daily.size(); s++) {
            n += Math.max(0, 2 - daily.bars().length(s));
        }
        return n;
    }
}
