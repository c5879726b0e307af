package io.technic.app.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The indicator set ({@link IndicatorSet}) over every symbol of a market through TA-Lib's Java
 * port ({@code com.tictactec.ta.lib.Core}): the reference the engine's speed is quoted against.
 *
 * <p>Buffers are allocated once per worker thread and reused for every symbol; each output's
 * last value is folded into the returned checksum. Each symbol is computed over its own bars
 * only (see {@link TaLibPass}).
 *
 * <p>Relative strength vs the index aligns the symbol's bars with the index's by position from
 * the last bar (equal calendars assumed: the anchor times the work, it does not define it);
 * without an index in the market that output is NaN.
 *
 * <p>Not thread-safe: {@link #run()} uses the anchor's own worker threads; call it from one
 * thread at a time. Close it to stop the workers.
 */
public final class TaLibAnchor implements AutoCloseable {

    /** What each indicator is asked for. */
    public enum Mode {
        /** Every output over the full range of every symbol. */
        FULL_SERIES,
        /**
         * Windowed indicators asked for the last bar only (TA-Lib reads just their window);
         * recurrences (EMA, RSI, MACD, ATR, ADX/DI, OBV, SAR, Supertrend, Keltner) still run
         * over the whole range. A secondary reference, the one most favourable to TA-Lib.
         */
        LAST_BAR
    }

    private final BarColumns bars;
    private final BarColumns index;
    private final Mode mode;
    private final SymbolRanges ranges;
    private final List<TaLibPass> passes;
    private final List<double[]> lastScratch;
    private final Core indexCore = new Core();
    private final double[] indexRoc63;

    /**
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public TaLibAnchor(Market market, Mode mode, int threads) {
        Objects.requireNonNull(market, "market");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.bars = market.bars();
        this.index = market.index();
        this.ranges = new SymbolRanges(threads, "talib-anchor");
        int maxBars = maxBars(bars);
        this.passes = ranges.perWorker(w -> new TaLibPass(maxBars, mode == Mode.LAST_BAR));
        this.lastScratch = ranges.perWorker(w -> new double[IndicatorSet.OUTPUTS.size()]);
        this.indexRoc63 = index == null ? null : new double[index.length(0)];
    }

    public Mode mode() {
        return mode;
    }

    public int threads() {
        return ranges.threads();
    }

    /** Computes the set for every symbol; returns the checksum of all last values. */
    public double run() {
        double[] idx = indexRoc();
        return ranges.run(bars.symbolCount(), (worker, from, to) -> {
            TaLibPass pass = passes.get(worker);
            double[] last = lastScratch.get(worker);
            double sum = 0;
            for (int s = from; s < to; s++) {
                sum += pass.compute(bars, s, idx, last);
            }
            return sum;
        });
    }

    /** This anchor as a workload for {@link BenchHarness}. */
    public Workload workload() {
        return this::run;
    }

    /**
     * The last value of every output for one symbol, in {@link IndicatorSet#OUTPUTS} order
     * (NaN where the symbol is shorter than the warm-up). For checks, not for timing.
     *
     * @throws IndexOutOfBoundsException if {@code symbol} is not in the market
     */
    public double[] lastValues(int symbol) {
        Objects.checkIndex(symbol, bars.symbolCount());
        double[] out = new double[IndicatorSet.OUTPUTS.size()];
        new TaLibPass(bars.length(symbol), mode == Mode.LAST_BAR).compute(bars, symbol, indexRoc(), out);
        return out;
    }

    /** ROC 63 of the index close, full length, NaN in warm-up; null without an index. */
    private double[] indexRoc() {
        if (index == null) {
            return null;
        }
        double[] close = index.close();
        int n = index.length(0);
        Arrays.fill(indexRoc63, Double.NaN);
        if (n == 0) {
            return indexRoc63;
        }
        MInteger beg = new MInteger();
        MInteger nb = new MInteger();
        double[] out = new double[n];
        indexCore.roc(0, n - 1, close, 63, beg, nb, out);
        System.arraycopy(out, 0, indexRoc63, beg.value, nb.value);
        return indexRoc63;
    }

    static int maxBars(BarColumns bars) {
        int max = 0;
        for (int s = 0; s < bars.symbolCount(); s++) {
            max = Math.max(max, bars.length(s));
        }
        return max;
    }

    @Override
    public void close() {
        ranges.close();
    }
}
