package io.technic.scanner.bench;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.exec.FeatureStage;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.indicator.ScanRecurrencesBatch;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.TechRating;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scan's indicator stage and its whole pipeline on the simulated market (6,000 symbols ×
 * 500 bars by default), at 1 thread and all cores. {@code technic bench} runs the same
 * workloads beside the TA-Lib and ta4j anchors and prints the ratios.
 *
 * <pre>./mvnw -pl scanner-core -Pjmh test-compile exec:exec -Djmh.args="ScanBenchmark -f 1"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ScanBenchmark {

    @Param({"6000"})
    int symbols;

    @Param({"500"})
    int bars;

    @Param({"1", "0"})
    int threads;

    private Market market;
    private Scanner scanner;
    private ExecutorService pool;
    private TechnicalFeatures features;
    private int[] from;
    private int[] at;
    private double[] matrix;
    private int workers;
    private ScanRequest request;

    @Setup(Level.Trial)
    public void setUp() {
        market = new SimulatedMarket(new SimulationSpec(42, symbols, bars, SimulationSpec.DEFAULT_END)).load();
        // what a long-lived engine reaches after its first scan: the vector recurrences compiled and chosen
        ScanRecurrencesBatch.warmUp(120_000_000_000L);
        features = new TechnicalFeatures();
        scanner = new Scanner(s -> market, features, new TechRating());
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        BarColumns b = market.bars();
        int n = 0;
        from = new int[b.symbolCount()];
        at = new int[b.symbolCount()];
        for (int s = 0; s < b.symbolCount(); s++) {
            if (b.length(s) >= features.minBars()) {
                from[n] = b.start(s);
                at[n++] = b.end(s) - 1;
            }
        }
        from = java.util.Arrays.copyOf(from, n);
        at = java.util.Arrays.copyOf(at, n);
        matrix = new double[n * features.schema().size()];
        request = new ScanRequest("sim", UniverseFilter.none(), null, 0, Profile.BALANCED, 0, threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        scanner.close();
        pool.shutdownNow();
    }

    @Benchmark
    public double indicatorStage() {
        FeatureStage.compute(features, market.bars(), from, at, from.length, market.index(), workers, pool, matrix);
        return matrix[matrix.length - 1];
    }

    @Benchmark
    public ScanResult pipeline() {
        return scanner.submit(request, market, null).result().join();
    }
}
