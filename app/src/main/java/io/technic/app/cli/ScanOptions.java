package io.technic.app.cli;

import io.technic.scanner.model.Profile;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.UniverseFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/** Options shared by commands that run a scan; builds the {@link ScanRequest}. */
final class ScanOptions {

    @Option(names = "--source", paramLabel = "SPEC", defaultValue = "sim",
            description = "Data source: sim[:seed=N,symbols=N,bars=N] | csv:PATH[,index=PATH,meta=PATH,strict=true]. Default: ${DEFAULT-VALUE}.")
    String source;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "balanced",
            description = "conservative | balanced | aggressive (sets default price/liquidity floors and score weights). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Scan as of this date's close (yyyy-MM-dd). Default: the source's last date.")
    LocalDate asOf;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Worker threads (0 = all cores). Never changes results.")
    int threads;

    @Option(names = "--lookback", paramLabel = "BARS", defaultValue = "" + ScanRequest.DEFAULT_LOOKBACK,
            description = "Bars of history fed to the indicators (0 = all). Default: ${DEFAULT-VALUE}.")
    int lookback;

    @Option(names = "--sector", paramLabel = "NAME", split = ",", description = "Keep only these sectors (repeat or comma-separate).")
    List<String> sectors = new ArrayList<>();

    @Option(names = "--symbols", paramLabel = "SYM", split = ",", description = "Scan only these symbols.")
    List<String> symbols = new ArrayList<>();

    @Option(names = "--min-price", paramLabel = "USD", description = "Minimum last close (default: the profile's).")
    Double minPrice;

    @Option(names = "--max-price", paramLabel = "USD", description = "Maximum last close.")
    Double maxPrice;

    @Option(names = "--min-dollar-volume", paramLabel = "USD", description = "Minimum 20-day average dollar volume (default: the profile's).")
    Double minDollarVolume;

    @Option(names = "--sector-neutral", description = "Measure factor exposures (z-scores) within each sector.")
    boolean sectorNeutral;

    @Option(names = "--min-history", paramLabel = "BARS", defaultValue = "0", description = "Minimum bars of history.")
    int minHistory;

    /** A scanner configured by these options. Close it when done. */
    io.technic.scanner.api.Scanner scanner() {
        return io.technic.app.context.Engine.scanner(sectorNeutral);
    }

    /** The alpha models scans run. */
    java.util.List<io.technic.scanner.ml.AlphaModel> models() {
        return io.technic.app.context.Engine.models();
    }

    ScanRequest toRequest(int topN) {
        Profile p = Profile.parse(profile);
        Set<String> syms = new TreeSet<>();
        symbols.forEach(s -> syms.add(s.trim().toUpperCase(Locale.ROOT)));
        UniverseFilter f = new UniverseFilter(syms, Set.copyOf(sectors),
                minPrice != null ? minPrice : p.minPrice(),
                maxPrice != null ? maxPrice : Double.POSITIVE_INFINITY,
                minDollarVolume != null ? minDollarVolume : p.minDollarVolume(), minHistory);
        return new ScanRequest(source, f, asOf, lookback, p, topN, threads);
    }
}
