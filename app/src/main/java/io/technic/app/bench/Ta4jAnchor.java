package io.technic.app.bench;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ROCIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;

/**
 * The indicator set ({@link IndicatorSet}, built by {@link Ta4jIndicators}) over every symbol
 * through ta4j 0.22 with {@code DoubleNum}, in two separately timed parts:
 * {@link #buildSeries()} (OHLCV columns to one {@code BarSeries} per symbol) and
 * {@link #compute()} (construct the indicators per symbol and evaluate {@code getValue(i)} for
 * every bar of every output, in ascending order, so ta4j's caches work as designed).
 *
 * <p>Relative strength vs the index: ROC 63 of the index is evaluated once per
 * {@code compute()} and aligned to each symbol by position from the last bar (equal
 * calendars assumed); NaN without an index.
 *
 * <p>Cost profile (500 bars, measured): ta4j's {@code ParabolicSarIndicator} clears its state
 * and recomputes from the first bar for every new index (O(n²)), which makes it about half of
 * {@code compute()}; the windowed statistics (linear regression, correlation, variance) most
 * of the rest. That is ta4j as shipped, and it is what this anchor times.
 *
 * <p>Not thread-safe: call from one thread at a time; the anchor uses its own workers.
 */
public final class Ta4jAnchor implements AutoCloseable {

    private final Market market;
    private final boolean parabolicSar;
    private final BarColumns bars;
    private final SymbolRanges ranges;
    private volatile BarSeries[] series;
    private BarSeries indexSeries;

    /**
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public Ta4jAnchor(Market market, int threads) {
        this(market, threads, true);
    }

    /**
     * @param parabolicSar whether to evaluate ta4j's {@code ParabolicSarIndicator}, which
     *                     recomputes from bar 0 at every index (quadratic in the bar count);
     *                     when off its output slot is NaN and the timing excludes it
     */
    public Ta4jAnchor(Market market, int threads, boolean parabolicSar) {
        this.parabolicSar = parabolicSar;
        this.market = Objects.requireNonNull(market, "market");
        this.bars = market.bars();
        this.ranges = new SymbolRanges(threads, "ta4j-anchor");
    }

    public int threads() {
        return ranges.threads();
    }

    /** Builds one {@code BarSeries} per symbol (and the index's); returns the bar count. */
    public double buildSeries() {
        BarSeries[] built = new BarSeries[bars.symbolCount()];
        double count = ranges.run(built.length, (worker, from, to) -> {
            double n = 0;
            for (int s = from; s < to; s++) {
                built[s] = Ta4jSeries.of(market.symbols().get(s).symbol(), bars, s);
                n += built[s].getBarCount();
            }
            return n;
        });
        indexSeries = market.index() == null ? null : Ta4jSeries.of("index", market.index(), 0);
        series = built;
        return count;
    }

    /** Frees the series (they hold every bar as objects). */
    public void releaseSeries() {
        series = null;
        indexSeries = null;
    }

    /**
     * Computes the set for every symbol over the series of the last {@link #buildSeries()};
     * returns the checksum of all last values.
     *
     * @throws IllegalStateException if the series were not built
     */
    public double compute() {
        BarSeries[] all = requireSeries();
        double[] indexRoc = indexRoc();
        return ranges.run(all.length, (worker, from, to) -> {
            double[] last = new double[IndicatorSet.OUTPUTS.size()];
            double sum = 0;
            for (int s = from; s < to; s++) {
                sum += computeSymbol(all[s], indexRoc, last, parabolicSar);
            }
            return sum;
        });
    }

    /** Series building as a workload. */
    public Workload buildWorkload() {
        return this::buildSeries;
    }

    /** Indicator computation as a workload; builds the series first if needed (untimed only then). */
    public Workload computeWorkload() {
        return () -> {
            if (series == null) {
                buildSeries();
            }
            return compute();
        };
    }

    /**
     * The last value of every output for one symbol, in {@link IndicatorSet#OUTPUTS} order.
     * Builds the series if needed. For checks, not for timing.
     *
     * @throws IndexOutOfBoundsException if {@code symbol} is not in the market
     */
    public double[] lastValues(int symbol) {
        Objects.checkIndex(symbol, bars.symbolCount());
        if (series == null) {
            buildSeries();
        }
        double[] last = new double[IndicatorSet.OUTPUTS.size()];
        computeSymbol(series[symbol], indexRoc(), last, parabolicSar);
        return last;
    }

    private static final int PSAR_SLOT = IndicatorSet.indexOf("psar");

    private static double computeSymbol(BarSeries s, double[] indexRoc, double[] last, boolean parabolicSar) {
        int n = s.getBarCount();
        if (n == 0) {
            Arrays.fill(last, Double.NaN);
            return 0;
        }
        List<Indicator<Num>> outputs = Ta4jIndicators.of(s);
        int nulls = 0;
        for (int k = 0; k < outputs.size(); k++) {
            if (k == PSAR_SLOT && !parabolicSar) {
                last[k] = Double.NaN;
                continue;
            }
            Indicator<Num> ind = outputs.get(k);
            Num x = null;
            for (int i = 0; i < n; i++) {
                x = ind.getValue(i);
                if (x == null) {
                    nulls++;
                }
            }
            last[k] = x.doubleValue();
        }
        int shift = indexRoc == null ? 0 : indexRoc.length - n;
        // the cross-series subtraction, per bar like the other outputs
        double rs = Double.NaN;
        Indicator<Num> roc = outputs.get(Ta4jIndicators.RS_SLOT);
        for (int i = 0; i < n; i++) {
            int j = i + shift;
            rs = indexRoc == null || j < 0 ? Double.NaN : roc.getValue(i).doubleValue() - indexRoc[j];
        }
        last[Ta4jIndicators.RS_SLOT] = rs;
        double sum = nulls;
        for (double v : last) {
            if (Double.isFinite(v)) {
                sum += v;
            }
        }
        return sum;
    }

    private double[] indexRoc() {
        if (indexSeries == null) {
            return null;
        }
        int n = indexSeries.getBarCount();
        ROCIndicator roc = new ROCIndicator(new ClosePriceIndicator(indexSeries), 63);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < 63 ? Double.NaN : roc.getValue(i).doubleValue();
        }
        return out;
    }

    private BarSeries[] requireSeries() {
        BarSeries[] s = series;
        if (s == null) {
            throw new IllegalStateException("buildSeries() has not run");
        }
        return s;
    }

    @Override
    public void close() {
        ranges.close();
    }
}
