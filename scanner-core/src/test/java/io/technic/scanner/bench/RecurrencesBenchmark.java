package io.technic.scanner.bench;

import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.indicator.ScanRecurrences;
import io.technic.scanner.indicator.ScanRecurrencesBatch;
import io.technic.scanner.model.BarColumns;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scan's fused recurrences on one thread, 6,000 simulated symbols × 500 bars: symbol by
 * symbol ({@link ScanRecurrences}) against SIMD across symbols ({@link ScanRecurrencesBatch},
 * in the feature stage's chunks of 32). ns/bar = ms/op × 1e6 / (symbols × bars).
 *
 * <pre>./mvnw -pl scanner-core -Pjmh test-compile exec:exec -Djmh.args="RecurrencesBenchmark -f 1"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules", "jdk.incubator.vector"})
public class RecurrencesBenchmark {

    private static final int CHUNK = 32;

    @Param({"6000"})
    int symbols;

    @Param({"500"})
    int bars;

    private BarColumns b;
    private int[] from;
    private int[] to;
    private double[] out;
    private final double[] row = new double[ScanRecurrences.OUTPUTS];
    private final ScanRecurrencesBatch.Scratch scratch = new ScanRecurrencesBatch.Scratch();

    @Setup(Level.Trial)
    public void setUp() {
        b = new SimulatedMarket(new SimulationSpec(42, symbols, bars, SimulationSpec.DEFAULT_END)).load().bars();
        int n = b.symbolCount();
        from = new int[n];
        to = new int[n];
        for (int s = 0; s < n; s++) {
            from[s] = b.start(s);
            to[s] = b.end(s);
        }
        out = new double[n * ScanRecurrences.OUTPUTS];
        if (!ScanRecurrencesBatch.vectorised()) {
            throw new IllegalStateException("the Vector API is not available: --add-modules jdk.incubator.vector");
        }
        if (!ScanRecurrencesBatch.warmUp(120_000_000_000L)) {
            throw new IllegalStateException("the vector recurrences never measured faster than the scalar ones");
        }
    }

    @Benchmark
    public double scalar() {
        double sum = 0;
        for (int s = 0; s < from.length; s++) {
            ScanRecurrences.compute(b.high(), b.low(), b.close(), b.volume(), from[s], to[s], row);
            sum += row[ScanRecurrences.ADX_14];
        }
        return sum;
    }

    @Benchmark
    public double batch() {
        for (int a = 0; a < from.length; a += CHUNK) {
            ScanRecurrencesBatch.compute(b.high(), b.low(), b.close(), b.volume(), from, to, a,
                    Math.min(CHUNK, from.length - a), out, scratch);
        }
        return out[ScanRecurrences.ADX_14];
    }
}
