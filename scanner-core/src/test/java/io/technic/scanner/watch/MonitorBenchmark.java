package io.technic.scanner.watch;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.data.sim.TickingMarket;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One monitor evaluation on the default 6,000-symbol ticking market (all cores): the intraday
 * snapshot alone, and the whole tick (snapshot, full scan for scores and ranks, three rules over a
 * 50-symbol watchlist). {@code ./mvnw -pl scanner-core -Pjmh test-compile exec:exec -Djmh.args="MonitorBenchmark -f 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class MonitorBenchmark {

    private TickingMarket live;
    private Scanner scanner;
    private Monitor monitor;
    private ManualClock clock;
    private long step;

    @Setup
    public void setUp() {
        live = new TickingMarket(new SimulationSpec(42, 6000, 756, SimulationSpec.DEFAULT_END), 5, Duration.ofMinutes(5));
        scanner = new Scanner(x -> { throw new IllegalStateException(); }, new TechnicalFeatures(), new TechRating(), new Merit(false));
        List<String> symbols = live.snapshot(live.timeOfStep(0)).symbols().stream().map(s -> s.symbol()).limit(50).toList();
        WatchConfig c = WatchConfig.empty().withWatchlist(new Watchlist("core", symbols))
                .put(AlertRule.condition("a", "core", "crosses_above(close, sma(50))", null, Duration.ofMinutes(30)))
                .put(AlertRule.condition("b", "core", "rsi(14) < 30", "rsi(14) > 35", Duration.ZERO))
                .put(AlertRule.condition("c", "core", "rank <= 20", "rank > 25", Duration.ZERO));
        clock = new ManualClock(live.timeOfStep(0));
        ScanRequest req = ScanRequest.of("live");
        monitor = new Monitor(c, c.rules(), live, m -> scanner.submit(req, m, null).result().join(), clock);
    }

    @TearDown
    public void tearDown() {
        scanner.close();
    }

    @Benchmark
    public Market snapshot() {
        return live.snapshot(live.timeOfStep(step++ % live.totalSteps()));
    }

    @Benchmark
    public Monitor.Tick tick() {
        clock.set(live.timeOfStep(step++ % live.totalSteps()));
        return monitor.tick();
    }
}
