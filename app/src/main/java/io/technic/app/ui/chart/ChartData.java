package io.technic.app.ui.chart;

import io.technic.scanner.indicator.Bollinger;
import io.technic.scanner.indicator.Ema;
import io.technic.scanner.indicator.Keltner;
import io.technic.scanner.indicator.Macd;
import io.technic.scanner.indicator.Rsi;
import io.technic.scanner.indicator.Sma;
import io.technic.scanner.indicator.Supertrend;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.Resampled;
import io.technic.scanner.model.Timeframe;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the chart draws for one symbol: its whole bar history and every overlay and
 * lower-pane series, aligned bar for bar (index {@code i} of every array is bar {@code i},
 * oldest first). Series hold {@code NaN} during their warm-up, exactly as the scanner's
 * indicator kernels write them; nothing is recomputed here.
 *
 * <p>Immutable by contract: the arrays returned are shared and must not be written to.
 * Thread-safe once built, so it is computed on a worker thread and handed to the FX thread.
 */
public final class ChartData {

    /** Every computed series, with the parameters the chart uses. */
    public enum Line {
        SMA_20, SMA_50, SMA_200, EMA_12, EMA_26,
        /** Bollinger 20 / 2: upper, middle (SMA 20), lower. */
        BB_UPPER, BB_MIDDLE, BB_LOWER,
        /** Keltner: EMA 20 ± 2 × ATR 10. */
        KC_UPPER, KC_MIDDLE, KC_LOWER,
        /** Supertrend 10 / 3: the line, and its direction (+1 up, −1 down). */
        SUPERTREND, SUPERTREND_DIRECTION,
        /** RSI 14, percent. */
        RSI_14,
        /** MACD 12 / 26 / 9. */
        MACD, MACD_SIGNAL, MACD_HISTOGRAM
    }

    private final String symbol;
    private final String name;
    private final int[] days;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final Map<Line, double[]> lines;
    private final Timeframe timeframe;
    private final boolean partial;

    private ChartData(String symbol, String name, BarColumns bars, Map<Line, double[]> lines, Timeframe timeframe,
                      boolean partial) {
        this.timeframe = timeframe;
        this.partial = partial;
        this.symbol = symbol;
        this.name = name;
        this.days = bars.day();
        this.open = bars.open();
        this.high = bars.high();
        this.low = bars.low();
        this.close = bars.close();
        this.volume = bars.volume();
        this.lines = lines;
    }

    /**
     * Copies {@code symbol}'s bars out of {@code market} and computes every {@link Line} with the
     * scanner's kernels. Pure; safe on any thread. A short history simply leaves more of each
     * series at {@code NaN}.
     *
     * @throws IllegalArgumentException if the market has no such symbol
     */
    public static ChartData compute(Market market, String symbol) {
        return compute(market, symbol, Timeframe.DAILY);
    }

