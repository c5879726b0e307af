package io.technic.scanner.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.data.sim.TickingMarket;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monitor stopped and started again on the same directory (a new {@link Monitor} and a new
 * {@link MonitorState} on the same files, as when the app or {@code technic watch} restarts) on
 * the ticking simulated market with a controllable clock: the alerts of the pieces are exactly
 * those of one monitor that never stopped, and a restart without the state file is seen to differ.
 */
class MonitorRestartTest {

    static final SimulationSpec SPEC = new SimulationSpec(11, 120, 300, LocalDate.of(2026, 11, 20));
    static TickingMarket live;
    static Scanner scanner;
    static List<String> symbols;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        live = new TickingMarket(SPEC, 1, Duration.ofMinutes(5));
        scanner = new Scanner(src -> { throw new AssertionError(); }, new TechnicalFeatures(), new TechRating(), new Merit());
        symbols = live.snapshot(Instant.EPOCH).symbols().stream().map(i -> i.symbol()).limit(60).toList();
    }

    @AfterAll
    static void tearDown() {
        scanner.close();
    }

    static Monitor.MarketScan scan() {
        ScanRequest req = new ScanRequest("live", UniverseFilter.none(), null, 0, null, 0, 1);
        return m -> scanner.submit(req, m, null).result().join();
    }

    /** Flapping rules: a cool-down that drops crossings, a hysteresis band, and new entrants to a top-10 scan. */
    static WatchConfig config() {
        return WatchConfig.empty().withWatchlist(new Watchlist("core", symbols))
                .put(new SavedScan("movers", "close > open", "close / open desc", 10))
                .put(AlertRule.condition("up", "core", "close > open", null, Duration.ofMinutes(45)))
                .put(AlertRule.condition("band", "core", "close > open * 1.003", "close < open * 0.997", Duration.ZERO))
                .put(AlertRule.newEntrant("enter", "movers", Duration.ofMinutes(30)));
    }

    record Run(List<String> alerts, int suppressed) {}

    /** Ticks {@code from} .. {@code to - 1} on one monitor; alerts as "step rule symbol". */
    static Run run(WatchConfig c, MonitorState state, int from, int to) {
        ManualClock clock = new ManualClock(live.timeOfStep(from));
        Monitor m = new Monitor(c, c.rules(), live, scan(), clock, state);
        List<String> out = new ArrayList<>();
        int suppressed = 0;
        for (int i = from; i < to; i++) {
            clock.set(live.timeOfStep(i));
            Monitor.Tick t = m.tick();
            for (Alert a : t.alerts()) {
                out.add(i + " " + a.rule() + " " + a.symbol());
            }
            suppressed += t.suppressed();
        }
        return new Run(out, suppressed);
    }

    @Test
    void aRestartedMonitorGoesOnExactlyWhereTheLastOneStopped() throws Exception {
        WatchConfig c = config();
        Run whole = run(c, null, 0, 78);
        assertThat(whole.alerts()).as("the rules fire").hasSizeGreaterThan(30);
        assertThat(whole.suppressed()).as("the cool-down drops crossings").isPositive();
        assertThat(whole.alerts()).anyMatch(a -> a.contains(" enter ")).anyMatch(a -> a.contains(" band "));

        List<String> pieces = new ArrayList<>();
        int suppressed = 0;
        int[] stops = {0, 17, 18, 40, 61, 78};
        for (int k = 0; k + 1 < stops.length; k++) {
            Run r = run(c, new MonitorState(dir), stops[k], stops[k + 1]);   // a new process: nothing kept in memory
            pieces.addAll(r.alerts());
            suppressed += r.suppressed();
        }
        assertThat(pieces).containsExactlyElementsOf(whole.alerts());
        assertThat(suppressed).isEqualTo(whole.suppressed());
        assertThat(Files.readString(dir.resolve(MonitorState.FILE), StandardCharsets.UTF_8))
                .contains("\"up\"").contains("\"band\"").contains("\"enter\"").contains("\"lastFired\"");
    }

    @Test
    void withoutTheStateARestartFiresAgainOrForgetsTheCoolDown() {
        WatchConfig c = config();
        Run whole = run(c, null, 0, 78);
        List<String> pieces = new ArrayList<>();
        int[] stops = {0, 17, 18, 40, 61, 78};
        for (int k = 0; k + 1 < stops.length; k++) {
            pieces.addAll(run(c, null, stops[k], stops[k + 1]).alerts());
        }
        assertThat(pieces).as("the control: state matters on this market").isNotEqualTo(whole.alerts());
    }

    @Test
    void replayingTheSessionFromAnEarlierTimeStartsAfresh() {
        WatchConfig c = config();
        Run first = run(c, new MonitorState(dir), 0, 40);
        Monitor replay = new Monitor(c, c.rules(), live, scan(), new ManualClock(live.timeOfStep(0)), new MonitorState(dir));
        assertThat(replay.restoredRules()).as("the state is from later in market time").isEmpty();
        assertThat(run(c, new MonitorState(dir), 0, 40).alerts()).isEqualTo(first.alerts());
    }

    @Test
    void anEditedRuleStartsAfreshAndOtherRulesKeepTheirState() throws Exception {
        WatchConfig c = config();
        run(c, new MonitorState(dir), 0, 30);
        WatchConfig edited = c.put(AlertRule.condition("up", "core", "close > open * 1.001", null, Duration.ofMinutes(45)));
        Monitor m = new Monitor(edited, edited.rules(), live, scan(), new ManualClock(live.timeOfStep(30)),
                new MonitorState(dir));
        assertThat(m.restoredRules()).containsExactlyInAnyOrder("band", "enter");

        // a monitor of one rule leaves the others' state alone
        Monitor one = new Monitor(c, List.of(c.rules().get(1)), live, scan(), new ManualClock(live.timeOfStep(30)),
                new MonitorState(dir));
        one.tick();
        Monitor all = new Monitor(c, c.rules(), live, scan(), new ManualClock(live.timeOfStep(31)), new MonitorState(dir));
        assertThat(all.restoredRules()).containsExactlyInAnyOrder("up", "band", "enter");
    }

    @Test
    void aCorruptStateFileIsSetAsideWithAWarningAndMonitoringStartsAfresh() throws Exception {
        WatchConfig c = config();
        Files.writeString(dir.resolve(MonitorState.FILE), "{\"format\":\"technic-monitor-state\",\"version\":1,\"rules\":{\"up\":");
        MonitorState state = new MonitorState(dir);
        Monitor m = new Monitor(c, c.rules(), live, scan(), new ManualClock(live.timeOfStep(0)), state);
        assertThat(m.restoredRules()).isEmpty();
        assertThat(state.warnings()).singleElement().asString().contains(MonitorState.FILE + " is corrupt")
                .contains("kept as " + MonitorState.FILE + ".corrupt");
        assertThat(dir.resolve(MonitorState.FILE + ".corrupt")).exists();
        m.tick();
        assertThat(new Monitor(c, c.rules(), live, scan(), new ManualClock(live.timeOfStep(1)), new MonitorState(dir))
                .restoredRules()).hasSize(3);
    }
}
