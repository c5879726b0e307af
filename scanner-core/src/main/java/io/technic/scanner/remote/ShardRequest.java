package io.technic.scanner.remote;

import io.technic.scanner.model.Profile;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.UniverseFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One shard of a scan as sent to a worker: what decides the per-symbol stages, the data
 * version the client expects the worker to have, and the symbols.
 *
 * @param source      the data source spec the worker loads (its own configured copy)
 * @param dataVersion the client's data version; a worker with other data refuses (409)
 * @param asOf        the resolved as-of date (never null on the wire)
 * @param lookback    bars fed to the indicators (0 = all)
 * @param profile     risk profile
 * @param filter      the universe filter without explicit symbols
 * @param symbols     the shard's symbols, distinct
 */
public record ShardRequest(String source, String dataVersion, LocalDate asOf, int lookback, Profile profile,
                           UniverseFilter filter, List<String> symbols) {

    public ShardRequest {
        symbols = List.copyOf(symbols);
    }

    /** The shard of {@code request} over {@code symbols}. */
    public static ShardRequest of(ScanRequest request, String dataVersion, LocalDate asOf, List<String> symbols) {
        UniverseFilter f = request.filter();
        return new ShardRequest(request.source(), dataVersion, asOf, request.lookback(), request.profile(),
                new UniverseFilter(Set.of(), f.sectors(), f.minPrice(), f.maxPrice(), f.minDollarVolume(),
                        f.minHistoryBars()), symbols);
    }

    /** The scan request a worker runs for this shard (all cores). */
    public ScanRequest toScanRequest() {
        return new ScanRequest(source, filter, asOf, lookback, profile, 0, 0);
    }
}
