package io.technic.scanner.expr;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a five-clause screen adds to a 6,000-symbol scan (one thread): windowed clauses only, and
 * with a recursive indicator (RSI reads each symbol's whole look-back window).
 * {@code ./mvnw -pl scanner-core -Pjmh test-compile exec:exec -Djmh.args="ScreenBenchmark -f 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class ScreenBenchmark {

    @Param({"close > sma(200) and highest(20) > close[5] and rvol(20) > 0.5 and roc(10) > -5 and merit > 20",
        "close > sma(200) and rsi(14) < 60 and rvol(20) > 0.5 and roc(10) > -5 and merit > 20"})
    String where;

    private Market market;
    private ScanResult result;
    private Screen screen;

    @Setup
    public void setUp() {
        market = new SimulatedMarket(new SimulationSpec(42, 6000, 756, SimulationSpec.DEFAULT_END)).load();
        try (Scanner s = new Scanner(x -> market, new TechnicalFeatures(), new TechRating(), new Merit(false))) {
            result = s.run(ScanRequest.of("sim").withFilter(UniverseFilter.none()));
        }
        screen = Screen.compile(where, null, result);
    }

    @Benchmark
    public ScanResult screen() {
        return screen.apply(result, market);
    }
}
