package io.technic.scanner.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.data.sim.TickingMarket;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monitor on the ticking simulated market with a controllable clock. Each test computes what
 * must fire from the snapshots' bars on its own and compares with the alerts, tick by tick.
 */
class MonitorTest {

    static final SimulationSpec SPEC = new SimulationSpec(7, 120, 300, LocalDate.of(2026, 11, 20));
    static TickingMarket live;
    static Scanner scanner;
    static List<String> symbols;

    @BeforeAll
    static void setUp() {
        live = new TickingMarket(SPEC, 2, Duration.ofMinutes(10));
        scanner = new Scanner(src -> { throw new AssertionError(); }, new TechnicalFeatures(), new TechRating(), new Merit());
        symbols = live.snapshot(Instant.EPOCH).symbols().stream().map(i -> i.symbol()).limit(40).toList();
    }

    @AfterAll
    static void tearDown() {
        scanner.close();
    }

    static Monitor.MarketScan scan() {
        ScanRequest req = new ScanRequest("live", UniverseFilter.none(), null, 0, null, 0, 1);
        return m -> scanner.submit(req, m, null).result().join();
    }

    static Monitor monitor(WatchConfig c, ManualClock clock) {
        return new Monitor(c, c.rules(), live, scan(), clock);
    }

    static WatchConfig list(AlertRule rule) {
        return WatchConfig.empty().withWatchlist(new Watchlist("core", symbols)).put(rule);
    }

    /** close > open at the last bar, per symbol, straight from the bars. */
    static Map<String, Boolean> upOnTheDay(Market m, Set<String> ranked) {
        Map<String, Boolean> out = new HashMap<>();
        BarColumns b = m.bars();
        Map<String, Integer> pos = m.positions();
        for (String s : symbols) {
            if (ranked.contains(s)) {
                int at = b.end(pos.get(s)) - 1;
                out.put(s, b.close()[at] > b.open()[at]);
            }
        }
        return out;
    }

    static Set<String> ranked(Monitor.Tick t) {
        Set<String> r = new HashSet<>();
        t.result().rows().forEach(row -> r.add(row.symbol()));
        return r;
    }

    @Test
    void anAlertFiresExactlyOncePerCrossing() {
        WatchConfig c = list(AlertRule.condition("up", "core", "close > open", null, Duration.ZERO));
        ManualClock clock = new ManualClock(live.timeOfStep(0));
        Monitor m = monitor(c, clock);
        Map<String, Boolean> prev = null;
        int fired = 0;
        for (int i = 0; i < 50; i++) {
            clock.set(live.timeOfStep(i));
            Monitor.Tick t = m.tick();
            Map<String, Boolean> now = upOnTheDay(t.market(), ranked(t));
            List<String> expected = new ArrayList<>();
            if (prev != null) {
                for (String s : symbols) {
                    if (Boolean.TRUE.equals(now.get(s)) && Boolean.FALSE.equals(prev.get(s))) {
                        expected.add(s);
                    }
                }
            }
            assertThat(t.alerts()).as("tick %d", i).extracting(Alert::symbol).containsExactlyElementsOf(expected);
            assertThat(t.alerts()).allSatisfy(a -> {
                assertThat(a.time()).isEqualTo(clock.instant());
                assertThat(a.rule()).isEqualTo("up");
                assertThat(a.target()).isEqualTo("core");
            });
            fired += expected.size();
            prev = prev == null ? now : merge(prev, now);
        }
        assertThat(fired).as("the test saw crossings").isGreaterThan(20);
    }

    private static Map<String, Boolean> merge(Map<String, Boolean> prev, Map<String, Boolean> now) {
        Map<String, Boolean> m = new HashMap<>(prev);
        m.putAll(now);
        return m;
    }

    @Test
    void coolDownDropsCrossingsTooSoonAfterTheLastAlert() {
        Duration cooldown = Duration.ofMinutes(60);
        WatchConfig c = list(AlertRule.condition("up", "core", "close > open", null, cooldown));
        ManualClock clock = new ManualClock(live.timeOfStep(0));
        Monitor m = monitor(c, clock);
        Map<String, Boolean> prev = null;
        Map<String, Instant> last = new HashMap<>();
        int suppressed = 0;
        for (int i = 0; i < 60; i++) {
            clock.set(live.timeOfStep(i));
            Monitor.Tick t = m.tick();
            Map<String, Boolean> now = upOnTheDay(t.market(), ranked(t));
            List<String> expected = new ArrayList<>();
            int expectedSuppressed = 0;
            if (prev != null) {
                for (String s : symbols) {
                    if (Boolean.TRUE.equals(now.get(s)) && Boolean.FALSE.equals(prev.get(s))) {
                        Instant l = last.get(s);
                        if (l != null && clock.instant().isBefore(l.plus(cooldown))) {
                            expectedSuppressed++;
                        } else {
                            expected.add(s);
                            last.put(s, clock.instant());
                        }
                    }
                }
            }
            assertThat(t.alerts()).as("tick %d", i).extracting(Alert::symbol).containsExactlyElementsOf(expected);
            assertThat(t.suppressed()).isEqualTo(expectedSuppressed);
            suppressed += expectedSuppressed;
            prev = prev == null ? now : merge(prev, now);
        }
        assertThat(suppressed).as("the cool-down had crossings to drop").isPositive();
    }

