package io.technic.scanner.exec;

import io.technic.scanner.feature.FeatureEngine;
import io.technic.scanner.model.Accounting;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.FeatureSchema;
import io.technic.scanner.model.FilteredSymbol;
import io.technic.scanner.model.NamedValues;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanMetrics;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.SkipReason;
import io.technic.scanner.model.SkippedSymbol;
import io.technic.scanner.model.Stage;
import io.technic.scanner.model.SymbolInfo;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.model.Regime;
import io.technic.scanner.ml.AlphaModel;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.RegimeClassifier;
import io.technic.scanner.score.Scorer;
import io.technic.scanner.score.UniverseScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * The local scan pipeline over a loaded {@link Market}:
 * <ol>
 *   <li><b>PRESCREEN</b> (cheap, per symbol, in this order — the first that fails is reported):
 *       sector filter; a bar on or before the as-of date ({@link SkipReason#NO_DATA_AT_AS_OF});
 *       last bar at most {@value #STALE_DAYS} calendar days before the as-of date
 *       ({@link SkipReason#STALE_DATA}); at least the engine's minimum bars
 *       ({@link SkipReason#INSUFFICIENT_HISTORY}); then the filters minHistoryBars, minPrice,
 *       maxPrice and minDollarVolume (20-day average close × volume).</li>
 *   <li><b>INDICATORS</b>: the feature row at the as-of bar, in parallel over symbol chunks;
 *       a row with a non-finite required feature is skipped ({@link SkipReason#UNDEFINED_INDICATORS}).</li>
 *   <li><b>ALPHA</b> (only with models): each alpha model forecasts every candidate row in one
 *       batch; the forecasts are per-symbol values, passed to the universe scorer as
 *       {@code NAME}{@value Merit#FORECAST} and kept in each row's {@code forecasts}.</li>
 *   <li><b>SCORE</b>: per-symbol scores, in parallel.</li>
 *   <li><b>RANK</b>: the only cross-sectional step: the market regime, the universe scorer's
 *       percentile-based scores over all defined rows, then the ranking key descending, ties by
 *       symbol.</li>
 * </ol>
 * Every symbol ends exactly once in rows, filtered or skipped; per-symbol work writes only its
 * own slots, so the result is bit-identical for any thread count.
 */
public final class LocalScanExecutor {

    /** A symbol whose last bar is more than this many days before the as-of date is stale. */
    public static final int STALE_DAYS = 10;

    static final int CHUNK = 32;
    private static final int DOLLAR_VOLUME_BARS = 20;

    private final FeatureEngine features;
    private final Scorer scorer;
    private final UniverseScorer universeScorer;
    private final ExecutorService pool;
    private final List<AlphaModel> models;
    private final List<String> forecastNames;

    /**
     * @param universeScorer cross-sectional scores whose first ranks the rows; null ranks by the
     *                       per-symbol scorer's headline
     */
    public LocalScanExecutor(FeatureEngine features, Scorer scorer, UniverseScorer universeScorer,
                             ExecutorService pool) {
        this(features, scorer, universeScorer, pool, List.of());
    }

    /**
     * @param models alpha models run on every candidate's feature row (may be empty)
     * @throws AlphaModel.SchemaMismatchException if a model was trained on another feature schema
     */
    public LocalScanExecutor(FeatureEngine features, Scorer scorer, UniverseScorer universeScorer,
                             ExecutorService pool, List<AlphaModel> models) {
        this.features = features;
        this.scorer = scorer;
        this.universeScorer = universeScorer;
        this.pool = pool;
        this.models = List.copyOf(models);
        List<String> names = new ArrayList<>();
        for (AlphaModel m : this.models) {
            if (!m.metadata().schemaHash().equals(features.schema().hash())) {
                throw new AlphaModel.SchemaMismatchException("model " + m.name() + " expects feature schema "
                        + m.metadata().schemaHash().substring(0, 12) + " but the feature engine produces "
                        + features.schema().hash().substring(0, 12) + "; retrain it with 'technic train'");
            }
            names.add(m.name());
        }
        this.forecastNames = List.copyOf(names);
    }

    /** The alpha models this executor runs, in column order. */
    public List<AlphaModel> models() {
        return models;
    }

    public FeatureEngine features() {
        return features;
    }

    /**
     * Runs the pipeline on the calling thread plus pool workers.
     *
     * @throws java.util.concurrent.CancellationException when cancelled through the tracker
     */
    ScanResult run(ScanRequest req, Market market, double loadMillis, ProgressTracker tracker) {
        int threads = req.threads() == 0 ? Runtime.getRuntime().availableProcessors() : req.threads();
        Map<String, Double> stageMillis = new LinkedHashMap<>();
        stageMillis.put(Stage.LOAD.name(), loadMillis);
        long t0 = System.nanoTime();
        BarColumns bars = market.bars();
        LocalDate asOf = req.asOf() != null ? req.asOf() : market.lastDate();
        int asOfDay = asOf == null ? Integer.MIN_VALUE : (int) asOf.toEpochDay();
        UniverseFilter filter = req.filter();

        // ---- PRESCREEN: the checks in parallel (they touch every symbol's bars), then the
        // verdicts in symbol order, so the lists come out the same for any thread count.
        List<FilteredSymbol> filtered = new ArrayList<>();
        List<SkippedSymbol> skipped = new ArrayList<>();
        Set<String> requested = filter.symbols();
        Set<String> seen = requested.isEmpty() ? Set.of() : new HashSet<>();
        for (SkippedSymbol s : market.loadSkipped()) {
            if (requested.isEmpty() || requested.contains(s.symbol())) {
                skipped.add(s);
                if (!requested.isEmpty()) {
                    seen.add(s.symbol());
                }
            }
        }
        int n = market.size();
        tracker.stage(Stage.PRESCREEN, n);
        int minBars = features.minBars();
        List<SymbolInfo> symbols = market.symbols();
        int[] asOfIndex = new int[n];
        ParallelLoop.run(pool, threads, n, CHUNK * 8, tracker, (w, a, b) -> {
            for (int s = a; s < b; s++) {
                asOfIndex[s] = prescreen(bars, s, symbols.get(s), filter, asOfDay, asOf, minBars, null, null);
            }
        });
        int[] cand = new int[n];
        int[] from = new int[n];
        int[] at = new int[n];
        int candidates = 0;
        for (int s = 0; s < n; s++) {
            SymbolInfo info = symbols.get(s);
            if (!requested.isEmpty()) {
                if (!requested.contains(info.symbol())) {
                    continue;
                }
                seen.add(info.symbol());
            }
            if (asOfIndex[s] < 0) {
                // again, recording why (rare: only the symbols that fail)
                prescreen(bars, s, info, filter, asOfDay, asOf, minBars, filtered, skipped);
                continue;
            }
            int start = bars.start(s);
            from[candidates] = req.lookback() == 0 ? start : Math.max(start, asOfIndex[s] - req.lookback() + 1);
            at[candidates] = asOfIndex[s];
            cand[candidates++] = s;
        }
        for (String sym : requested) {
            if (!seen.contains(sym)) {
                skipped.add(new SkippedSymbol(sym, SkipReason.NOT_IN_SOURCE, "not in " + market.source()));
            }
        }
        long t1 = System.nanoTime();
        stageMillis.put(Stage.PRESCREEN.name(), (t1 - t0) / 1e6);

        // ---- INDICATORS
        FeatureSchema schema = features.schema();
        int cols = schema.size();
        double[] matrix = new double[candidates * cols];
        tracker.stage(Stage.INDICATORS, candidates);
        FeatureStage.compute(features, bars, from, at, candidates, market.index(), threads, pool, matrix, tracker);
        String[] undefined = new String[candidates];               // filled by SCORE, in parallel
        long t2 = System.nanoTime();
        stageMillis.put(Stage.INDICATORS.name(), (t2 - t1) / 1e6);

        // ---- ALPHA: one batch per model over every candidate row (undefined rows are never used)
        int nModels = models.size();
        float[][] forecasts = new float[nModels][];
        if (nModels > 0) {
            tracker.stage(Stage.ALPHA, candidates);
            for (int k = 0; k < nModels; k++) {
                forecasts[k] = models.get(k).predict(schema, matrix, candidates);
            }
            tracker.advance(candidates);
            long ta = System.nanoTime();
            stageMillis.put(Stage.ALPHA.name(), (ta - t2) / 1e6);
            t2 = ta;
        }

        // ---- SCORE
        int nScores = scorer.names().size();
        double[] scores = new double[candidates * nScores];
        tracker.stage(Stage.SCORE, candidates);
        ParallelLoop.run(pool, threads, candidates, CHUNK * 4, tracker, (w, a, b) -> {
            double[] out = new double[nScores];
            for (int i = a; i < b; i++) {
                undefined[i] = undefinedFeatures(matrix, i * cols, schema);
                if (undefined[i] == null) {
                    scorer.score(matrix, i * cols, schema, req.profile(), out);
                    System.arraycopy(out, 0, scores, i * nScores, nScores);
                }
            }
        });
        long t3 = System.nanoTime();
        stageMillis.put(Stage.SCORE.name(), (t3 - t2) / 1e6);

        // ---- RANK: the cross-sectional step, over every defined row at once
        tracker.stage(Stage.RANK, candidates);
        int[] defined = new int[candidates];
        int m = 0;
        for (int i = 0; i < candidates; i++) {
            if (undefined[i] != null) {
                skipped.add(new SkippedSymbol(market.symbols().get(cand[i]).symbol(),
                        SkipReason.UNDEFINED_INDICATORS, "non-finite " + undefined[i]));
            } else {
                defined[m++] = i;
            }
        }
        Regime regime = RegimeClassifier.classify(market.index(), asOf);
        List<String> rowNames = scorer.names();
        List<String> inputNames = rowNames;
        if (nModels > 0) {
            inputNames = new ArrayList<>(rowNames);
            for (String f : forecastNames) {
                inputNames.add(f + Merit.FORECAST);
            }
        }
        List<String> uniNames = universeScorer == null ? List.of() : universeScorer.scoreNames();
        List<String> factorNames = universeScorer == null ? List.of() : universeScorer.factorNames();
        double[] key = new double[m];
        UniverseScorer.Output uni = null;
        List<SymbolInfo> infos = new ArrayList<>(m);
        for (int r = 0; r < m; r++) {
            infos.add(market.symbols().get(cand[defined[r]]));
        }
        if (universeScorer != null) {
            double[] f = matrix;   // read-only for the scorer; compacted only when rows were dropped
            double[] sc = scores;
            int nIn = inputNames.size();
            if (m < candidates || nModels > 0) {
                f = m < candidates ? new double[m * cols] : matrix;
                sc = new double[m * nIn];
                for (int r = 0; r < m; r++) {
                    if (f != matrix) {
                        System.arraycopy(matrix, defined[r] * cols, f, r * cols, cols);
                    }
                    System.arraycopy(scores, defined[r] * nScores, sc, r * nIn, nScores);
                    for (int k = 0; k < nModels; k++) {
                        sc[r * nIn + nScores + k] = forecasts[k][defined[r]];
                    }
                }
            }
            uni = universeScorer.score(new UniverseScorer.Input(schema, f, m, inputNames, sc, infos, regime,
                    req.profile()));
        }
        for (int r = 0; r < m; r++) {
            key[r] = uni != null ? uni.scores()[r * uniNames.size()] : scores[defined[r] * nScores];
        }
        Integer[] order = new Integer[m];
        for (int r = 0; r < m; r++) {
            order[r] = r;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer r) -> -key[r])
                .thenComparing(r -> infos.get(r).symbol()));
        List<String> allNames = new ArrayList<>(uniNames);
        allNames.addAll(rowNames);
        List<ScanRow> rows = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
            int r = order[k];
            int i = defined[r];
            double[] named = new double[allNames.size()];
            for (int j = 0; j < uniNames.size(); j++) {
                named[j] = uni.scores()[r * uniNames.size() + j];
            }
            System.arraycopy(scores, i * nScores, named, uniNames.size(), nScores);
            double[] factors = new double[factorNames.size()];
            if (uni != null) {
                System.arraycopy(uni.factors(), r * factors.length, factors, 0, factors.length);
            }
            double[] fc = new double[nModels];
            for (int j = 0; j < nModels; j++) {
                fc[j] = forecasts[j][i];
            }
            rows.add(new ScanRow(k + 1, infos.get(r), key[r], new NamedValues(allNames, named),
                    new NamedValues(factorNames, factors),
                    uni == null ? List.of() : uni.contributions().get(r),
                    Arrays.copyOfRange(matrix, i * cols, (i + 1) * cols), schema,
                    new NamedValues(forecastNames, fc)));
        }
        tracker.advance(candidates);
        long t4 = System.nanoTime();
        stageMillis.put(Stage.RANK.name(), (t4 - t3) / 1e6);

        int universe = rows.size() + filtered.size() + skipped.size();
        double computeSecs = (t4 - t0) / 1e9;
        ScanMetrics metrics = new ScanMetrics(stageMillis, loadMillis + (t4 - t0) / 1e6,
                computeSecs > 0 ? universe / computeSecs : 0, threads, "local");
        return new ScanResult(req, asOf, market.source(), market.dataVersion(), schema, rows, filtered, skipped,
                regime, new Accounting(universe, rows.size(), filtered.size(), skipped.size()), metrics);
    }

    /**
     * Returns the flat index of the as-of bar when the symbol passes, else returns -1 and, when
     * {@code filtered} and {@code skipped} are given, records why not.
     */
    private static int prescreen(BarColumns bars, int s, SymbolInfo info, UniverseFilter filter, int asOfDay,
                                 LocalDate asOf, int minBars, List<FilteredSymbol> filtered,
                                 List<SkippedSymbol> skipped) {
        String sym = info.symbol();
        boolean record = filtered != null;
        if (!filter.acceptsSector(info.sector())) {
            if (record) {
                filtered.add(new FilteredSymbol(sym, UniverseFilter.SECTORS, "sector " + info.sector()));
            }
            return -1;
        }
        int at = bars.lastIndexOnOrBefore(s, asOfDay);
        int start = bars.start(s);
        if (at < start) {
            if (record) {
                skipped.add(new SkippedSymbol(sym, SkipReason.NO_DATA_AT_AS_OF,
                        bars.length(s) == 0 ? "no bars" : "first bar " + bars.date(start) + " is after " + asOf));
            }
            return -1;
        }
        int lag = asOfDay - bars.day()[at];
        if (lag > STALE_DAYS) {
            if (record) {
                skipped.add(new SkippedSymbol(sym, SkipReason.STALE_DATA,
                        "last bar " + bars.date(at) + " is " + lag + " days before " + asOf));
            }
            return -1;
        }
        int history = at - start + 1;
        if (history < minBars) {
            if (record) {
                skipped.add(new SkippedSymbol(sym, SkipReason.INSUFFICIENT_HISTORY,
                        history + " bars up to " + asOf + ", needs " + minBars));
            }
            return -1;
        }
        if (history < filter.minHistoryBars()) {
            if (record) {
                filtered.add(new FilteredSymbol(sym, UniverseFilter.MIN_HISTORY,
                        history + " bars < " + filter.minHistoryBars()));
            }
            return -1;
        }
        double close = bars.close()[at];
        if (close < filter.minPrice()) {
            if (record) {
                filtered.add(new FilteredSymbol(sym, UniverseFilter.MIN_PRICE,
                        String.format(Locale.ROOT, "close %.2f < %.2f", close, filter.minPrice())));
            }
            return -1;
        }
        if (close > filter.maxPrice()) {
            if (record) {
                filtered.add(new FilteredSymbol(sym, UniverseFilter.MAX_PRICE,
                        String.format(Locale.ROOT, "close %.2f > %.2f", close, filter.maxPrice())));
            }
            return -1;
        }
        if (filter.minDollarVolume() > 0) {
            double dv = dollarVolume(bars, Math.max(start, at - DOLLAR_VOLUME_BARS + 1), at);
            if (!(dv >= filter.minDollarVolume())) {
                if (record) {
                    filtered.add(new FilteredSymbol(sym, UniverseFilter.MIN_DOLLAR_VOLUME,
                            String.format(Locale.ROOT, "20-day dollar volume %,.0f < %,.0f", dv, filter.minDollarVolume())));
                }
                return -1;
            }
        }
        return at;
    }

    /** Average close × volume over bars {@code [a, b]}. */
    static double dollarVolume(BarColumns bars, int a, int b) {
        double sum = 0;
        double[] c = bars.close();
        double[] v = bars.volume();
        for (int i = a; i <= b; i++) {
            sum += c[i] * v[i];
        }
        return sum / (b - a + 1);
    }

    private String undefinedFeatures(double[] m, int off, FeatureSchema schema) {
        StringBuilder sb = null;
        for (int c = 0; c < schema.size(); c++) {
            if (!Double.isFinite(m[off + c]) && !features.isOptional(c)) {
                sb = sb == null ? new StringBuilder() : sb.append(", ");
                sb.append(schema.names().get(c));
            }
        }
        return sb == null ? null : sb.toString();
    }
}
