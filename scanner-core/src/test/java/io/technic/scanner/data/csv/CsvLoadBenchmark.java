package io.technic.scanner.data.csv;

import io.technic.scanner.model.Market;
import io.technic.scanner.testdata.RealData;
import java.nio.file.Path;
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
 * Time to load the shared long file (1.25 M rows, 19 MB gzip; the 12-symbol fixture when the
 * shared data is absent) with its index and constituents, on all cores and on one.
 * {@code ./mvnw -pl scanner-core -Pjmh test-compile exec:exec -Djmh.args="CsvLoadBenchmark -f 1 -wi 1 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CsvLoadBenchmark {

    @Param({"0", "1"})
    int threads;

    private CsvSpec spec;

    @Setup
    public void setUp() {
        Path dir = RealData.sharedDir().orElse(null);
        spec = dir != null
                ? new CsvSpec(dir.resolve("us-daily-ohlcv.csv.gz"), dir.resolve("us-index-daily.csv.gz"),
                        dir.resolve("us-constituents.csv"), false)
                : new CsvSpec(RealData.fixture("us-daily-sample.csv.gz"), RealData.fixture("us-index-daily.csv.gz"),
                        RealData.fixture("us-constituents-sample.csv"), false);
    }

    @Benchmark
    public Market load() {
        return (threads == 0 ? new CsvBarSource(spec) : new CsvBarSource(spec, threads)).load();
    }
}
