package io.technic.scanner.data.store;

import io.technic.scanner.data.csv.CsvBarSource;
import io.technic.scanner.data.csv.CsvSpec;
import io.technic.scanner.model.Market;
import io.technic.scanner.testdata.RealData;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * {@code technic store import} from a gzip CSV: parse the long file (inflating on one thread,
 * parsing on the others) and append it to an empty store, against the target of
 * ≥ 2 M rows/s. {@code file=generated} is a synthetic 500-symbol × 2,500-bar file (1.25 M rows,
 * prices with 2-4 decimals like the real one), {@code file=shared} the real
 * {@code ../shared/data/us-daily-ohlcv.csv.gz} (skipped when absent). The {@code rows} line of
 * the output is the figure: rows imported per second; {@code ·importGzipCsv} is imports per second.
 * {@code ./mvnw -pl scanner-core -Pjmh test-compile exec:exec -Djmh.args="StoreImportBenchmark -f 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class StoreImportBenchmark {

    /** Symbols × bars of the generated file (1.25 M rows, the size of the shared real file). */
    static final int SYMBOLS = 500;
    static final int BARS = 2500;

    @Param({"generated", "shared"})
    String file;

    private Path root;
    private CsvSpec spec;

    /**
     * Rows imported, reported by JMH per second of measurement. Each iteration also prints rows per
     * second of the process's CPU time (all threads: inflating, parsing, writing, JIT, GC) and the
     * load average, since on a shared machine the wall-clock rate says more about the neighbours.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Rows {
        public long rows;
        private long cpu0;
        private long wall0;

        @Setup(Level.Iteration)
        public void clear() {
            rows = 0;
            cpu0 = os().getProcessCpuTime();
            wall0 = System.nanoTime();
        }

        @TearDown(Level.Iteration)
        public void report() {
            double cpu = (os().getProcessCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            System.out.printf(Locale.ROOT, "  [%,d rows: %,.0f rows/s wall, %,.0f rows per CPU-second, %.2f cores busy,"
                    + " load average %.2f]%n", rows, rows / wall, rows / cpu, cpu / wall, os().getSystemLoadAverage());
        }

        private static com.sun.management.OperatingSystemMXBean os() {
            return (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Files.createTempDirectory("technic-import-bench");
        if (file.equals("shared")) {
            Path dir = RealData.sharedDir().orElseThrow(() -> new IllegalStateException(
                    "../shared/data/us-daily-ohlcv.csv.gz is absent: run with -p file=generated"));
            spec = CsvSpec.of(dir.resolve("us-daily-ohlcv.csv.gz"));
        } else {
            Path csv = root.resolve("generated.csv.gz");
            writeCsv(csv, SYMBOLS, BARS, 42);
            spec = CsvSpec.of(csv);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        delete(root);
    }

    /** Each import goes into an empty store; the one written before is removed first (not timed). */
    @Setup(Level.Invocation)
    public void clearStore() throws IOException {
        delete(root.resolve("store"));
    }

    @Benchmark
    public BarStore.AppendResult importGzipCsv(Rows rows) throws IOException {
        Market m = new CsvBarSource(spec).load();
        BarStore.AppendResult r = new BarStore(root.resolve("store")).append(m);
        rows.rows += m.bars().barCount();
        return r;
    }

    /** The parsing half alone (inflate + parse into columns), to see where the time goes. */
    @Benchmark
    public Market parseGzipCsv(Rows rows) {
        Market m = new CsvBarSource(spec).load();
        rows.rows += m.bars().barCount();
        return m;
    }

    /**
     * Writes a long-format gzip CSV ({@code symbol,date,open,high,low,close,volume}) of
     * {@code symbols} × {@code bars} weekday bars, sorted by symbol then date.
     */
    static void writeCsv(Path file, int symbols, int bars, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2014, 1, 2);
        String[] dates = new String[bars];
        LocalDate d = start;
        for (int i = 0; i < bars; i++) {
            while (d.getDayOfWeek().getValue() > 5) {
                d = d.plusDays(1);
            }
            dates[i] = d.toString();
            d = d.plusDays(1);
        }
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.US_ASCII), 1 << 16)) {
            w.write("symbol,date,open,high,low,close,volume\n");
            for (int s = 0; s < symbols; s++) {
                String sym = ticker(s);
                double close = 10 + rnd.nextDouble() * 300;
                for (int i = 0; i < bars; i++) {
                    double open = close * (1 + (rnd.nextDouble() - 0.5) * 0.02);
                    close = Math.max(1, open * (1 + (rnd.nextDouble() - 0.5) * 0.04));
                    double high = Math.max(open, close) * (1 + rnd.nextDouble() * 0.01);
                    double low = Math.min(open, close) * (1 - rnd.nextDouble() * 0.01);
                    long volume = 100_000 + rnd.nextLong(20_000_000);
                    w.write(sym);
                    w.write(',');
                    w.write(dates[i]);
                    w.write(',');
                    w.write(price(open));
                    w.write(',');
                    w.write(price(high));
                    w.write(',');
                    w.write(price(low));
                    w.write(',');
                    w.write(price(close));
                    w.write(',');
                    w.write(Long.toString(volume));
                    w.write('\n');
                }
            }
        }
    }

    /** Up to 4 decimals, trailing zeros removed (the shared file's style). */
    private static String price(double p) {
        String s = String.format(Locale.ROOT, "%.4f", p);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return s.charAt(end - 1) == '.' ? s.substring(0, end - 1) : s.substring(0, end);
    }

    private static String ticker(int s) {
        StringBuilder b = new StringBuilder();
        int v = s;
        do {
            b.append((char) ('A' + v % 26));
            v /= 26;
        } while (v > 0);
        return b.append("X").toString();
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
}
