package io.technic.scanner.ml;

import io.technic.scanner.feature.FeatureEngine;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a labelled {@link Dataset} from a market with the scan's own feature engine: the row
 * of symbol s at date t is {@link FeatureEngine#computeRows} over bars {@code [t - lookback + 1, t]}
 * of s, exactly as a scan as of t with that lookback computes it (no second feature
 * implementation; the engine never reads a bar after t). The label is the forward excess log
 * return over the next {@code horizon} index sessions, so it needs bars up to t + horizon: rows
 * whose label is not yet known are left out, and so are rows with an undefined required feature
 * (a scan skips those too).
 *
 * <p>Dates are the index's sessions; a symbol contributes at t only if it has a bar on t and on
 * the session {@code horizon} later. Parallel over dates on threads it creates and stops;
 * the result does not depend on the thread count.
 */
public final class DatasetBuilder {

    private final FeatureEngine engine;
    private final int lookback;

    /**
     * @param lookback bars fed to the features, ending at t (0 = all history); use the scans' lookback
     * @throws IllegalArgumentException if the lookback is positive but shorter than the engine's minimum
     */
    public DatasetBuilder(FeatureEngine engine, int lookback) {
        if (lookback != 0 && lookback < engine.minBars()) {
            throw new IllegalArgumentException("lookback " + lookback + " is shorter than the "
                    + engine.minBars() + " bars the features need");
        }
        this.engine = engine;
        this.lookback = lookback;
    }

    /**
     * @param first   first date t (inclusive), or null for the earliest possible
     * @param last    last date t (inclusive), or null for the latest whose label is known
     * @param stride  use every {@code stride}-th index session (1 = every one)
     * @param threads worker threads (>= 1)
     * @throws IllegalArgumentException if the market has no index series (labels are excess returns)
     */
    public Dataset build(Market market, LabelSpec label, LocalDate first, LocalDate last, int stride, int threads) {
        BarColumns index = market.index();
        if (index == null || index.barCount() == 0) {
            throw new IllegalArgumentException("training needs an index series for excess-return labels, but "
                    + market.source() + " has none (csv sources take index=PATH)");
        }
        if (stride < 1 || threads < 1) {
            throw new IllegalArgumentException("stride and threads must be >= 1");
        }
        int h = label.horizon();
        int[] iday = index.day();
        double[] iclose = index.close();
        int sessions = index.barCount();
        int lo = first == null ? Integer.MIN_VALUE : (int) first.toEpochDay();
        int hi = last == null ? Integer.MAX_VALUE : (int) last.toEpochDay();
        List<Integer> ks = new ArrayList<>();
        for (int k = engine.minBars() - 1; k + h < sessions; k += stride) {
            if (iday[k] >= lo && iday[k] <= hi) {
                ks.add(k);
            }
        }
        int n = ks.size();
        Part[] parts = new Part[n];
        AtomicInteger next = new AtomicInteger();
        int maxBars = 0;
        for (int s = 0; s < market.size(); s++) {
            maxBars = Math.max(maxBars, market.bars().length(s));
        }
        int wsBars = lookback == 0 ? maxBars : Math.min(lookback, maxBars);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "technic-dataset");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    FeatureEngine.Workspace ws = engine.newWorkspace(Math.max(wsBars, engine.minBars()));
                    for (int g = next.getAndIncrement(); g < n; g = next.getAndIncrement()) {
                        int k = ks.get(g);
                        parts[g] = session(market, ws, iday[k], iday[k + h],
                                Math.log(iclose[k + h] / iclose[k]));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the data set", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return concat(parts, label, market.source());
    }

    /** One date's rows. */
    private record Part(int day, float[] x, double[] excess, int[] symbol) {}

    private Part session(Market market, FeatureEngine.Workspace ws, int day, int labelDay, double indexReturn) {
        BarColumns bars = market.bars();
        int[] bday = bars.day();
        double[] close = bars.close();
        int symbols = market.size();
        int[] from = new int[symbols];
        int[] at = new int[symbols];
        int[] sym = new int[symbols];
        double[] y = new double[symbols];
        int m = 0;
        int minBars = engine.minBars();
        for (int s = 0; s < symbols; s++) {
            int start = bars.start(s);
            int t = bars.lastIndexOnOrBefore(s, day);
            if (t < start || bday[t] != day || t - start + 1 < minBars) {
                continue;
            }
            int j = bars.lastIndexOnOrBefore(s, labelDay);
            if (bday[j] != labelDay) {
                continue;
            }
            double ex = Math.log(close[j] / close[t]) - indexReturn;
            if (!Double.isFinite(ex)) {
                continue;
            }
            from[m] = lookback == 0 ? start : Math.max(start, t - lookback + 1);
            at[m] = t;
            sym[m] = s;
            y[m] = ex;
            m++;
        }
        int cols = engine.schema().size();
        double[] rows = new double[m * cols];
        engine.computeRows(bars, from, at, 0, m, market.index(), ws, rows, cols);
        float[] x = new float[m * cols];
        double[] ex = new double[m];
        int[] ss = new int[m];
        int kept = 0;
        for (int i = 0; i < m; i++) {
            if (!defined(rows, i * cols, cols)) {
                continue;
            }
            for (int c = 0; c < cols; c++) {
                x[kept * cols + c] = (float) rows[i * cols + c];
            }
            ex[kept] = y[i];
            ss[kept] = sym[i];
            kept++;
        }
        return new Part(day, Arrays.copyOf(x, kept * cols), Arrays.copyOf(ex, kept),
                Arrays.copyOf(ss, kept));
    }

    private boolean defined(double[] row, int off, int cols) {
        for (int c = 0; c < cols; c++) {
            if (!Double.isFinite(row[off + c]) && !engine.isOptional(c)) {
                return false;
            }
        }
        return true;
    }

    private Dataset concat(Part[] parts, LabelSpec label, String source) {
        int cols = engine.schema().size();
        int rows = 0;
        int groups = 0;
        for (Part p : parts) {
            if (p.excess().length > 0) {
                rows += p.excess().length;
                groups++;
            }
        }
        float[] x = new float[rows * cols];
        double[] ex = new double[rows];
        int[] day = new int[rows];
        int[] sym = new int[rows];
        int[] starts = new int[groups + 1];
        int r = 0;
        int g = 0;
        for (Part p : parts) {
            int len = p.excess().length;
            if (len == 0) {
                continue;
            }
            starts[g++] = r;
            System.arraycopy(p.x(), 0, x, r * cols, len * cols);
            System.arraycopy(p.excess(), 0, ex, r, len);
            System.arraycopy(p.symbol(), 0, sym, r, len);
            Arrays.fill(day, r, r + len, p.day());
            r += len;
        }
        starts[groups] = rows;
        return new Dataset(engine.schema(), x, ex, day, sym, starts, label, source);
    }
}
