package io.technic.scanner.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything that determines a scan's result. A plain value: two equal requests over the
 * same data give bit-identical results, whatever the thread count.
 *
 * @param source   data source spec, e.g. {@code "sim"}, {@code "sim:seed=7,symbols=500"},
 *                 {@code "csv:/data/us.csv.gz,index=/data/spy.csv.gz"}
 * @param filter   universe filter
 * @param asOf     evaluate as of the close of this date; {@code null} = the source's last date
 * @param lookback bars of history fed to the indicators, ending at the as-of bar
 *                 (0 = all history); must be 0 or at least the engine's minimum
 * @param profile  risk profile (score weights)
 * @param topN     rows to present (0 = all ranked rows); ranking always covers every symbol
 * @param threads  worker threads (0 = all available cores); never changes the result
 */
public record ScanRequest(String source, UniverseFilter filter, LocalDate asOf, int lookback,
                          Profile profile, int topN, int threads) {

    /** Default history fed to the indicators: three years of daily bars. */
    public static final int DEFAULT_LOOKBACK = 756;

    public ScanRequest {
        Objects.requireNonNull(source, "source");
        filter = filter == null ? UniverseFilter.none() : filter;
        profile = profile == null ? Profile.BALANCED : profile;
        if (lookback < 0) {
            throw new IllegalArgumentException("lookback must be >= 0: " + lookback);
        }
        if (topN < 0) {
            throw new IllegalArgumentException("topN must be >= 0: " + topN);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0: " + threads);
        }
    }

    /** A balanced scan of {@code source} with the profile's default filters. */
    public static ScanRequest of(String source) {
        return new ScanRequest(source, UniverseFilter.defaultsFor(Profile.BALANCED), null,
                DEFAULT_LOOKBACK, Profile.BALANCED, 0, 0);
    }

    public ScanRequest withThreads(int n) {
        return new ScanRequest(source, filter, asOf, lookback, profile, topN, n);
    }

    public ScanRequest withFilter(UniverseFilter f) {
        return new ScanRequest(source, f, asOf, lookback, profile, topN, threads);
    }

    public ScanRequest withAsOf(LocalDate d) {
        return new ScanRequest(source, filter, d, lookback, profile, topN, threads);
    }

    public ScanRequest withTopN(int n) {
        return new ScanRequest(source, filter, asOf, lookback, profile, n, threads);
    }

    public ScanRequest withProfile(Profile p) {
        return new ScanRequest(source, filter, asOf, lookback, p, topN, threads);
    }

    public ScanRequest withLookback(int bars) {
        return new ScanRequest(source, filter, asOf, bars, profile, topN, threads);
    }
}