    /**
     * Like {@link #compute(Market, String)} on {@code symbol}'s bars resampled to {@code timeframe}
     * (weekly: ISO weeks, monthly: calendar months, each bar dated by its last day); every line is
     * computed on the resampled bars. The last bar may be {@link #partial()}.
     *
     * @throws IllegalArgumentException if the market has no such symbol
     */
    public static ChartData compute(Market market, String symbol, Timeframe timeframe) {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timeframe, "timeframe");
        int s = market.indexOf(symbol);
        if (s < 0) {
            throw new IllegalArgumentException("no symbol '" + symbol + "' in " + market.source());
        }
        BarColumns bars = market.bars().slice(s);
        boolean partial = false;
        if (timeframe != Timeframe.DAILY) {
            Resampled r = timeframe.resample(bars, 0);
            partial = r.partial();
            bars = r.toBarColumns();
        }
        int n = bars.barCount();
        double[] h = bars.high();
        double[] l = bars.low();
        double[] c = bars.close();
        Map<Line, double[]> out = new EnumMap<>(Line.class);
        for (Line line : Line.values()) {
            out.put(line, new double[n]);
        }
        Sma.compute(c, 0, n, 20, out.get(Line.SMA_20));
        Sma.compute(c, 0, n, 50, out.get(Line.SMA_50));
        Sma.compute(c, 0, n, 200, out.get(Line.SMA_200));
        Ema.compute(c, 0, n, 12, out.get(Line.EMA_12));
        Ema.compute(c, 0, n, 26, out.get(Line.EMA_26));
        Bollinger.compute(c, 0, n, 20, 2.0, out.get(Line.BB_UPPER), out.get(Line.BB_MIDDLE), out.get(Line.BB_LOWER));
        Keltner.compute(h, l, c, 0, n, 20, 10, 2.0, out.get(Line.KC_UPPER), out.get(Line.KC_MIDDLE),
                out.get(Line.KC_LOWER), new double[n]);
        Supertrend.compute(h, l, c, 0, n, 10, 3.0, out.get(Line.SUPERTREND), out.get(Line.SUPERTREND_DIRECTION));
        Rsi.compute(c, 0, n, 14, out.get(Line.RSI_14));
        Macd.compute(c, 0, n, 12, 26, 9, out.get(Line.MACD), out.get(Line.MACD_SIGNAL), out.get(Line.MACD_HISTOGRAM));
        return new ChartData(symbol, market.symbols().get(s).name(), bars, out, timeframe, partial);
    }

    /** The bar period shown. */
    public Timeframe timeframe() {
        return timeframe;
    }

    /** Whether the last bar is a period still in progress (built from its days so far). */
    public boolean partial() {
        return partial;
    }

    public String symbol() {
        return symbol;
    }

    /** Company name, or the ticker when the source knows none. */
    public String name() {
        return name;
    }

    /** Number of bars. */
    public int size() {
        return close.length;
    }

    /** Epoch days of the bars, ascending. Do not modify. */
    public int[] days() {
        return days;
    }

    public LocalDate date(int i) {
        return LocalDate.ofEpochDay(days[i]);
    }

    public double[] open() {
        return open;
    }

    public double[] high() {
        return high;
    }

    public double[] low() {
        return low;
    }

    public double[] close() {
        return close;
    }

    public double[] volume() {
        return volume;
    }

    /** The series {@code line}, one value per bar, {@code NaN} in its warm-up. Do not modify. */
    public double[] line(Line line) {
        return lines.get(line);
    }

    /** Close of the last bar, {@code NaN} without bars. */
    public double lastClose() {
        return size() == 0 ? Double.NaN : close[size() - 1];
    }

    /** Last close minus the one before, price units; {@code NaN} with fewer than two bars. */
    public double change() {
        return size() < 2 ? Double.NaN : close[size() - 1] - close[size() - 2];
    }

    /** {@link #change()} as a fraction of the previous close (0.012 = +1.2 %). */
    public double changeFraction() {
        return size() < 2 ? Double.NaN : change() / close[size() - 2];
    }

    /**
     * The first bar at which {@code line} has a value, or {@link #size()} when it never has one
     * (history shorter than the warm-up).
     */
    public int firstDefined(Line line) {
        double[] v = lines.get(line);
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i])) {
                return i;
            }
        }
        return v.length;
    }

    /**
     * The Supertrend line only where its direction is {@code direction} (+1 or −1), {@code NaN}
     * elsewhere, so the two trends draw as separate coloured segments. A fresh array.
     */
    public double[] supertrendWhere(int direction) {
        double[] line = lines.get(Line.SUPERTREND);
        double[] dir = lines.get(Line.SUPERTREND_DIRECTION);
        double[] out = Arrays.copyOf(line, line.length);
        for (int i = 0; i < out.length; i++) {
            if (dir[i] != direction) {
                out[i] = Double.NaN;
            }
        }
        return out;
    }
}
