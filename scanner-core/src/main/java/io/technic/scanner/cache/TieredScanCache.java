package io.technic.scanner.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Policy;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan cache over two tiers: L1, Caffeine in process, holding decoded values (so an L1 hit
 * costs no decoding) bounded by their estimated weight in bytes; L2, Redis (optional), holding
 * {@link CacheCodec} frames shared with workers. Lookups go L1 then L2 (an L2 hit fills L1);
 * writes go to both. A corrupt L2 entry is a miss (counted, and deleted). Thread-safe.
 */
public final class TieredScanCache implements ScanCache {

    private static final Logger LOG = LoggerFactory.getLogger(TieredScanCache.class);

    private final Cache<String, Entry> l1;
    private final RedisTier l2;
    private final TtlPolicy ttl;
    private final Counters l1Counters = new Counters();
    private final LongAdder resultHits = new LongAdder();
    private final LongAdder resultMisses = new LongAdder();

    /** An L1 value with its weight and time to live. */
    private record Entry(Object value, int weight, long ttlNanos) {}

    /**
     * @throws IllegalArgumentException for a malformed Redis URL (the message names it, password redacted)
     */
    public TieredScanCache(CacheConfig cfg) {
        this.ttl = cfg.ttl();
        this.l1 = Caffeine.newBuilder()
                .maximumWeight(cfg.l1MaxBytes())
                .weigher((String k, Entry e) -> e.weight())
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String k, Entry e, long now) {
                        return e.ttlNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String k, Entry e, long now, long current) {
                        return e.ttlNanos();
                    }

                    @Override
                    public long expireAfterRead(String k, Entry e, long now, long current) {
                        return current;
                    }
                })
                .recordStats()
                .build();
        this.l2 = cfg.hasRedis() ? new RedisTier(cfg) : null;
        LOG.info("scan cache: {}", cfg);
    }

    /** A cache with only the in-process tier, of {@code maxBytes}. */
    public static TieredScanCache inProcess(long maxBytes) {
        return new TieredScanCache(CacheConfig.defaults().withL1MaxBytes(maxBytes));
    }

    @Override
    public boolean enabled() {
        return true;
    }

    /** Whether an L2 (Redis) tier is configured. */
    public boolean hasL2() {
        return l2 != null;
    }

    @Override
    public Hit getResult(String key, ScanRequest request) {
        long t0 = System.nanoTime();
        Entry e = l1.getIfPresent(key);
        l1Counters.call(t0);
        if (e != null && e.value() instanceof ScanResult r) {
            l1Counters.hits.increment();
            resultHits.increment();
            return new Hit(withRequest(r, request), "L1");
        }
        l1Counters.misses.increment();
        if (l2 != null) {
            byte[] bytes = l2.getAll(new String[] {key})[0];
            if (bytes != null) {
                try {
                    ScanResult r = CacheCodec.decodeResult(bytes, request);
                    l1.put(key, new Entry(r, weigh(r), ttl.ttlFor(r.asOf()).toNanos()));
                    resultHits.increment();
                    return new Hit(r, "L2");
                } catch (CorruptEntryException ex) {
                    corrupt(key, ex);
                }
            }
        }
        resultMisses.increment();
        return null;
    }

    private void corrupt(String key, CorruptEntryException ex) {
        l2.counters.corrupt.incrementAndGet();
        l2.counters.hits.decrement();
        l2.counters.misses.increment();
        LOG.warn("corrupt cache entry {} read as a miss: {}", key, ex.getMessage());
        l2.delete(key);
    }

    private static ScanResult withRequest(ScanResult r, ScanRequest request) {
        if (r.request().equals(request)) {
            return r;
        }
        return new ScanResult(request, r.asOf(), r.source(), r.dataVersion(), r.schema(), r.rows(), r.filtered(),
                r.skipped(), r.regime(), r.accounting(), r.metrics());
    }

    @Override
    public void putResult(String key, ScanResult result) {
        Duration d = ttl.ttlFor(result.asOf());
        l1.put(key, new Entry(result, weigh(result), d.toNanos()));
        if (l2 != null) {
            l2.putAll(new String[] {key}, new byte[][] {CacheCodec.encodeResult(result)}, new Duration[] {d});
        }
    }

    @Override
    public double[][] getRows(String[] keys, int cols) {
        long t0 = System.nanoTime();
        double[][] out = new double[keys.length][];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            Entry e = l1.getIfPresent(keys[i]);
            if (e != null && e.value() instanceof double[] row && row.length == cols) {
                out[i] = row;
            } else {
                missing.add(i);
            }
        }
        l1Counters.call(t0);
        l1Counters.hits.add(keys.length - missing.size());
        l1Counters.misses.add(missing.size());
        if (l2 != null && !missing.isEmpty()) {
            String[] mk = new String[missing.size()];
            for (int j = 0; j < mk.length; j++) {
                mk[j] = keys[missing.get(j)];
            }
            byte[][] got = l2.getAll(mk);
            for (int j = 0; j < mk.length; j++) {
                if (got[j] != null) {
                    try {
                        double[] row = CacheCodec.decodeRow(got[j], cols);
                        out[missing.get(j)] = row;
                        // the row's own TTL is unknown here: keep it the live TTL in L1
                        l1.put(mk[j], new Entry(row, rowWeight(cols), ttl.live().toNanos()));
                    } catch (CorruptEntryException ex) {
                        corrupt(mk[j], ex);
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void putRows(String[] keys, double[][] rows, LocalDate asOf) {
        if (keys.length == 0) {
            return;
        }
        Duration d = ttl.ttlFor(asOf);
        for (int i = 0; i < keys.length; i++) {
            l1.put(keys[i], new Entry(rows[i], rowWeight(rows[i].length), d.toNanos()));
        }
        if (l2 != null) {
            byte[][] enc = new byte[rows.length][];
            Duration[] ttls = new Duration[rows.length];
            for (int i = 0; i < rows.length; i++) {
                enc[i] = CacheCodec.encodeRow(rows[i]);
                ttls[i] = d;
            }
            l2.putAll(keys, enc, ttls);
        }
    }

    /** Drops every L1 entry (tests, and "clear cache" in the app). */
    public void clearL1() {
        l1.invalidateAll();
        l1.cleanUp();
    }

    @Override
    public CacheStats stats() {
        l1.cleanUp();
        long bytes = l1.policy().eviction().map(Policy.Eviction::weightedSize)
                .map(o -> o.orElse(-1L)).orElse(-1L);
        List<TierStats> tiers = new ArrayList<>(2);
        tiers.add(l1Counters.snapshot("L1", "UP", l1.estimatedSize(), bytes, l1.stats().evictionCount()));
        if (l2 != null) {
            tiers.add(l2.stats());
        }
        return new CacheStats(tiers, resultHits.sum(), resultMisses.sum());
    }

    @Override
    public void close() {
        if (l2 != null) {
            l2.close();
        }
    }

    private static int rowWeight(int cols) {
        return 16 + 8 * cols + 64;
    }

    /** An estimate of a result's heap size in bytes (Caffeine's weight). */
    static int weigh(ScanResult r) {
        long w = 1024;
        for (ScanRow row : r.rows()) {
            w += 200 + 8L * row.features().length + 8L * (row.scores().size() + row.factors().size()
                    + row.forecasts().size()) + 48L * row.contributions().size();
        }
        w += 120L * (r.filtered().size() + r.skipped().size());
        return (int) Math.min(Integer.MAX_VALUE, w);
    }
}
