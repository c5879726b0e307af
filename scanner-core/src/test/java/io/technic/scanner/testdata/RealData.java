package io.technic.scanner.testdata;

import io.technic.scanner.data.csv.CsvBarSource;
import io.technic.scanner.data.csv.CsvSpec;
import io.technic.scanner.data.csv.LongCsvReader;
import io.technic.scanner.model.Market;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Real US daily bars for reference tests: the whole shared data set ({@code ../shared/data})
 * when it sits beside the clone, else the committed fixture cut from it (12 symbols).
 * Loaded once per JVM through {@link CsvBarSource} in strict mode, with the SPY index and the
 * constituents metadata.
 */
public final class RealData {

    private static volatile Market market;
    private static volatile LongCsvReader.Result stocks;
    private static volatile LongCsvReader.Result index;

    private RealData() {}

    /** The shared data directory, when present. */
    public static Optional<Path> sharedDir() {
        for (Path p : new Path[] {Path.of("../shared/data"), Path.of("../../shared/data")}) {
            if (Files.isRegularFile(p.resolve("us-daily-ohlcv.csv.gz"))) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** Whether the tests run on the whole shared data set rather than the fixture. */
    public static boolean isFullDataSet() {
        return sharedDir().isPresent();
    }

    /** Stocks (every shared symbol, or the fixture's 12) with sectors and names, and the SPY index. */
    public static Market market() {
        if (market == null) {
            synchronized (RealData.class) {
                if (market == null) {
                    Optional<Path> dir = sharedDir();
                    CsvSpec spec = dir.map(d -> new CsvSpec(d.resolve("us-daily-ohlcv.csv.gz"),
                                    d.resolve("us-index-daily.csv.gz"), d.resolve("us-constituents.csv"), true))
                            .orElseGet(() -> new CsvSpec(fixture("us-daily-sample.csv.gz"),
                                    fixture("us-index-daily.csv.gz"), fixture("us-constituents-sample.csv"), true));
                    Market m = new CsvBarSource(spec).load();
                    stocks = LongCsvReader.Result.of(m);
                    index = new LongCsvReader.Result(List.of("SPY"), m.index());
                    market = m;
                    System.out.println("[real-data] " + m.size() + " symbols from " + spec.path()
                            + (dir.isPresent() ? "" : " (fixture: ../shared/data absent, full-data checks did not run)"));
                }
            }
        }
        return market;
    }

    /** Stock bars: every shared symbol, or the fixture's 12. */
    public static LongCsvReader.Result stocks() {
        market();
        return stocks;
    }

    /** The SPY index series. */
    public static LongCsvReader.Result index() {
        market();
        return index;
    }

    /** A committed fixture file. */
    public static Path fixture(String name) {
        try {
            return Path.of(RealData.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("fixture missing: " + name, e);
        }
    }
}
