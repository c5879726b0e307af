package io.technic.scanner.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of a scan: every symbol of the universe is in exactly one of {@link #rows()}
 * (ranked, best first), {@link #filtered()} or {@link #skipped()}.
 *
 * @param request     the request that produced it
 * @param asOf        the as-of date actually used
 * @param source      description of the data source
 * @param dataVersion version of the data used
 * @param schema      feature names of every row
 * @param rows        all ranked rows, best first (use {@link #top()} for the requested top N)
 * @param filtered    symbols removed by a universe filter
 * @param skipped     symbols that could not be evaluated, with reasons
 * @param regime      the market regime at the as-of date
 * @param accounting  the totals
 * @param metrics     timings
 */
public record ScanResult(ScanRequest request, LocalDate asOf, String source, String dataVersion,
                         FeatureSchema schema, List<ScanRow> rows, List<FilteredSymbol> filtered,
                         List<SkippedSymbol> skipped, Regime regime, Accounting accounting, ScanMetrics metrics) {

    public ScanResult {
        rows = List.copyOf(rows);
        filtered = List.copyOf(filtered);
        skipped = List.copyOf(skipped);
    }

    /** The first {@code request.topN()} rows (all rows when topN is 0). */
    public List<ScanRow> top() {
        int n = request.topN();
        return n == 0 || n >= rows.size() ? rows : rows.subList(0, n);
    }
}
