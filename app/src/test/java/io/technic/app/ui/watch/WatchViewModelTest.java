package io.technic.app.ui.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.ui.service.WatchService;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.data.sim.TickingMarket;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import io.technic.scanner.watch.Alert;
import io.technic.scanner.watch.AlertRule;
import io.technic.scanner.watch.ManualClock;
import io.technic.scanner.watch.Monitor;
import io.technic.scanner.watch.WatchConfig;
import io.technic.scanner.watch.WatchStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watchlist view model without a stage: a direct executor and a service ticking a real monitor on demand. */
class WatchViewModelTest {

    static TickingMarket live;
    static Scanner scanner;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        live = new TickingMarket(new SimulationSpec(11, 120, 300, LocalDate.of(2026, 11, 20)), 1, Duration.ofMinutes(10));
        scanner = new Scanner(s -> { throw new AssertionError(); }, new TechnicalFeatures(), new TechRating(), new Merit());
    }

    @AfterAll
    static void tearDown() {
        scanner.close();
    }

    /** Saves to a real store; monitors only when told to tick. */
    final class FakeService implements WatchService {
        final List<WatchConfig> saved = new ArrayList<>();
        Monitor monitor;
        ManualClock clock;
        Consumer<Monitor.Tick> onTick;
        Consumer<Throwable> onError;
        int step;
        int starts;
        boolean stopped;

        @Override
        public CompletableFuture<WatchStore.Loaded> load() {
            return CompletableFuture.completedFuture(new WatchStore(dir).load());
        }

        @Override
        public CompletableFuture<Void> save(WatchConfig c) {
            saved.add(c);
            try {
                new WatchStore(dir).save(c);
            } catch (java.io.IOException e) {
                return CompletableFuture.failedFuture(e);
            }
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<List<Alert>> history(int max) {
            return CompletableFuture.completedFuture(List.of(new Alert(live.timeOfStep(0), "old", AlertRule.Kind.CONDITION,
                    "x", "OLD", 1, 0, "from before")));
        }

        @Override
        public Session start(WatchConfig config, List<AlertRule> rules, String source, Duration interval,
                             Consumer<Monitor.Tick> onTick, Consumer<Throwable> onError) {
            starts++;
            stopped = false;
            clock = new ManualClock(live.timeOfStep(step));
            ScanRequest req = new ScanRequest("live", UniverseFilter.none(), null, 0, null, 0, 1);
            monitor = new Monitor(config, rules, live, m -> scanner.submit(req, m, null).result().join(), clock);
            this.onTick = onTick;
            this.onError = onError;
            return () -> stopped = true;
        }

        void tick() {
            clock.set(live.timeOfStep(step++));
            try {
                onTick.accept(monitor.tick());
            } catch (RuntimeException e) {
                onError.accept(e);
            }
        }

        @Override
        public void close() {}
    }

    @Test
    void listsAreCreatedFilledRenamedAndSavedWithClearErrors() throws Exception {
        FakeService svc = new FakeService();
        WatchViewModel vm = new WatchViewModel(svc, Runnable::run);
        vm.load();
        assertThat(vm.alerts()).extracting(Alert::symbol).containsExactly("OLD");
        assertThat(vm.createList("Core")).isTrue();
        assertThat(vm.selectedListProperty().get()).isEqualTo("Core");
        assertThat(vm.addSymbols("aapl, msft  nvda;AAPL")).isTrue();
        assertThat(vm.rows()).extracting(WatchRow::symbol).containsExactly("AAPL", "MSFT", "NVDA");
        assertThat(vm.rows()).allMatch(r -> Double.isNaN(r.last()));
        assertThat(vm.addSymbols("BRK/B")).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("'BRK/B' is not a ticker (1-12 of A-Z 0-9 . - ^ :)");
        assertThat(vm.addSymbols("BRK.B")).isTrue();
        assertThat(vm.createList("core")).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("two watchlists named 'core'");
        assertThat(vm.renameList("Tech")).isTrue();
        assertThat(vm.lists()).containsExactly("Tech");
        assertThat(vm.removeSymbols(List.of("MSFT"))).isTrue();
        Path out = dir.resolve("tech.csv");
        assertThat(vm.exportCsv(out)).isTrue();
        assertThat(Files.readString(out)).isEqualTo("symbol\nAAPL\nNVDA\nBRK.B\n");
        assertThat(new WatchStore(dir).load().config()).isEqualTo(vm.config());
        Files.writeString(dir.resolve("more.csv"), "symbol\nXOM\nCVX\n");
        assertThat(vm.importCsv(dir.resolve("more.csv"))).isTrue();
        assertThat(vm.rows()).extracting(WatchRow::symbol).endsWith("XOM", "CVX");
    }

    @Test
    void theRuleEditorValidatesAndAddsRules() {
        FakeService svc = new FakeService();
        WatchViewModel vm = new WatchViewModel(svc, Runnable::run);
        vm.ruleWhenProperty().set("rsi(14) < 30");
        assertThat(vm.addRule()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("select or create a watchlist for the rule");
        vm.createList("Core");
        vm.ruleCooldownProperty().set("ten");
        assertThat(vm.addRule()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("cool-down (minutes) 'ten' is not a whole number");
        vm.ruleCooldownProperty().set("15");
        vm.ruleRearmProperty().set("rsi(14) > 35");
        assertThat(vm.addRule()).isTrue();
        assertThat(vm.rules()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("core-1");
            assertThat(r.rearm()).isEqualTo("rsi(14) > 35");
            assertThat(r.cooldown()).isEqualTo(Duration.ofMinutes(15));
        });
        assertThat(vm.describe(vm.rules().getFirst())).isEqualTo("rsi(14) < 30  (re-arm: rsi(14) > 35)  · cool-down 15 min");
        vm.ruleKindProperty().set(AlertRule.Kind.NEW_ENTRANT);
        vm.ruleScanWhereProperty().set("close > open");
        vm.ruleTopProperty().set("5");
        assertThat(vm.addRule()).isTrue();
        assertThat(vm.rules()).hasSize(2);
        assertThat(vm.config().scans()).singleElement().satisfies(s -> assertThat(s.top()).isEqualTo(5));
        assertThat(vm.removeRule("core-1")).isTrue();
        assertThat(vm.rules()).extracting(AlertRule::id).containsExactly("scan-1");
    }

    @Test
    void monitoringFillsTheRowsRaisesAlertsAndStopsOnAnError() {
        FakeService svc = new FakeService();
        WatchViewModel vm = new WatchViewModel(svc, Runnable::run);
        List<Alert> notified = new ArrayList<>();
        vm.setNotifier(notified::addAll);
        vm.load();
        List<String> symbols = live.snapshot(live.timeOfStep(0)).symbols().stream().map(s -> s.symbol()).limit(40).toList();
        vm.createList("Core");
        vm.addSymbols(symbols);
        vm.ruleWhenProperty().set("close > open");
        vm.ruleCooldownProperty().set("0");
        vm.addRule();
        vm.monitoringProperty().set(true);
        assertThat(svc.starts).isEqualTo(1);
        assertThat(vm.statusProperty().get()).isEqualTo("Monitoring 1 rule on sim every 2 s");
        int fired = 0;
        for (int i = 0; i < 12; i++) {
            svc.tick();
            fired = notified.size();
        }
        assertThat(vm.statusProperty().get()).startsWith("Market " + live.liveSession(0) + " ");
        assertThat(vm.rows()).hasSize(40).allSatisfy(r -> {
            assertThat(r.last()).isPositive();
            assertThat(r.spark()).hasSize(30);
            assertThat(r.spark()[29]).isEqualTo(r.last());
        });
        assertThat(vm.rows()).anySatisfy(r -> assertThat(r.rank()).isPositive());
        assertThat(fired).as("alerts fired").isPositive();
        assertThat(vm.alerts()).hasSize(fired + 1);
        assertThat(vm.alerts().getFirst()).isEqualTo(notified.getLast());      // newest first
        assertThat(vm.alerts().getLast().symbol()).isEqualTo("OLD");
        assertThat(vm.marketProperty().get()).isNotNull();

        // a rule change while monitoring restarts the monitor with it
        vm.ruleWhenProperty().set("smaa(5) > 1");
        vm.addRule();
        assertThat(svc.starts).isEqualTo(2);
        assertThat(svc.stopped).isFalse();
        svc.tick();
        assertThat(vm.monitoringProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Monitoring stopped: rule core-2 condition: unknown function 'smaa'");
        vm.removeRule("core-2");
        assertThat(svc.starts).as("monitoring stays off after an error").isEqualTo(2);
    }
}
