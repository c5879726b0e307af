package io.technic.app.cli;

import io.technic.scanner.data.polygon.PolygonClient;
import io.technic.scanner.data.polygon.PolygonKey;
import io.technic.scanner.data.polygon.PolygonSync;
import io.technic.scanner.data.polygon.ReferenceCache;
import io.technic.scanner.data.polygon.ReferenceSync;
import io.technic.scanner.data.polygon.TickerCache;
import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.watch.WatchStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code technic sync}: brings the local bar store up to date from a data provider. */
@Command(name = "sync", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Append the missing trading days to the local bar store from a provider.",
            "Polygon (Massive): one grouped-daily request per missing session for the whole market,",
            "then ticker details (sector, industry, market cap) for up to --details symbols, cached in the store.",
            "API key: $POLYGON_API_KEY (or $MASSIVE_API_KEY), else a file only you can read (chmod 600),",
            "default <config dir>/polygon.key. It is sent in a header and never printed."})
final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--provider", paramLabel = "NAME", defaultValue = "polygon", description = "polygon (default).")
    String provider;

    @Option(names = "--store", paramLabel = "DIR", description = "Store directory. Default: the user's.")
    Path store;

    @Option(names = "--from", paramLabel = "DATE", description = "First day for an empty store (default: --days sessions before --to).")
    LocalDate from;

    @Option(names = "--days", paramLabel = "N", defaultValue = "756", description = "Sessions to backfill into an empty store (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: the last session that has closed, New York time).")
    LocalDate to;

    @Option(names = "--rpm", paramLabel = "N", defaultValue = "5", description = "Requests per minute allowed by your plan (default ${DEFAULT-VALUE}, the free tier).")
    int rpm;

    @Option(names = "--unadjusted", description = "Bars as traded, not split-adjusted (do not mix both in one store).")
    boolean unadjusted;

    @Option(names = "--batch", paramLabel = "DAYS", defaultValue = "20", description = "Days fetched between two appends to the store (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--key-file", paramLabel = "FILE", description = "The API key file (mode 0600).")
    Path keyFile;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = PolygonClient.DEFAULT_BASE, hidden = true)
    String baseUrl;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "5",
            description = "Tries per request before a day counts as failed (default ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--no-tickers", description = "Do not fetch the ticker list (names; cached for --reference-max-age).")
    boolean noTickers;

    @Option(names = "--details", paramLabel = "N", defaultValue = "100",
            description = "Ticker-details requests this run (SIC sector, industry, market cap; one per symbol, missing "
                    + "ones first, then the stalest; the next run continues). Default ${DEFAULT-VALUE}; 0: none.")
    int details;

    @Option(names = "--reference-max-age", paramLabel = "AGE", defaultValue = "7d", converter = Durations.class,
            description = "Refetch cached reference data older than this (default ${DEFAULT-VALUE}; e.g. 1d, 12h).")
    Duration referenceMaxAge;

    @Override
    public Integer call() throws IOException {
        if (!provider.equalsIgnoreCase("polygon") && !provider.equalsIgnoreCase("massive")) {
            throw new CliException("unknown provider '" + provider + "'; valid: polygon");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PolygonKey key = key(keyFile);
        PolygonClient client = new PolygonClient(baseUrl, key, rpm, attempts, d -> Thread.sleep(d), System::nanoTime,
                new SplittableRandom());
        BarStore s = new BarStore(StoreCommand.storeDir(store));
        LocalDate last = to != null ? to : lastClosedSession();
        LocalDate first = from != null ? from : sessionsBefore(last, days);
        Duration maxAge = referenceMaxAge;
        if (details < 0) {
            throw new CliException("--details must be >= 0, was " + details);
        }
        Map<String, PolygonClient.TickerRef> names = noTickers ? Map.of()
                : new TickerCache(s.directory(), maxAge, Clock.systemUTC()).get(client);
        ReferenceCache refs = ReferenceCache.open(s.directory());
        refs.warnings().forEach(w -> err.println("technic: " + w));
        PolygonSync sync = new PolygonSync(client, s, !unadjusted, PolygonSync.reference(names, refs));
        List<LocalDate> missing = sync.missingDays(first, last);
        err.printf(Locale.ROOT, "technic sync: %d session%s to fetch (%s .. %s) into %s at %d requests/min%n", missing.size(),
                missing.size() == 1 ? "" : "s", missing.isEmpty() ? "-" : missing.getFirst(),
                missing.isEmpty() ? "-" : missing.getLast(), s.directory(), rpm);
        err.flush();
        long t0 = System.nanoTime();
        PolygonSync.Result r = sync.sync(first, last, batch, p -> {
            err.printf(Locale.ROOT, "  %s  %d/%d  %,d bars  (%d requests, waited %s)%n", p.date(), p.done(), p.total(),
                    p.bars(), p.requests(), Durations.format(p.waited().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            err.flush();
        });
        out.printf(Locale.ROOT, "fetched %d sessions (%d empty%s), appended %,d bars and %d new symbols in %.1f s; store last date %s%n",
                r.days(), r.emptyDays().size(), r.emptyDays().isEmpty() ? "" : ": " + r.emptyDays(), r.newBars(), r.newSymbols(),
                (System.nanoTime() - t0) / 1e9, r.lastDate());
        if (r.rejectedRows() > 0) {
            out.printf(Locale.ROOT, "dropped %d unusable rows (logged)%n", r.rejectedRows());
        }
        if (r.failure() != null) {
            err.println("technic: sync stopped at " + r.failedAt() + ": " + r.failure()
                    + "; what came before is stored - run technic sync again to resume");
            return 1;
        }
        return s.exists() ? syncReference(client, s, refs, maxAge, out, err) : 0;
    }

    /** Ticker details for the store's symbols (within the --details budget), then into the store's metadata. */
    private int syncReference(PolygonClient client, BarStore s, ReferenceCache refs, Duration maxAge, PrintWriter out,
                              PrintWriter err) throws IOException {
        List<String> symbols = s.symbols().stream().map(io.technic.scanner.model.SymbolInfo::symbol).toList();
        ReferenceSync rs = new ReferenceSync(client, refs, maxAge, Clock.systemUTC());
        ReferenceSync.Result r = rs.refresh(symbols, details, 25, p -> {
            if (p.done() % 25 == 0 || p.done() == p.total()) {
                err.printf(Locale.ROOT, "  reference %d/%d  %s  (%d requests, waited %s)%n", p.done(), p.total(), p.symbol(),
                        p.requests(), Durations.format(p.waited().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
                err.flush();
            }
        });
        int changed = ReferenceSync.apply(refs, s);
        long withSector = s.symbols().stream().filter(i -> !i.sector().equals(io.technic.scanner.model.SymbolInfo.UNKNOWN))
                .count();
        out.printf(Locale.ROOT, "reference data: %d tickers fetched (%d unknown to Polygon), %d fresh, %d still to fetch%s; "
                        + "%d symbols updated in the store, %,d of %,d have a sector (%s)%n", r.fetched(), r.unknown(),
                r.fresh(), r.remaining(), r.remaining() > 0 && r.failure() == null ? " (run technic sync again, or raise --details)" : "",
                changed, withSector, symbols.size(), refs.file().getFileName());
        if (r.failure() != null) {
            err.println("technic: reference refresh stopped at " + r.failedAt() + ": " + r.failure()
                    + "; what came before is cached - run technic sync again to resume");
            return 1;
        }
        return 0;
    }

    static PolygonKey key(Path keyFile) {
        Path f = keyFile != null ? keyFile : PolygonKey.defaultFile(WatchStore.defaultDirectory());
        if (keyFile != null) {
            return PolygonKey.find(Map.of(), f).orElseThrow(() -> new CliException("no Polygon API key in " + f));
        }
        io.technic.scanner.secret.Secrets secrets = io.technic.scanner.secret.Secrets.system(WatchStore.defaultDirectory());
        return PolygonKey.find(secrets, f).orElseThrow(() -> new CliException(
                "no Polygon API key: set POLYGON_API_KEY, store it with technic secret set polygon-api-key (goes to "
                        + secrets.store().describe() + "), or put it in " + f + " (chmod 600)"));
    }

    static LocalDate lastClosedSession() {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("America/New_York"));
        LocalDate d = now.toLocalTime().isBefore(LocalTime.of(17, 0)) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
        while (!io.technic.scanner.data.sim.TradingCalendar.isSession(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static LocalDate sessionsBefore(LocalDate last, int n) {
        if (n < 1) {
            throw new CliException("--days must be >= 1, was " + n);
        }
        LocalDate d = last;
        for (int k = 1; k < n; ) {
            d = d.minusDays(1);
            if (io.technic.scanner.data.sim.TradingCalendar.isSession(d)) {
                k++;
            }
        }
        return d;
    }
}