    @Test
    void aRearmBandIsHysteresis() {
        // fires when the day's move passes +0.3 %, re-arms only once it is back below -0.3 %
        WatchConfig c = list(AlertRule.condition("band", "core", "close > open * 1.003", "close < open * 0.997",
                Duration.ZERO));
        ManualClock clock = new ManualClock(live.timeOfStep(0));
        Monitor m = monitor(c, clock);
        Map<String, Boolean> armed = new HashMap<>();
        int fired = 0;
        int noHysteresis = 0;
        Map<String, Boolean> above = new HashMap<>();
        for (int i = 0; i < 78; i++) {
            clock.set(live.timeOfStep(i));
            Monitor.Tick t = m.tick();
            Set<String> ranked = ranked(t);
            BarColumns b = t.market().bars();
            Map<String, Integer> pos = t.market().positions();
            List<String> expected = new ArrayList<>();
            for (String s : symbols) {
                if (!ranked.contains(s)) {
                    continue;
                }
                int at = b.end(pos.get(s)) - 1;
                boolean on = b.close()[at] > b.open()[at] * 1.003;
                boolean off = b.close()[at] < b.open()[at] * 0.997;
                Boolean a = armed.get(s);
                Boolean wasAbove = above.put(s, on);
                if (wasAbove != null && on && !wasAbove) {
                    noHysteresis++;
                }
                if (a == null) {
                    armed.put(s, !on);
                } else if (a && on) {
                    expected.add(s);
                    armed.put(s, false);
                } else if (!a && !on && off) {
                    armed.put(s, true);
                }
            }
            assertThat(t.alerts()).as("tick %d", i).extracting(Alert::symbol).containsExactlyElementsOf(expected);
            fired += expected.size();
        }
        assertThat(fired).isPositive();
        assertThat(fired).as("the band holds back re-crossings").isLessThan(noHysteresis);
    }

    @Test
    void newEntrantsToASavedScanAreTheSymbolsThatJoinItsTopRows() {
        WatchConfig c = WatchConfig.empty().put(new SavedScan("movers", "close > open", "close / open desc", 10))
                .put(AlertRule.newEntrant("movers-new", "movers", Duration.ZERO));
        ManualClock clock = new ManualClock(live.timeOfStep(0));
        Monitor m = new Monitor(c, c.rules(), live, scan(), clock);
        Set<String> prev = null;
        int fired = 0;
        for (int i = 0; i < 40; i++) {
            clock.set(live.timeOfStep(i));
            Monitor.Tick t = m.tick();
            BarColumns b = t.market().bars();
            Map<String, Integer> pos = t.market().positions();
            List<ScanRow> up = new ArrayList<>();
            Map<String, Double> ratio = new HashMap<>();
            for (ScanRow r : t.result().rows()) {
                int at = b.end(pos.get(r.symbol())) - 1;
                if (b.close()[at] > b.open()[at]) {
                    up.add(r);
                    ratio.put(r.symbol(), b.close()[at] / b.open()[at]);
                }
            }
            up.sort(Comparator.comparingDouble((ScanRow r) -> -ratio.get(r.symbol())).thenComparing(ScanRow::symbol));
            List<String> top = up.stream().limit(10).map(ScanRow::symbol).toList();
            Set<String> before = prev;
            List<String> expected = before == null ? List.of() : top.stream().filter(s -> !before.contains(s)).toList();
            assertThat(t.alerts()).as("tick %d", i).extracting(Alert::symbol).containsExactlyElementsOf(expected);
            for (int k = 0; k < t.alerts().size(); k++) {
                assertThat(t.alerts().get(k).rank()).isEqualTo(top.indexOf(t.alerts().get(k).symbol()) + 1);
            }
            fired += expected.size();
            prev = new HashSet<>(top);
        }
        assertThat(fired).as("the list changed during the session").isGreaterThan(5);
    }

    @Test
    void meritRankAndIndicatorsAreReadableInConditions() {
        WatchConfig c = list(AlertRule.condition("top", "core", "rank <= 20 and close > sma(50) and rsi(14) > 0",
                "rank > 25", Duration.ZERO));
        ManualClock clock = new ManualClock(live.timeOfStep(0));
        Monitor m = monitor(c, clock);
        Map<String, Boolean> armed = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            clock.set(live.timeOfStep(i));
            Monitor.Tick t = m.tick();
            BarColumns b = t.market().bars();
            Map<String, Integer> pos = t.market().positions();
            List<String> expected = new ArrayList<>();
            for (ScanRow r : t.result().rows()) {
                if (!symbols.contains(r.symbol())) {
                    continue;
                }
                int s = pos.get(r.symbol());
                int at = b.end(s) - 1;
                double sma = 0;
                for (int k = at - 49; k <= at; k++) {
                    sma += b.close()[k];
                }
                boolean on = r.rank() <= 20 && b.close()[at] > sma / 50;
                Boolean a = armed.get(r.symbol());
                if (a == null) {
                    armed.put(r.symbol(), !on);
                } else if (a && on) {
                    armed.put(r.symbol(), false);
                    expected.add(r.symbol());
                } else if (!a && !on && r.rank() > 25) {
                    armed.put(r.symbol(), true);
                }
            }
            expected.sort(Comparator.comparingInt(symbols::indexOf));
            assertThat(t.alerts()).as("tick %d", i).extracting(Alert::symbol).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aBadConditionNamesTheRuleAndThePlace() {
        WatchConfig c = list(AlertRule.condition("bad", "core", "rsi(14) < 30 and smaa(5) > 1", null, Duration.ZERO));
        Monitor m = monitor(c, new ManualClock(live.timeOfStep(0)));
        assertThatThrownBy(m::tick).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule bad condition: unknown function 'smaa' at 1:18")
                .hasMessageContaining("^");
    }
}
