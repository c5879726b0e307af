package io.technic.scanner.testdata;

import io.technic.scanner.data.csv.LongCsvReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Real US daily bars for reference tests: the whole shared data set ({@code ../shared/data})
 * when it sits beside the clone, else the committed fixture cut from it (12 symbols).
 * Loaded once per JVM.
 */
public final class RealData {

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

    /** Stock bars: every shared symbol, or the fixture's 12. */
    public static LongCsvReader.Result stocks() {
        if (stocks == null) {
            synchronized (RealData.class) {
                if (stocks == null) {
                    Path file = sharedDir().map(d -> d.resolve("us-daily-ohlcv.csv.gz"))
                            .orElseGet(() -> fixture("us-daily-sample.csv.gz"));
                    stocks = LongCsvReader.read(file);
                    System.out.println("[real-data] " + stocks.symbols().size() + " symbols from " + file
                            + (isFullDataSet() ? "" : " (fixture: ../shared/data absent, full-data checks did not run)"));
                }
            }
        }
        return stocks;
    }

    /** The SPY index series. */
    public static LongCsvReader.Result index() {
        if (index == null) {
            synchronized (RealData.class) {
                if (index == null) {
                    index = LongCsvReader.read(sharedDir().map(d -> d.resolve("us-index-daily.csv.gz"))
                            .orElseGet(() -> fixture("us-index-daily.csv.gz")));
                }
            }
        }
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
