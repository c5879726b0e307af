package io.technic.scanner.backtest;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.expr.Program;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.FeatureSchema;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Backtests a scan: a {@code where} condition and a {@code rank by} expression of the scan language
 * evaluated on every trading day of a range across the whole universe, strictly without
 * look-ahead.
 *
 * <p><b>How.</b> The scan is never re-run per day. Each symbol's condition and ranking columns are
 * computed once over its whole history up to {@code to} ({@link Program#evaluateSeries}, every
 * operation causal, the recursive indicators seeded at the symbol's first bar), in parallel over
 * symbols; then each date's cross-section is a filter and a top-N selection over those columns, in
 * parallel over dates. Day {@code t}'s picks therefore depend only on bars dated on or before
 * {@code t}: cutting the data after {@code t} leaves them bit for bit the same (tested).
 *
 * <p><b>Calendar.</b> The index's trading days when the market has an index, else every date on
 * which any symbol has a bar. A symbol is a candidate on a date only if it has a bar dated that
 * day, its condition is true (false: {@code filtered}; unknown: {@code unknown}) and its ranking
 * value is known. Ties rank by ticker.
 *
 * <p><b>Outcomes.</b> A pick's {@code h}-day forward return runs from the scan date's close to the
 * close {@code h} trading days (calendar steps) later (a symbol without a bar that day counts at its last close
 * before it, so a delisting ends at the last price); it is NaN when the horizon runs past the
 * data. The portfolio buys the top N at the scan date's close in equal weights, holds them
 * {@code hold} trading days with daily rebalancing to equal weights, and pays
 * {@code costBps} per unit of turnover at each rebalance; with fewer candidates than N it holds
 * fewer names, with none it holds cash.
 *
 * <p><b>Language support.</b> Bar fields, indicators, functions, look-back, {@code within},
 * timeframes and the text fields ({@code symbol name sector industry}) work as in a scan. The
 * per-symbol features and scores of a scan ({@code merit}, {@code techRating}, {@code rsi14}, …)
 * come from the cross-sectional scoring pipeline at one as-of date: a backtest that names one
 * runs that scan as of every scan date ({@link #run(Market, BacktestSpec, Scanner)}).
 */
public final class Backtest {

    /** Forward-return horizons in trading days. */
    public static final int[] HORIZONS = {1, 5, 10, 20};

    /** Levels of {@link BacktestResult.HorizonStats#quantiles()}. */
    static final double[] QUANTILE_LEVELS = {0.05, 0.25, 0.5, 0.75, 0.95};

    /** Marks an expression that reads the scan's scores: the backtest then scans every date. */
    static final String REFUSAL = "is a score or feature of the cross-sectional scan";

    static final byte NO_BAR = 0;
    static final byte UNKNOWN = 1;
    static final byte FILTERED = 2;
    static final byte PASSED = 3;

    private static final int SYMBOL_CHUNK = 64;
    private static final int DATE_CHUNK = 8;

    private Backtest() {}

    /** The names a scan's expressions can read besides bars: the standard features, TechRating's and MERIT's scores and factors. */
    public static Program.Vocabulary scanVocabulary() {
        return refusedNames();
    }

    /** Per-symbol names a backtest refuses: the standard features, TechRating's and MERIT's scores and factors. */
    static Program.Vocabulary refusedNames() {
        List<String> scores = new ArrayList<>(new TechRating().names());
        Merit merit = new Merit(false, List.of("alpha5d", "alpha10d"));
        scores.addAll(merit.scoreNames());
        scores.addAll(merit.factorNames());
        return new Program.Vocabulary(new TechnicalFeatures().schema().names(), scores);
    }

    /**
     * Compiles the spec's expressions, as {@link #run} does, to report errors early. Scores and
     * features ({@code merit}, {@code rsi14}, …) are accepted: {@link #run} then scores every date.
     *
     * @throws io.technic.scanner.expr.ExprException for a bad expression (with line:column)
     */
    public static void check(BacktestSpec spec) {
        compile(spec, refusedNames());
    }

    /** Whether the spec's expressions read the scan's scores or features (a scored backtest). */
    public static boolean needsScores(BacktestSpec spec) {
        return compile(spec, null) == null;
    }

    /**
     * The spec's two programs, or null when {@code vocabulary} is null and an expression reads a
     * score or feature; with a vocabulary, compiled against it.
     */
    private static Program[] compile(BacktestSpec spec, Program.Vocabulary vocabulary) {
        Program where = null;
        if (spec.where() != null) {
            where = compileOne(spec.where(), vocabulary);
            if (where == null) {
                return null;
            }
            if (where.type() != Program.Type.BOOLEAN) {
                throw new IllegalArgumentException("a scan condition must be true or false (e.g. rsi(14) < 30): "
                        + spec.where());
            }
        }
        Program rank = compileOne(spec.rankExpression(), vocabulary);
        if (rank == null) {
            return null;
        }
        if (rank.type() != Program.Type.NUMBER) {
            throw new IllegalArgumentException("rank by needs a number (e.g. roc(63) desc): " + spec.rankExpression());
        }
        return new Program[] {where, rank};
    }

    private static Program compileOne(String src, Program.Vocabulary vocabulary) {
        if (vocabulary != null) {
            return Program.compile(src, vocabulary);
        }
        try {
            return Program.compileBarsOnly(src, refusedNames(), REFUSAL);
        } catch (io.technic.scanner.expr.ExprException e) {
            if (e.getMessage().contains(REFUSAL)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Runs the backtest.
     *
     * @throws io.technic.scanner.expr.ExprException for a bad expression (with line:column)
     * @throws IllegalArgumentException when the range holds no trading day of the data
     */
    public static BacktestResult run(Market market, BacktestSpec spec) {
        return run(market, spec, null);
    }

    /**
     * Runs the backtest; an expression that reads the scan's scores or features ({@code merit},
     * {@code techRating}, {@code rsi14}, …) is answered by running {@code scorer}'s whole scan
     * (every symbol, no price or liquidity floors, the default 756-bar look-back) as of each scan
     * date and evaluating the expressions on its rows exactly as {@code technic scan --where
     * --as-of} does. The scan reads bars up to its as-of date only, so there is no look-ahead in
     * the bars; alpha models are used as they are (see the README on their training window).
     *
     * @param scorer the scanner whose scores rank (not closed here); null: a scanner with the
     *               standard features, TechRating and MERIT without alpha models, made when needed
     * @throws io.technic.scanner.expr.ExprException for a bad expression (with line:column)
     * @throws IllegalArgumentException when the range holds no trading day of the data
     */
    public static BacktestResult run(Market market, BacktestSpec spec, Scanner scorer) {
        long t0 = System.nanoTime();
        Program[] programs = compile(spec, null);
        boolean scored = programs == null;
        if (scored) {
            compile(spec, refusedNames());   // reports errors before any scan runs
            programs = new Program[2];
        }
        Program where = programs[0];
        Program rank = programs[1];
        boolean asc = spec.ascending();
        BarColumns bars = market.bars();
        int nSym = market.size();
        List<String> notes = new ArrayList<>();

        int[] calendar = calendar(market);
        if (calendar.length == 0) {
            throw new IllegalArgumentException("the source " + market.source() + " holds no bars");
        }
        LocalDate dataFirst = LocalDate.ofEpochDay(calendar[0]);
        LocalDate dataLast = LocalDate.ofEpochDay(calendar[calendar.length - 1]);
        int fromDay = (int) spec.from().toEpochDay();
        int toDay = (int) spec.to().toEpochDay();
        int i0 = lowerBound(calendar, fromDay);
        int i1 = lowerBound(calendar, toDay + 1) - 1;
        if (i0 > i1) {
            throw new IllegalArgumentException("the range " + spec.from() + " to " + spec.to()
                    + " holds no trading day of the data (" + dataFirst + " to " + dataLast + ")");
        }
        if (fromDay < calendar[0] || toDay > calendar[calendar.length - 1]) {
            notes.add("range clamped to the data: " + LocalDate.ofEpochDay(calendar[i0]) + " to "
                    + LocalDate.ofEpochDay(calendar[i1]));
        }
        int nDates = i1 - i0 + 1;
        int maxH = HORIZONS[HORIZONS.length - 1];
        int nCal = Math.min(calendar.length - i0, nDates + maxH);   // scan dates plus the forward horizons
        int[] cal = Arrays.copyOfRange(calendar, i0, i0 + nCal);
        int firstDay = cal[0];
        int[] calIndex = new int[cal[nCal - 1] - firstDay + 1];
        Arrays.fill(calIndex, -1);
        for (int c = 0; c < nCal; c++) {
            calIndex[cal[c] - firstDay] = c;
        }

        // ---- per symbol: state and ranking value on each scan date, closes on each calendar date
        byte[] state = new byte[nDates * nSym];          // [date][symbol]
        double[] key = new double[nDates * nSym];
        double[] close = new double[nSym * nCal];        // [symbol][calendar], last close on or before
        int threads = spec.threads() > 0 ? spec.threads() : Runtime.getRuntime().availableProcessors();
        FeatureSchema noFeatures = new FeatureSchema(List.of());
        int[] day = bars.day();
        double[] px = bars.close();
        int lastScanDay = cal[nDates - 1];
        int lastCalDay = cal[nCal - 1];
        Program fWhere = where;
        parallel(threads, (nSym + SYMBOL_CHUNK - 1) / SYMBOL_CHUNK, (worker, chunk) -> {
            Program.Workspace wsW = fWhere == null ? null : fWhere.workspace();
            Program.Workspace wsR = rank == null ? null : rank.workspace();
            double[] w = new double[0];
            double[] r = new double[0];
            for (int s = chunk * SYMBOL_CHUNK; s < Math.min(nSym, (chunk + 1) * SYMBOL_CHUNK); s++) {
                int start = bars.start(s);
                // outcomes: closes carried forward over the calendar (bars after `to` serve returns only)
                int b = start;
                int end = bars.end(s);
                double last = Double.NaN;
                int base = s * nCal;
                for (int c = 0; c < nCal; c++) {
                    while (b < end && day[b] <= cal[c]) {
                        last = px[b++];
                    }
                    close[base + c] = last;
                }
                // signals: only bars on or before the last scan date are ever read
                int evEnd = bars.lastIndexOnOrBefore(s, lastScanDay) + 1;
                int firstScan = Math.max(start, bars.lastIndexOnOrBefore(s, firstDay - 1) + 1);
                if (evEnd <= firstScan || scored) {
                    continue;
                }
                int n = evEnd - start;
                if (r.length < n) {
                    r = new double[Math.max(n, r.length * 2)];
                    w = new double[r.length];
                }
                ScanRow row = new ScanRow(0, market.symbols().get(s), Double.NaN, Map.of(), Map.of(), List.of(),
                        new double[0], noFeatures);
                rank.evaluateSeries(bars, start, evEnd, row, wsR, r);
                if (fWhere != null) {
                    fWhere.evaluateSeries(bars, start, evEnd, row, wsW, w);
                }
                for (int i = firstScan; i < evEnd; i++) {
                    int d = calIndex[day[i] - firstDay];
                    if (d < 0 || d >= nDates) {
                        continue;   // a bar off the calendar
                    }
                    double v = r[i - start];
                    double cond = fWhere == null ? 1 : w[i - start];
                    byte st = cond == 0 ? FILTERED : cond == 1 && !Double.isNaN(v) ? PASSED : UNKNOWN;
                    state[d * nSym + s] = st;
                    key[d * nSym + s] = v;
                }
            }
        });

        if (scored) {
            ScoredDates.fill(market, spec, cal, nDates, threads, scorer, state, key);
            notes.add("scores: the whole scan ran as of each of the " + nDates + " dates"
                    + (scorer == null ? " (MERIT without alpha forecasts)" : ""));
        }

        // ---- index closes
        double[] indexClose = new double[nCal];
        Arrays.fill(indexClose, Double.NaN);
        BarColumns index = market.index();
        if (index != null) {
            int b = index.start(0);
            double last = Double.NaN;
            for (int c = 0; c < nCal; c++) {
                while (b < index.end(0) && index.day()[b] <= cal[c]) {
                    last = index.close()[b++];
                }
                indexClose[c] = last;
            }
        } else {
            notes.add("no index in the source: returns versus the index are unknown");
        }

        // ---- per date: the cross-section
        int[] nameRank = nameRanks(market);
        int top = spec.top();
        int nH = HORIZONS.length;
        BacktestResult.Day[] days = new BacktestResult.Day[nDates];
        int[][] picksOf = new int[nDates][];
        parallel(threads, (nDates + DATE_CHUNK - 1) / DATE_CHUNK, (worker, chunk) -> {
            int[] idx = new int[top];
            double[] val = new double[top];
            for (int d = chunk * DATE_CHUNK; d < Math.min(nDates, (chunk + 1) * DATE_CHUNK); d++) {
                int size = 0;
                int passed = 0;
                int filtered = 0;
                int unknown = 0;
                int noBar = 0;
                double[] uniSum = new double[nH];
                int[] uniN = new int[nH];
                int row = d * nSym;
                for (int s = 0; s < nSym; s++) {
                    byte st = state[row + s];
                    if (st == NO_BAR) {
                        noBar++;
                        continue;
                    }
                    for (int h = 0; h < nH; h++) {
                        double fr = forward(close, s * nCal, d, HORIZONS[h], nCal);
                        if (!Double.isNaN(fr)) {
                            uniSum[h] += fr;
                            uniN[h]++;
                        }
                    }
                    if (st == FILTERED) {
                        filtered++;
                        continue;
                    }
                    if (st == UNKNOWN) {
                        unknown++;
                        continue;
                    }
                    passed++;
                    double v = key[row + s];
                    if (size == top && !better(v, s, val[size - 1], idx[size - 1], asc, nameRank)) {
                        continue;
                    }
                    int p = size == top ? top - 1 : size++;
                    while (p > 0 && better(v, s, val[p - 1], idx[p - 1], asc, nameRank)) {
                        val[p] = val[p - 1];
                        idx[p] = idx[p - 1];
                        p--;
                    }
                    val[p] = v;
                    idx[p] = s;
                }
                List<BacktestResult.Pick> picks = new ArrayList<>(size);
                for (int k = 0; k < size; k++) {
                    double[] fwd = new double[nH];
                    for (int h = 0; h < nH; h++) {
                        fwd[h] = forward(close, idx[k] * nCal, d, HORIZONS[h], nCal);
                    }
                    picks.add(new BacktestResult.Pick(k + 1, market.symbols().get(idx[k]).symbol(), val[k], fwd));
                }
                double[] idxRet = new double[nH];
                double[] uniRet = new double[nH];
                for (int h = 0; h < nH; h++) {
                    idxRet[h] = d + HORIZONS[h] < nCal ? indexClose[d + HORIZONS[h]] / indexClose[d] - 1 : Double.NaN;
                    uniRet[h] = uniN[h] == 0 ? Double.NaN : uniSum[h] / uniN[h];
                }
                picksOf[d] = Arrays.copyOf(idx, size);
                days[d] = new BacktestResult.Day(LocalDate.ofEpochDay(cal[d]), nSym, passed, filtered, unknown, noBar,
                        picks, idxRet, uniRet);
            }
        });

        List<BacktestResult.Day> dayList = List.of(days);
        List<BacktestResult.HorizonStats> stats = new ArrayList<>();
        for (int h = 0; h < nH; h++) {
            stats.add(Statistics.horizon(dayList, h, HORIZONS[h]));
        }
        Curves curves = Curves.compute(cal, nDates, close, nCal, state, nSym, picksOf, indexClose, spec);
        double millis = (System.nanoTime() - t0) / 1e6;
        return new BacktestResult(spec, market.source(), market.dataVersion(), nSym, dayList, stats, curves.points(),
                curves.summary(), notes, millis);
    }

    /** The forward return over {@code h} calendar steps from step {@code d}, NaN past the data. */
    static double forward(double[] close, int base, int d, int h, int nCal) {
        return d + h < nCal ? close[base + d + h] / close[base + d] - 1 : Double.NaN;
    }

    private static boolean better(double v, int s, double w, int t, boolean asc, int[] nameRank) {
        if (v != w) {
            return asc ? v < w : v > w;
        }
        return nameRank[s] < nameRank[t];
    }

    private static int[] nameRanks(Market market) {
        Integer[] order = new Integer[market.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> market.symbols().get(a).symbol().compareTo(market.symbols().get(b).symbol()));
        int[] rank = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }

    /** The index's trading days, or every day with a bar when there is no index; ascending. */
    static int[] calendar(Market market) {
        BarColumns src = market.index() != null && market.index().length(0) > 0 ? market.index() : market.bars();
        int[] d = src.day();
        if (d.length == 0) {
            return new int[0];
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : d) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        boolean[] seen = new boolean[max - min + 1];
        for (int v : d) {
            seen[v - min] = true;
        }
        int n = 0;
        for (boolean b : seen) {
            n += b ? 1 : 0;
        }
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < seen.length; i++) {
            if (seen[i]) {
                out[k++] = min + i;
            }
        }
        return out;
    }

    private static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @FunctionalInterface
    private interface Body {
        void run(int worker, int chunk);
    }

    /** Runs {@code body} over chunks {@code [0, chunks)} on {@code threads} workers; each chunk exactly once. */
    private static void parallel(int threads, int chunks, Body body) {
        int workers = Math.max(1, Math.min(threads, chunks));
        AtomicInteger next = new AtomicInteger();
        Runnable loop = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                body.run(0, c);
            }
        };
        if (workers == 1) {
            loop.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "technic-backtest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 1; w < workers; w++) {
                futures.add(pool.submit(loop));
            }
            loop.run();
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.util.concurrent.CancellationException("interrupted");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
