package io.technic.scanner.exec;

import io.technic.scanner.cache.ScanCache;
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
    private ScanCache cache = ScanCache.none();

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
     * Identifies what the per-symbol stages compute — engine version, feature schema, per-symbol
     * scorer, alpha model files — so a client only merges shards from a worker that computes the
     * same thing.
     */
    public String shardEngineId() {
        StringBuilder sb = new StringBuilder(RowKeys.ENGINE_VERSION).append('|').append(features.schema().hash())
                .append('|').append(scorer.getClass().getName()).append(scorer.names());
        for (AlphaModel m : models) {
            sb.append('|').append(m.name()).append(':').append(m.metadata().modelSha256());
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 32);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feature columns, per-symbol scores and alpha models per row: the shape of a {@link ShardOutput}. */
    public int[] shardShape() {
        return new int[] {features.schema().size(), scorer.names().size(), models.size()};
    }

    /** Identifies the scorers' configuration (cache keys). */
    String scorerId() {
        return scorer.getClass().getName() + scorer.names()
                + (universeScorer == null ? "" : "|" + universeScorer.cacheId());
    }

    /** The scan cache feature rows are read from and written to (never null). */
    public ScanCache cache() {
        return cache;
    }

    /** A copy of this executor that reads and writes per-symbol feature rows through {@code cache}. */
    public LocalScanExecutor withCache(ScanCache cache) {
        LocalScanExecutor e = new LocalScanExecutor(features, scorer, universeScorer, pool, models);
        e.cache = java.util.Objects.requireNonNull(cache, "cache");
        return e;
    }

    /**
     * The symbols a request covers in {@code market}: the requested ones that are in it (or all),
     * in market order, plus those that end before any computing.
     *
     * @param symbols     the symbols whose per-symbol stages must run, in market order
     * @param positions   their positions in the market
     * @param loadSkipped symbols the source rejected while loading (and that were requested)
     * @param notInSource requested symbols the market does not have
     */
    public record Universe(List<String> symbols, int[] positions, List<SkippedSymbol> loadSkipped,
                           List<SkippedSymbol> notInSource) {
        /** Number of symbols the scan accounts for. */
        public int total() {
            return symbols.size() + loadSkipped.size() + notInSource.size();
        }
    }

    /** Resolves which symbols of {@code market} a request covers. */
    public static Universe universe(ScanRequest req, Market market) {
        Set<String> requested = req.filter().symbols();
        Set<String> seen = new HashSet<>();
        List<SkippedSymbol> loadSkipped = new ArrayList<>();
        for (SkippedSymbol s : market.loadSkipped()) {
            if (requested.isEmpty() || requested.contains(s.symbol())) {
                loadSkipped.add(s);
                seen.add(s.symbol());
            }
        }
        List<SymbolInfo> infos = market.symbols();
        List<String> symbols = new ArrayList<>(infos.size());
        int[] positions = new int[infos.size()];
        for (int s = 0; s < infos.size(); s++) {
            String sym = infos.get(s).symbol();
            if (requested.isEmpty() || requested.contains(sym)) {
                positions[symbols.size()] = s;
                symbols.add(sym);
                seen.add(sym);
            }
        }
        List<SkippedSymbol> notInSource = new ArrayList<>();
        for (String sym : requested) {
            if (!seen.contains(sym)) {
                notInSource.add(new SkippedSymbol(sym, SkipReason.NOT_IN_SOURCE, "not in " + market.source()));
            }
        }
        return new Universe(symbols, Arrays.copyOf(positions, symbols.size()), loadSkipped, notInSource);
    }

    /** The as-of date a request uses on {@code market}. */
    public static LocalDate asOf(ScanRequest req, Market market) {
        return req.asOf() != null ? req.asOf() : market.lastDate();
    }

    /** Worker threads a request asks for (0 = all cores). */
    public static int threads(ScanRequest req) {
        return req.threads() == 0 ? Runtime.getRuntime().availableProcessors() : req.threads();
    }

    /**
     * Runs the pipeline on the calling thread plus pool workers.
     *
     * @throws java.util.concurrent.CancellationException when cancelled through the tracker
     */
    ScanResult run(ScanRequest req, Market market, double loadMillis, ProgressTracker tracker) {
        return run(req, market, loadMillis, tracker, null, null);
    }

    ScanResult run(ScanRequest req, Market market, double loadMillis, ProgressTracker tracker, Offload.Control control,
                   Offload offload) {
        Map<String, Double> stageMillis = new LinkedHashMap<>();
        stageMillis.put(Stage.LOAD.name(), loadMillis);
        long t0 = System.nanoTime();
        Universe u = universe(req, market);
        ScanMetrics.Sources sources;
        ShardOutput out;
        if (offload != null && offload.wants(req, market, u)) {
            Offload.Outcome o = offload.compute(req, market, u, this, control, stageMillis);
            out = o.output();
            sources = o.sources();
        } else {
            out = computeSymbols(req, market, u.positions(), threads(req), tracker, stageMillis);
            sources = ScanMetrics.Sources.local(lastRowHits(out));
        }
        return assemble(req, market, u, out, stageMillis, loadMillis, t0, tracker, sources);
    }

    private int lastRowHits(ShardOutput out) {
        return out.rowCacheHits;
    }

    /** The per-symbol stages over a shard given by symbol names (a worker's entry point). */
    public ShardOutput computeShard(ScanRequest req, Market market, List<String> symbols) {
        Map<String, Integer> pos = market.positions();
        int[] positions = new int[symbols.size()];
        for (int i = 0; i < positions.length; i++) {
            Integer p = pos.get(symbols.get(i));
            if (p == null) {
                throw new IllegalArgumentException("symbol " + symbols.get(i) + " is not in " + market.source());
            }
            positions[i] = p;
        }
        return computeSymbols(req, market, positions, threads(req), new ProgressTracker(p -> { }),
                new LinkedHashMap<>());
    }

    /** The per-symbol stages with progress and cancellation (local fallback of a remote shard). */
    ShardOutput computeSymbols(ScanRequest req, Market market, int[] positions, ProgressTracker tracker) {
        return computeSymbols(req, market, positions, threads(req), tracker, new LinkedHashMap<>());
    }

    /**
     * PRESCREEN, INDICATORS, ALPHA and SCORE for the symbols at {@code positions}: each slot is a
     * pure function of its own symbol's bars (and the index), whatever else is in the shard.
     */
    ShardOutput computeSymbols(ScanRequest req, Market market, int[] positions, int threads,
                               ProgressTracker tracker, Map<String, Double> stageMillis) {
        long t0 = System.nanoTime();
        BarColumns bars = market.bars();
        LocalDate asOf = asOf(req, market);
        int asOfDay = asOf == null ? Integer.MIN_VALUE : (int) asOf.toEpochDay();
        UniverseFilter filter = req.filter();
        List<SymbolInfo> symbols = market.symbols();
        int n = positions.length;
        List<String> names = new ArrayList<>(n);
        for (int p : positions) {
            names.add(symbols.get(p).symbol());
        }
        FeatureSchema schema = features.schema();
        int cols = schema.size();
        int nScores = scorer.names().size();
        int nModels = models.size();
        ShardOutput out = new ShardOutput(names, cols, nScores, nModels);

        // ---- PRESCREEN: the checks in parallel (they touch every symbol's bars), then the
        // verdicts in symbol order, so the output is the same for any thread count.
        tracker.stage(Stage.PRESCREEN, n);
        int minBars = features.minBars();
        int[] asOfIndex = new int[n];
        ParallelLoop.run(pool, threads, n, CHUNK * 8, tracker, (w, a, b) -> {
            for (int i = a; i < b; i++) {
                int s = positions[i];
                asOfIndex[i] = prescreen(bars, s, symbols.get(s), filter, asOfDay, asOf, minBars, null, null);
            }
        });
        int[] slot = new int[n];
        int[] from = new int[n];
        int[] at = new int[n];
        int candidates = 0;
        List<FilteredSymbol> f1 = new ArrayList<>(1);
        List<SkippedSymbol> s1 = new ArrayList<>(1);
        for (int i = 0; i < n; i++) {
            int s = positions[i];
            if (asOfIndex[i] < 0) {
                // again, recording why (rare: only the symbols that fail)
                f1.clear();
                s1.clear();
                prescreen(bars, s, symbols.get(s), filter, asOfDay, asOf, minBars, f1, s1);
                if (!f1.isEmpty()) {
                    out.setVerdict(i, ShardOutput.FILTERED, f1.getFirst().filter(), f1.getFirst().detail());
                } else {
                    out.setVerdict(i, ShardOutput.SKIPPED, s1.getFirst().reason().name(), s1.getFirst().detail());
                }
                continue;
            }
            int start = bars.start(s);
            from[candidates] = req.lookback() == 0 ? start : Math.max(start, asOfIndex[i] - req.lookback() + 1);
            at[candidates] = asOfIndex[i];
            slot[candidates++] = i;
        }
        long t1 = System.nanoTime();
        stageMillis.merge(Stage.PRESCREEN.name(), (t1 - t0) / 1e6, Double::sum);

        // ---- INDICATORS: rows found in the cache are reused, the rest computed (and stored)
        double[] matrix = new double[candidates * cols];
        tracker.stage(Stage.INDICATORS, candidates);
        String[] keys = null;
        int hits = 0;
        if (cache.enabled() && candidates > 0) {
            keys = new String[candidates];
            String prefix = RowKeys.prefix(market, schema);
            for (int c = 0; c < candidates; c++) {
                keys[c] = RowKeys.key(prefix, names.get(slot[c]), bars.day()[from[c]], bars.day()[at[c]]);
            }
            double[][] cached = cache.getRows(keys, cols);
            int misses = 0;
            int[] mFrom = new int[candidates];
            int[] mAt = new int[candidates];
            int[] mIdx = new int[candidates];
            for (int c = 0; c < candidates; c++) {
                if (cached[c] != null) {
                    System.arraycopy(cached[c], 0, matrix, c * cols, cols);
                    hits++;
                } else {
                    mFrom[misses] = from[c];
                    mAt[misses] = at[c];
                    mIdx[misses++] = c;
                }
            }
            tracker.advance(hits);
            if (misses > 0) {
                double[] part = new double[misses * cols];
                FeatureStage.compute(features, bars, mFrom, mAt, misses, market.index(), threads, pool, part, tracker);
                String[] putKeys = new String[misses];
                double[][] putRows = new double[misses][];
                for (int k = 0; k < misses; k++) {
                    System.arraycopy(part, k * cols, matrix, mIdx[k] * cols, cols);
                    putKeys[k] = keys[mIdx[k]];
                    putRows[k] = Arrays.copyOfRange(part, k * cols, (k + 1) * cols);
                }
                cache.putRows(putKeys, putRows, asOf);
            }
        } else {
            FeatureStage.compute(features, bars, from, at, candidates, market.index(), threads, pool, matrix, tracker);
        }
        out.rowCacheHits = hits;
        String[] undefined = new String[candidates];               // filled by SCORE, in parallel
        long t2 = System.nanoTime();
        stageMillis.merge(Stage.INDICATORS.name(), (t2 - t1) / 1e6, Double::sum);

        // ---- ALPHA: one batch per model over every candidate row (undefined rows are never used)
        float[] fc = new float[candidates * nModels];
        if (nModels > 0) {
            tracker.stage(Stage.ALPHA, candidates);
            for (int k = 0; k < nModels; k++) {
                float[] p = models.get(k).predict(schema, matrix, candidates);
                for (int i = 0; i < candidates; i++) {
                    fc[i * nModels + k] = p[i];
                }
            }
            tracker.advance(candidates);
            long ta = System.nanoTime();
            stageMillis.merge(Stage.ALPHA.name(), (ta - t2) / 1e6, Double::sum);
            t2 = ta;
        }

        // ---- SCORE
        double[] scores = new double[candidates * nScores];
        tracker.stage(Stage.SCORE, candidates);
        ParallelLoop.run(pool, threads, candidates, CHUNK * 4, tracker, (w, a, b) -> {
            double[] o = new double[nScores];
            for (int i = a; i < b; i++) {
                undefined[i] = undefinedFeatures(matrix, i * cols, schema);
                if (undefined[i] == null) {
                    scorer.score(matrix, i * cols, schema, req.profile(), o);
                    System.arraycopy(o, 0, scores, i * nScores, nScores);
                }
            }
        });
        for (int c = 0; c < candidates; c++) {
            out.setRow(slot[c], matrix, c * cols, scores, c * nScores, fc, c * nModels, undefined[c]);
        }
        long t3 = System.nanoTime();
        stageMillis.merge(Stage.SCORE.name(), (t3 - t2) / 1e6, Double::sum);
        return out;
    }

    /**
     * RANK, the cross-sectional step, over the merged per-symbol output: the market regime, the
     * universe scorer's percentile-based scores over all defined rows, then the ranking key
     * descending, ties by symbol. Runs where shards are merged, so remote and local agree bit for bit.
     */
    ScanResult assemble(ScanRequest req, Market market, Universe u, ShardOutput out, Map<String, Double> stageMillis,
                        double loadMillis, long t0, ProgressTracker tracker, ScanMetrics.Sources sources) {
        long t3 = System.nanoTime();
        LocalDate asOf = asOf(req, market);
        FeatureSchema schema = features.schema();
        int cols = schema.size();
        int nScores = scorer.names().size();
        int nModels = models.size();
        if (out.cols() != cols || out.scoreCount() != nScores || out.modelCount() != nModels) {
            throw new IllegalArgumentException("per-symbol output has shape " + out.cols() + "/" + out.scoreCount()
                    + "/" + out.modelCount() + " but this engine needs " + cols + "/" + nScores + "/" + nModels);
        }
        List<FilteredSymbol> filtered = new ArrayList<>();
        List<SkippedSymbol> skipped = new ArrayList<>(u.loadSkipped());
        Map<String, Integer> pos = null;
        int n = out.size();
        int[] defined = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            byte st = out.state(i);
            if (st == ShardOutput.FILTERED) {
                filtered.add(new FilteredSymbol(out.symbols().get(i), out.code(i), out.detail(i)));
            } else if (st == ShardOutput.SKIPPED) {
                skipped.add(new SkippedSymbol(out.symbols().get(i), SkipReason.valueOf(out.code(i)), out.detail(i)));
            } else if (st == ShardOutput.COMPUTED) {
                defined[m++] = i;
            }
        }
        skipped.addAll(u.notInSource());
        for (int i = 0; i < n; i++) {
            if (out.state(i) == ShardOutput.UNDEFINED) {
                skipped.add(new SkippedSymbol(out.symbols().get(i), SkipReason.UNDEFINED_INDICATORS,
                        "non-finite " + out.code(i)));
            }
        }
        tracker.stage(Stage.RANK, m);
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
        double[] matrix = out.features();
        double[] scores = out.scores();
        float[] fcs = out.forecasts();
        double[] key = new double[m];
        UniverseScorer.Output uni = null;
        List<SymbolInfo> infos = new ArrayList<>(m);
        List<SymbolInfo> all = market.symbols();
        if (u.positions().length == n) {
            for (int r = 0; r < m; r++) {
                infos.add(all.get(u.positions()[defined[r]]));
            }
        } else {
            pos = market.positions();
            for (int r = 0; r < m; r++) {
                infos.add(all.get(pos.get(out.symbols().get(defined[r]))));
            }
        }
        if (universeScorer != null) {
            int nIn = inputNames.size();
            // every row defined (the usual case): the matrix is already the input, row for row
            double[] f = m == n ? matrix : new double[m * cols];
            double[] sc = new double[m * nIn];
            for (int r = 0; r < m; r++) {
                if (f != matrix) {
                    System.arraycopy(matrix, defined[r] * cols, f, r * cols, cols);
                }
                System.arraycopy(scores, defined[r] * nScores, sc, r * nIn, nScores);
                for (int k = 0; k < nModels; k++) {
                    sc[r * nIn + nScores + k] = fcs[defined[r] * nModels + k];
                }
            }
            uni = universeScorer.score(new UniverseScorer.Input(schema, f, m, inputNames, sc, infos, regime,
                    req.profile()), pool);
        }
        for (int r = 0; r < m; r++) {
            key[r] = uni != null ? uni.scores()[r * uniNames.size()] : scores[defined[r] * nScores];
        }
        int[] order = rankOrder(key, infos, m);
        List<String> allNames = new ArrayList<>(uniNames);
        allNames.addAll(rowNames);
        UniverseScorer.Output uo = uni;
        ScanRow[] built = new ScanRow[m];
        // the rows, each from its own slots, on all the scan's threads
        ParallelLoop.run(pool, threads(req), m, CHUNK * 8, tracker, (w, a, b) -> {
            for (int k = a; k < b; k++) {
                int r = order[k];
                int i = defined[r];
                double[] named = new double[allNames.size()];
                for (int j = 0; j < uniNames.size(); j++) {
                    named[j] = uo.scores()[r * uniNames.size() + j];
                }
                System.arraycopy(scores, i * nScores, named, uniNames.size(), nScores);
                double[] factors = new double[factorNames.size()];
                if (uo != null) {
                    System.arraycopy(uo.factors(), r * factors.length, factors, 0, factors.length);
                }
                double[] fc = new double[nModels];
                for (int j = 0; j < nModels; j++) {
                    fc[j] = fcs[i * nModels + j];
                }
                built[k] = new ScanRow(k + 1, infos.get(r), key[r], new NamedValues(allNames, named),
                        new NamedValues(factorNames, factors),
                        uo == null ? List.of() : uo.contributions().get(r),
                        Arrays.copyOfRange(matrix, i * cols, (i + 1) * cols), schema,
                        new NamedValues(forecastNames, fc));
            }
        });
        List<ScanRow> rows = Arrays.asList(built);
        long t4 = System.nanoTime();
        stageMillis.put(Stage.RANK.name(), (t4 - t3) / 1e6);

        int universe = rows.size() + filtered.size() + skipped.size();
        if (universe != u.total()) {
            throw new IllegalStateException("scan accounted for " + universe + " symbols, expected " + u.total());
        }
        double computeSecs = (t4 - t0) / 1e9;
        ScanMetrics metrics = new ScanMetrics(stageMillis, loadMillis + (t4 - t0) / 1e6,
                computeSecs > 0 ? universe / computeSecs : 0, threads(req), sources.label(), sources);
        return new ScanResult(req, asOf, market.source(), market.dataVersion(), schema, rows, filtered, skipped,
                regime, new Accounting(universe, rows.size(), filtered.size(), skipped.size()), metrics);
    }

    /**
     * Rows {@code [0, m)} by {@code key} descending, ties by symbol: the order
     * {@code Comparator.comparingDouble(r -> -key[r]).thenComparing(symbol)} gives, from a merge
     * sort on primitive keys ({@link Double#compare}'s order as a signed long) instead of boxed
     * indices and a comparator chain.
     */
    static int[] rankOrder(double[] key, List<SymbolInfo> infos, int m) {
        long[] k = new long[m];
        int[] a = new int[m];
        for (int r = 0; r < m; r++) {
            long bits = Double.doubleToLongBits(-key[r]);
            k[r] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
            a[r] = r;
        }
        int[] b = new int[m];
        for (int lo = 0; lo < m; lo += 16) {                   // insertion-sorted runs of 16
            int hi = Math.min(m, lo + 16);
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= lo && before(x, a[j], k, infos)) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
        }
        for (int width = 16; width < m; width *= 2) {        // then merged pairwise
            for (int lo = 0; lo < m; lo += 2 * width) {
                int mid = Math.min(m, lo + width);
                int hi = Math.min(m, lo + 2 * width);
                int i = lo;
                int j = mid;
                for (int o = lo; o < hi; o++) {
                    b[o] = j >= hi || (i < mid && !before(a[j], a[i], k, infos)) ? a[i++] : a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static boolean before(int x, int y, long[] k, List<SymbolInfo> infos) {
        return k[x] < k[y] || k[x] == k[y] && infos.get(x).symbol().compareTo(infos.get(y).symbol()) < 0;
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
