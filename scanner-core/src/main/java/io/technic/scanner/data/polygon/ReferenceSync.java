package io.technic.scanner.data.polygon;

import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.model.SymbolInfo;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the store's symbols' reference data (name, SIC sector, industry, market cap) current from
 * Polygon's ticker details, one request per ticker, so a scan of a Polygon-backed store has
 * sectors and market caps (sector filters, ICS size, sector-neutral factors).
 *
 * <p>A refresh asks for the tickers with no entry in the {@link ReferenceCache} first (in the
 * store's order), then those whose entry is older than {@code maxAge}, oldest first, at most
 * {@code maxRequests} of them; the client spaces the requests to its rate limit and retries 429
 * and 5xx answers. The cache is saved every {@code saveEvery} answers and at the end, so a refresh
 * that fails or is killed part-way keeps what it fetched and the next one continues with the rest.
 * {@link #apply} then writes the cached metadata into the store's symbol table (a new generation,
 * no bars rewritten). Not thread-safe.
 */
public final class ReferenceSync {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceSync.class);

    /** After each answer: {@code done} of {@code total} asked for this run. */
    public record Progress(int done, int total, String symbol, boolean known, long requests, Duration waited) {}

    /**
     * What a refresh did.
     *
     * @param fetched   tickers asked this run (known and unknown)
     * @param unknown   of those, tickers Polygon did not know (404)
     * @param fresh     tickers whose entry was recent enough to keep
     * @param remaining tickers still missing or stale (over the request budget, or after a failure)
     * @param failedAt  the ticker the refresh stopped at, or null
     * @param failure   why it stopped, or null
     */
    public record Result(int fetched, int unknown, int fresh, int remaining, long requests, Duration waited,
                         String failedAt, String failure) {}

    private final PolygonClient client;
    private final ReferenceCache cache;
    private final Duration maxAge;
    private final Clock clock;

    /**
     * @param maxAge an entry older than this is fetched again
     * @throws IllegalArgumentException if {@code maxAge} is negative
     */
    public ReferenceSync(PolygonClient client, ReferenceCache cache, Duration maxAge, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("reference max age must not be negative, was " + maxAge);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The tickers of {@code symbols} a refresh would ask for, in the order it asks. */
    public List<String> due(List<String> symbols) {
        Instant now = clock.instant();
        List<String> missing = new ArrayList<>();
        List<ReferenceCache.Entry> stale = new ArrayList<>();
        for (String s : symbols) {
            ReferenceCache.Entry e = cache.get(s);
            if (e == null) {
                missing.add(s);
            } else if (e.fetched().plus(maxAge).isBefore(now)) {
                stale.add(e);
            }
        }
        stale.sort(Comparator.comparing(ReferenceCache.Entry::fetched).thenComparing(ReferenceCache.Entry::symbol));
        List<String> out = new ArrayList<>(missing);
        stale.forEach(e -> out.add(e.symbol()));
        return out;
    }

    /**
     * Fetches the details of {@code symbols} that are missing or stale, at most {@code maxRequests}.
     *
     * @throws IOException              if the cache cannot be written (what was saved before stays)
     * @throws IllegalArgumentException if {@code maxRequests} is negative or {@code saveEvery} < 1
     */
    public Result refresh(List<String> symbols, int maxRequests, int saveEvery, Consumer<Progress> progress)
            throws IOException {
        if (maxRequests < 0) {
            throw new IllegalArgumentException("request budget must be >= 0, was " + maxRequests);
        }
        if (saveEvery < 1) {
            throw new IllegalArgumentException("save interval must be >= 1, was " + saveEvery);
        }
        List<String> due = due(symbols);
        int total = Math.min(maxRequests, due.size());
        int fetched = 0;
        int unknown = 0;
        int unsaved = 0;
        String failedAt = null;
        String failure = null;
        for (String s : due.subList(0, total)) {
            PolygonClient.TickerDetails d;
            try {
                d = client.tickerDetails(s);
            } catch (PolygonException e) {
                failedAt = s;
                failure = e.getMessage();
                LOG.warn("reference refresh stopped at {}: {}", s, e.getMessage());
                break;
            }
            cache.put(new ReferenceCache.Entry(s, d, clock.instant()));
            fetched++;
            unknown += d == null ? 1 : 0;
            if (++unsaved >= saveEvery) {
                cache.save();
                unsaved = 0;
            }
            progress.accept(new Progress(fetched, total, s, d != null, client.requests(), client.waited()));
        }
        if (unsaved > 0) {
            cache.save();
        }
        int fresh = symbols.size() - due.size();
        return new Result(fetched, unknown, fresh, due.size() - fetched, client.requests(), client.waited(), failedAt,
                failure);
    }

    /**
     * Writes the cached metadata of the store's symbols into its symbol table; symbols with no
     * entry, or one for a ticker Polygon did not know, keep what the store has.
     *
     * @return symbols whose metadata changed
     * @throws IOException if the store cannot be written (it is then unchanged)
     */
    public static int apply(ReferenceCache cache, BarStore store) throws IOException {
        Map<String, SymbolInfo> infos = new HashMap<>();
        for (SymbolInfo stored : store.symbols()) {
            ReferenceCache.Entry e = cache.get(stored.symbol());
            if (e != null && e.details() != null) {
                infos.put(stored.symbol(), merge(stored, e.info()));
            }
        }
        return store.updateSymbols(infos);
    }

    /**
     * {@code incoming} where it knows a field, {@code stored} where it does not (an unknown sector,
     * industry or market cap, a name that is only the ticker, no fundamentals), so metadata from an
     * earlier import is not forgotten.
     */
    static SymbolInfo merge(SymbolInfo stored, SymbolInfo incoming) {
        if (stored == null) {
            return incoming;
        }
        String unknown = SymbolInfo.UNKNOWN;
        return new SymbolInfo(incoming.symbol(),
                incoming.name().equals(incoming.symbol()) ? stored.name() : incoming.name(),
                incoming.sector().equals(unknown) ? stored.sector() : incoming.sector(),
                incoming.industry().equals(unknown) ? stored.industry() : incoming.industry(),
                Double.isNaN(incoming.marketCap()) ? stored.marketCap() : incoming.marketCap(),
                !incoming.fundamentals().isPresent() ? stored.fundamentals()
                        : incoming.fundamentals());
    }
}
