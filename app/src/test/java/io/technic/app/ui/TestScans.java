package io.technic.app.ui;

import io.technic.app.context.Engine;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.model.Accounting;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.SymbolInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Scan results for UI tests: one real scan of a small demo market, and large tables derived from it. */
public final class TestScans {

    /** A small demo market every UI test scans (fast, and cached by the engine after the first load). */
    public static final String SMALL_SIM = "sim:symbols=300,bars=300";

    private static ScanResult small;

    private TestScans() {}

    /** A real scan of {@link #SMALL_SIM} with the balanced profile's filters. */
    public static synchronized ScanResult small() {
        if (small == null) {
            try (Scanner s = Engine.scanner()) {
                small = s.run(ScanRequest.of(SMALL_SIM));
            }
        }
        return small;
    }

    /**
     * {@code n} ranked rows made from the small scan's rows with fresh tickers and shuffled
     * scores (rank follows MERIT), for table-size tests; filtered and skipped are the small scan's.
     */
    public static ScanResult large(int n) {
        ScanResult base = small();
        SplittableRandom rnd = new SplittableRandom(7);
        List<ScanRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScanRow b = base.rows().get(i % base.rows().size());
            Map<String, Double> scores = new LinkedHashMap<>();
            b.scores().forEach((k, v) -> scores.put(k, Math.min(100, Math.max(0, v + 20 * (rnd.nextDouble() - 0.5)))));
            SymbolInfo info = new SymbolInfo(b.symbol() + i, b.info().name(), b.info().sector(), b.info().industry(),
                    b.info().marketCap(), b.info().fundamentals());
            rows.add(new ScanRow(0, info, scores.get("merit"), scores, b.factors(), b.contributions(), b.features(), b.schema()));
        }
        rows.sort((x, y) -> Double.compare(y.score(), x.score()));
        List<ScanRow> ranked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScanRow r = rows.get(i);
            ranked.add(new ScanRow(i + 1, r.info(), r.score(), r.scores(), r.factors(), r.contributions(), r.features(), r.schema()));
        }
        var a = base.accounting();
        return new ScanResult(base.request(), base.asOf(), base.source(), base.dataVersion(), base.schema(), ranked,
                base.filtered(), base.skipped(), base.regime(),
                new Accounting(n + a.filtered() + a.skipped(), n, a.filtered(), a.skipped()), base.metrics());
    }
}
