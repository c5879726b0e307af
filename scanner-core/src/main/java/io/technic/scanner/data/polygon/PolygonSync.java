package io.technic.scanner.data.polygon;

import io.technic.scanner.data.sim.TradingCalendar;
import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the local bar store up to date from Polygon's grouped daily aggregates: one request per
 * missing trading day (the whole market's bars in each), instead of one per symbol.
 *
 * <p>The days fetched are the NYSE sessions ({@link TradingCalendar}) after the store's last day
 * (for an empty store: from {@code from}) up to {@code to}. A session that comes back empty (an
 * unscheduled closure) is reported and skipped. Fetched days are appended to the store every
 * {@code batchDays} days, so a sync that fails part-way (after the client's retries) keeps what it
 * fetched, reports the day it stopped at, and the next sync resumes from there. {@code SPY} becomes
 * the store's index series. Not thread-safe.
 */
public final class PolygonSync {

    private static final Logger LOG = LoggerFactory.getLogger(PolygonSync.class);
    /** The symbol stored as the index (relative strength, regime). */
    public static final String INDEX = "SPY";

    /**
     * Where a sync stands.
     *
     * @param done  days fetched so far
     * @param total days to fetch
     * @param date  the day just fetched
     * @param bars  its bars
     */
    public record Progress(int done, int total, LocalDate date, int bars, long requests, Duration waited) {}

    /**
     * What a sync did.
     *
     * @param days      sessions fetched
     * @param emptyDays sessions Polygon had no bars for (closures), skipped
     * @param newBars   bars appended to the store
     * @param lastDate  the store's last day afterwards (null if still empty)
     * @param failedAt  the day the sync stopped at, or null when it finished
     * @param failure   why it stopped, or null
     */
    public record Result(int days, List<LocalDate> emptyDays, long newBars, int newSymbols, LocalDate lastDate,
                         long requests, Duration waited, LocalDate failedAt, String failure, int rejectedRows) {}

    private final PolygonClient client;
    private final BarStore store;
    private final boolean adjusted;
    private final Map<String, SymbolInfo> reference;
    /** The store's metadata when the sync started: fields the reference data lacks are kept. */
    private Map<String, SymbolInfo> stored = Map.of();

    /**
     * @param reference metadata by ticker for the symbols appended (may be empty; a ticker without
     *                  any keeps what the store has)
     */
    public PolygonSync(PolygonClient client, BarStore store, boolean adjusted, Map<String, SymbolInfo> reference) {
        this.client = Objects.requireNonNull(client, "client");
        this.store = Objects.requireNonNull(store, "store");
        this.adjusted = adjusted;
        this.reference = Map.copyOf(reference);
    }

    /**
     * The metadata a sync should store: each ticker's {@linkplain ReferenceCache cached details}
     * (name, SIC sector, industry, market cap) when present, else its name from the ticker list.
     */
    public static Map<String, SymbolInfo> reference(Map<String, PolygonClient.TickerRef> names, ReferenceCache details) {
        Map<String, SymbolInfo> m = new java.util.HashMap<>();
        names.forEach((t, r) -> m.put(t, new SymbolInfo(t, r.name(), null, null, Double.NaN, null)));
        details.entries().forEach((t, e) -> {
            if (e.details() != null) {
                m.put(t, e.info());
            }
        });
        return m;
    }

    /** The sessions a sync from {@code from} to {@code to} would fetch for this store. */
    public List<LocalDate> missingDays(LocalDate from, LocalDate to) {
        LocalDate start = from;
        if (store.exists()) {
            LocalDate last = store.info().lastDate();
            if (last != null) {
                start = last.plusDays(1);
            }
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(to); d = d.plusDays(1)) {
            if (TradingCalendar.isSession(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /**
     * Fetches the missing days and appends them.
     *
     * @throws IOException if the store cannot be written (what was appended before stays)
     */
    public Result sync(LocalDate from, LocalDate to, int batchDays, Consumer<Progress> progress) throws IOException {
        if (batchDays < 1) {
            throw new IllegalArgumentException("batch must be >= 1 day, was " + batchDays);
        }
        List<LocalDate> days = missingDays(from, to);
        Map<String, SymbolInfo> stored = new java.util.HashMap<>();
        if (store.exists()) {
            store.symbols().forEach(i -> stored.put(i.symbol(), i));
        }
        this.stored = stored;
        List<PolygonClient.GroupedDay> pending = new ArrayList<>();
        List<LocalDate> empty = new ArrayList<>();
        long newBars = 0;
        int newSymbols = 0;
        int fetched = 0;
        int rejected = 0;
        LocalDate failedAt = null;
        String failure = null;
        for (LocalDate d : days) {
            PolygonClient.GroupedDay g;
            try {
                g = client.grouped(d, adjusted);
            } catch (PolygonException e) {
                failedAt = d;
                failure = e.getMessage();
                LOG.warn("sync stopped at {}: {}", d, e.getMessage());
                break;
            }
            fetched++;
            rejected += g.rejected().size();
            if (!g.rejected().isEmpty()) {
                LOG.warn("{}: {} rows dropped, e.g. {}", d, g.rejected().size(), g.rejected().getFirst());
            }
            if (g.size() == 0) {
                empty.add(d);
            } else {
                pending.add(g);
            }
            progress.accept(new Progress(fetched, days.size(), d, g.size(), client.requests(), client.waited()));
            if (pending.size() >= batchDays) {
                BarStore.AppendResult r = store.append(market(pending));
                newBars += r.newBars();
                newSymbols += r.newSymbols();
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            BarStore.AppendResult r = store.append(market(pending));
            newBars += r.newBars();
            newSymbols += r.newSymbols();
        }
        LocalDate last = store.exists() ? store.info().lastDate() : null;
        return new Result(fetched, List.copyOf(empty), newBars, newSymbols, last, client.requests(), client.waited(),
                failedAt, failure, rejected);
    }

    /** Day-major grouped bars turned symbol-major. */
    Market market(List<PolygonClient.GroupedDay> days) {
        Map<String, List<double[]>> bySymbol = new TreeMap<>();
        for (PolygonClient.GroupedDay g : days) {
            int day = (int) g.date().toEpochDay();
            for (int i = 0; i < g.size(); i++) {
                bySymbol.computeIfAbsent(g.symbols().get(i), k -> new ArrayList<>())
                        .add(new double[] {day, g.open()[i], g.high()[i], g.low()[i], g.close()[i], g.volume()[i]});
            }
        }
        List<double[]> index = bySymbol.remove(INDEX);
        BarColumns.Builder b = new BarColumns.Builder(days.size() * Math.max(1, bySymbol.size()));
        List<SymbolInfo> infos = new ArrayList<>(bySymbol.size());
        for (var e : bySymbol.entrySet()) {
            for (double[] r : e.getValue()) {
                b.add((int) r[0], r[1], r[2], r[3], r[4], r[5]);
            }
            b.endSymbol();
            SymbolInfo ref = reference.get(e.getKey());
            infos.add(ref == null ? SymbolInfo.of(e.getKey()) : ReferenceSync.merge(stored.get(e.getKey()), ref));
        }
        BarColumns idx = null;
        if (index != null) {
            BarColumns.Builder ib = new BarColumns.Builder(index.size());
            for (double[] r : index) {
                ib.add((int) r[0], r[1], r[2], r[3], r[4], r[5]);
            }
            idx = ib.endSymbol().build();
        }
        LocalDate first = days.getFirst().date();
        LocalDate lastDay = days.getLast().date();
        return new Market("polygon:grouped-daily,adjusted=" + adjusted, "polygon:" + first + ".." + lastDay, infos,
                b.build(), idx, List.of());
    }
}
