package io.technic.scanner.data.store;

import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.model.Market;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Opening a stored 7,000-symbol × 756-bar market ready to scan (target ≤ 300 ms), and writing
 * one from scratch.
 * {@code ./mvnw -pl scanner-core -Pjmh test-compile exec:exec -Djmh.args="BarStoreBenchmark -f 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BarStoreBenchmark {

    @Param({"7000"})
    int symbols;

    @Param({"756"})
    int bars;

    private Market market;
    private Path root;
    private BarStore store;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        market = new SimulatedMarket(new SimulationSpec(42, symbols, bars, SimulationSpec.DEFAULT_END)).load();
        root = Files.createTempDirectory("technic-store-bench");
        store = new BarStore(root.resolve("open"));
        store.append(market);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        delete(root);
    }

    /** Each write starts from an empty directory (setup per invocation is fine at ~100 ms a write). */
    @Setup(Level.Invocation)
    public void clearWritten() throws IOException {
        delete(root.resolve("write"));
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public Market open() {
        return store.load();
    }

    @Benchmark
    public BarStore.AppendResult writeAll() throws IOException {
        return new BarStore(root.resolve("write")).append(market);
    }
}
