package io.technic.scanner.data.sim;

import io.technic.scanner.model.Market;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to generate the default simulated market (6,000 symbols x 756 sessions), on all cores
 * and on one.
 * {@code ./mvnw -pl scanner-core -Pjmh test-compile exec:exec -Djmh.args="SimulatedMarketBenchmark -f 1 -wi 1 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SimulatedMarketBenchmark {

    @Param({"0", "1"})
    int threads;

    @Benchmark
    public Market generate() {
        return (threads == 0 ? new SimulatedMarket(SimulationSpec.defaults())
                : new SimulatedMarket(SimulationSpec.defaults(), threads)).load();
    }
}
