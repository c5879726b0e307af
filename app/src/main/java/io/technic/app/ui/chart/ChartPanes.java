package io.technic.app.ui.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisMode;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.CrosshairIndicator;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer;
import io.fair_acc.chartfx.renderer.spi.financial.FinancialDataSetNode;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.financial.OhlcvDataSet;
import io.technic.themes.Theme;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;

/**
 * The three stacked ChartFX charts of the chart screen — price (candles and overlays), volume,
 * and the RSI / MACD pane — sharing one bar-index x range: zooming or panning the price chart
 * moves the others, and each pane fits its y axis to the bars in view. FX thread only.
 */
final class ChartPanes {

    /** Bars in view when a symbol is first shown: about six months of trading days. */
    static final int INITIAL_BARS = 126;
    private static final double RIGHT_MARGIN_BARS = 3;
    private static final double Y_AXIS_WIDTH = 72;

    final XYChart price;
    final XYChart volume;
    final XYChart lower;
    final DefaultNumericAxis priceX = xAxis();
    final DefaultNumericAxis volumeX = xAxis();
    final DefaultNumericAxis lowerX = xAxis();
    final DefaultNumericAxis priceY = yAxis();
    final DefaultNumericAxis volumeY = yAxis();
    final DefaultNumericAxis lowerY = yAxis();
    final Zoomer zoomer = new Zoomer(AxisMode.X);

    private final CandleStickRenderer candles = new CandleStickRenderer(false);
    private final ErrorDataSetRenderer overlayLines = lineRenderer();
    private final ErrorDataSetRenderer volumeBars = barRenderer();
    private final ErrorDataSetRenderer lowerLines = lineRenderer();
    private final ErrorDataSetRenderer lowerBars = barRenderer();

    private ChartData data;
    private Set<Overlay> overlays = EnumSet.noneOf(Overlay.class);
    private LowerPane pane = LowerPane.RSI;
    private Map<String, String> tokens = Theme.DARK.tokens();
    private boolean syncing;

    ChartPanes() {
        price = chart("ws-chart-price", priceX, priceY);
        volume = chart("ws-chart-volume", volumeX, volumeY);
        lower = chart("ws-chart-lower", lowerX, lowerY);
        price.getRenderers().setAll(candles, overlayLines);
        volume.getRenderers().setAll(volumeBars);
        lower.getRenderers().setAll(lowerBars, lowerLines);
        // Dates only under the lowest pane; the upper two share its x axis visually.
        priceX.getStyleClass().add("ws-chart-hidden-ticks");
        volumeX.getStyleClass().add("ws-chart-hidden-ticks");
        BarDateFormat dates = new BarDateFormat(() -> data);
        lowerX.setTickLabelFormatter(dates);
        priceX.setTickLabelFormatter(dates);
        volumeX.setTickLabelFormatter(dates);
        volumeY.setTickLabelFormatter(CompactNumber.axisLabels());
        zoomer.setSliderVisible(false);
        zoomer.setAnimated(false);
        zoomer.setPannerEnabled(true);
        zoomer.setAddButtonsToToolBar(false);
        // Trading-chart gestures: drag pans, the wheel zooms, Ctrl+drag zooms into a rectangle.
        zoomer.setPanMouseFilter(e -> (e.isPrimaryButtonDown() && !e.isControlDown() && !e.isShiftDown())
                || e.isMiddleButtonDown());
        zoomer.setZoomInMouseFilter(e -> e.isPrimaryButtonDown() && e.isControlDown());
        price.getPlugins().addAll(zoomer, new CrosshairIndicator());
        priceX.minProperty().addListener((obs, was, now) -> sync());
        priceX.maxProperty().addListener((obs, was, now) -> sync());
        price.getCanvas().widthProperty().addListener((obs, was, now) -> sync());
        lowerX.setMinHeight(30);
    }

    void setData(ChartData d) {
        data = d;
        candles.getDatasets().clear();
        if (d != null && d.size() > 0) {
            OhlcvDataSet ohlcv = new OhlcvDataSet(d.symbol());
            ohlcv.setData(new BarsOhlcv(d));
            ohlcv.setCategoryBased(true);
            candles.getDatasets().add(ohlcv);
        }
        fillVolume();
        fillOverlays();
        fillLower();
        zoomer.zoomStackDeque().clear();
        showLast(INITIAL_BARS);
        recolour();
    }

    void setOverlays(Set<Overlay> on) {
        overlays = on.isEmpty() ? EnumSet.noneOf(Overlay.class) : EnumSet.copyOf(on);
        fillOverlays();
        recolour();
        sync();
    }

    void setLowerPane(LowerPane p) {
        pane = p;
        fillLower();
        recolour();
        sync();
    }

    void setTheme(Theme theme) {
        tokens = theme.tokens();
        recolour();
    }

    /** Shows the last {@code bars} bars (all of them when fewer) with a small margin on the right. */
    void showLast(int bars) {
        int n = data == null ? 0 : data.size();
        double max = Math.max(n, 1) - 0.5 + RIGHT_MARGIN_BARS;
        double min = Math.max(-0.5, n - bars - 0.5);
        priceX.set(min, max);
        sync();
    }

    /** The bar under x position {@code xInPlot} (canvas coordinates), or -1. */
    int barAt(double xInPlot) {
        if (data == null) {
            return -1;
        }
        long i = Math.round(priceX.getValueForDisplay(xInPlot));
        return i < 0 || i >= data.size() ? -1 : (int) i;
    }

    // ----- datasets

    private void fillVolume() {
        volumeBars.getDatasets().clear();
        if (data == null || data.size() == 0) {
            return;
        }
        int n = data.size();
        double[] x = indices(0, n);
        double[] up = new double[n];
        double[] down = new double[n];
        for (int i = 0; i < n; i++) {
            boolean rising = data.close()[i] >= data.open()[i];
            up[i] = rising ? data.volume()[i] : 0;
            down[i] = rising ? 0 : data.volume()[i];
        }
        volumeBars.getDatasets().addAll(new DoubleDataSet("Volume up", x, up, n, false),
                new DoubleDataSet("Volume down", x, down, n, false));
    }

    private void fillOverlays() {
        overlayLines.getDatasets().clear();
        if (data == null) {
            return;
        }
        for (Overlay o : Overlay.values()) {
            if (!overlays.contains(o)) {
                continue;
            }
            if (o == Overlay.SUPERTREND) {
                addSeries(overlayLines, "ST up", data.supertrendWhere(+1));
                addSeries(overlayLines, "ST down", data.supertrendWhere(-1));
            } else {
                for (ChartData.Line line : o.lines()) {
                    addSeries(overlayLines, line.name(), data.line(line));
                }
            }
        }
    }

    private void fillLower() {
        lowerLines.getDatasets().clear();
        lowerBars.getDatasets().clear();
        if (data == null || data.size() == 0) {
            return;
        }
        int n = data.size();
        if (pane == LowerPane.RSI) {
            addSeries(lowerLines, "RSI", data.line(ChartData.Line.RSI_14));
            lowerLines.getDatasets().addAll(level("RSI 70", 70, n), level("RSI 30", 30, n));
        } else {
            double[] hist = data.line(ChartData.Line.MACD_HISTOGRAM);
            double[] pos = new double[n];
            double[] neg = new double[n];
            for (int i = 0; i < n; i++) {
                double h = Double.isNaN(hist[i]) ? 0 : hist[i];
                pos[i] = Math.max(h, 0);
                neg[i] = Math.min(h, 0);
            }
            lowerBars.getDatasets().addAll(new DoubleDataSet("MACD hist +", indices(0, n), pos, n, false),
                    new DoubleDataSet("MACD hist -", indices(0, n), neg, n, false));
            addSeries(lowerLines, "MACD", data.line(ChartData.Line.MACD));
            addSeries(lowerLines, "MACD signal", data.line(ChartData.Line.MACD_SIGNAL));
        }
    }

    /** Adds {@code values} from its first defined bar on (the NaN warm-up is left out, not drawn as 0). */
    private static void addSeries(ErrorDataSetRenderer r, String name, double[] values) {
        int from = 0;
        while (from < values.length && Double.isNaN(values[from])) {
            from++;
        }
        int n = values.length - from;
        if (n <= 0) {
            return;
        }
        double[] y = Arrays.copyOfRange(values, from, values.length);
        r.getDatasets().add(new DoubleDataSet(name, indices(from, values.length), y, n, false));
    }

    private static DoubleDataSet level(String name, double y, int n) {
        return new DoubleDataSet(name, new double[] {-0.5, n - 0.5 + RIGHT_MARGIN_BARS}, new double[] {y, y}, 2, false);
    }

    private static double[] indices(int from, int to) {
        double[] x = new double[to - from];
        for (int i = 0; i < x.length; i++) {
            x[i] = from + i;
        }
        return x;
    }

    // ----- colours

    private void recolour() {
        Color up = colour("-tx-up");
        Color down = colour("-tx-down");
        for (DataSet ds : candles.getDatasets()) {
            FinancialDataSetNode node = candles.getStyleableNode(ds);
            node.setCandleLongColor(up);
            node.setCandleShortColor(down);
            node.setCandleLongWickColor(up);
            node.setCandleShortWickColor(down);
            node.setCandleShadowColor(Color.TRANSPARENT);
            node.setBarWidthPercent(0.7);
        }
        for (DataSet ds : overlayLines.getDatasets()) {
            style(overlayLines, ds);
        }
        for (DataSet ds : volumeBars.getDatasets()) {
            Color c = ds.getName().endsWith("up") ? up : down;
            bars(volumeBars, ds, c.deriveColor(0, 1, 1, 0.7));
        }
        for (DataSet ds : lowerBars.getDatasets()) {
            Color c = ds.getName().endsWith("+") ? up : down;
            bars(lowerBars, ds, c.deriveColor(0, 1, 1, 0.75));
        }
        for (DataSet ds : lowerLines.getDatasets()) {
            style(lowerLines, ds);
        }
        price.invalidate();
        volume.invalidate();
        lower.invalidate();
    }

    private void style(ErrorDataSetRenderer r, DataSet ds) {
        String name = ds.getName();
        DataSetNode node = switch (name) {
            case "SMA_20" -> node(r, ds, colour("-tx-series-2"), 1.3);
            case "SMA_50" -> node(r, ds, colour("-tx-series-1"), 1.3);
            case "SMA_200" -> node(r, ds, colour("-tx-series-3"), 1.6);
            case "EMA_12" -> node(r, ds, colour("-tx-series-4"), 1.1);
            case "EMA_26" -> node(r, ds, colour("-tx-series-5"), 1.1);
            case "BB_UPPER", "BB_LOWER" -> node(r, ds, colour("-tx-fg-muted"), 1.0);
            case "BB_MIDDLE" -> dashed(node(r, ds, colour("-tx-fg-muted"), 0.8));
            case "KC_UPPER", "KC_LOWER" -> node(r, ds, colour("-tx-warn"), 1.0);
            case "KC_MIDDLE" -> dashed(node(r, ds, colour("-tx-warn"), 0.8));
            case "ST up" -> node(r, ds, colour("-tx-up"), 1.8);
            case "ST down" -> node(r, ds, colour("-tx-down"), 1.8);
            case "RSI" -> node(r, ds, colour("-tx-accent"), 1.4);
            case "RSI 70", "RSI 30" -> dashed(node(r, ds, colour("-tx-fg-faint"), 1.0));
            case "MACD" -> node(r, ds, colour("-tx-series-1"), 1.4);
            case "MACD signal" -> node(r, ds, colour("-tx-series-2"), 1.2);
            default -> node(r, ds, colour("-tx-fg"), 1.0);
        };
        node.setShowInLegend(false);
    }

    private static DataSetNode node(ErrorDataSetRenderer r, DataSet ds, Color c, double width) {
        DataSetNode node = r.getStyleableNode(ds);
        node.setLineColor(c);
        node.setMarkerColor(c);
        node.setLineWidth(width);
        return node;
    }

    private static void bars(ErrorDataSetRenderer r, DataSet ds, Color c) {
        DataSetNode node = r.getStyleableNode(ds);
        node.setMarkerColor(c);
        node.setLineColor(Color.TRANSPARENT);
        node.setLineWidth(0);
        node.setShowInLegend(false);
    }

    private static DataSetNode dashed(DataSetNode node) {
        node.setLineDashArray(new Number[] {4, 3});
        return node;
    }

    /** A colour token of the current theme as a JavaFX colour. */
    Color colour(String token) {
        String c = tokens.get(token);
        if (c == null) {
            throw new IllegalArgumentException("theme has no token " + token);
        }
        return Color.web(c);
    }

    // ----- ranges

    private void sync() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            double min = priceX.getMin();
            double max = priceX.getMax();
            volumeX.set(min, max);
            lowerX.set(min, max);
            fitY(min, max);
            double pixelsPerBar = price.getCanvas().getWidth() / Math.max(1e-9, max - min);
            int barWidth = (int) Math.max(1, Math.min(40, Math.floor(pixelsPerBar * 0.7)));
            volumeBars.setBarWidth(barWidth);
            lowerBars.setBarWidth(barWidth);
        } finally {
            syncing = false;
        }
    }

    private void fitY(double xMin, double xMax) {
        if (data == null || data.size() == 0) {
            return;
        }
        int from = (int) Math.max(0, Math.ceil(xMin));
        int to = (int) Math.min(data.size() - 1, Math.floor(xMax));
        if (from > to) {
            return;
        }
        Range p = new Range();
        p.add(data.low(), from, to);
        p.add(data.high(), from, to);
        for (Overlay o : overlays) {
            for (ChartData.Line line : o.lines()) {
                p.add(data.line(line), from, to);
            }
        }
        p.apply(priceY, 0.05);
        Range v = new Range();
        v.add(0);
        v.add(data.volume(), from, to);
        volumeY.set(0, v.max > 0 ? v.max * 1.1 : 1);
        if (pane == LowerPane.RSI) {
            lowerY.set(0, 100);
        } else {
            Range m = new Range();
            m.add(0);
            m.add(data.line(ChartData.Line.MACD), from, to);
            m.add(data.line(ChartData.Line.MACD_SIGNAL), from, to);
            m.add(data.line(ChartData.Line.MACD_HISTOGRAM), from, to);
            m.apply(lowerY, 0.08);
        }
    }

    /** Min and max over the finite values seen. */
    private static final class Range {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        void add(double v) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }

        void add(double[] values, int from, int toInclusive) {
            for (int i = from; i <= toInclusive; i++) {
                add(values[i]);
            }
        }

        void apply(DefaultNumericAxis axis, double padFraction) {
            if (min > max) {
                return;
            }
            double pad = max > min ? (max - min) * padFraction : Math.max(Math.abs(max) * 0.01, 1e-6);
            axis.set(min - pad, max + pad);
        }
    }

    // ----- construction

    private static XYChart chart(String styleClass, DefaultNumericAxis x, DefaultNumericAxis y) {
        XYChart c = new XYChart(x, y);
        // The chart resets axis sides while adopting them: set them afterwards.
        x.setSide(Side.BOTTOM);
        y.setSide(Side.RIGHT);
        c.getStyleClass().addAll("ws-chart", styleClass);
        c.setAnimated(false);
        c.setLegendVisible(false);
        c.getGridRenderer().setDrawOnTop(false);
        c.setMinSize(0, 40);
        return c;
    }

    private static DefaultNumericAxis xAxis() {
        DefaultNumericAxis a = new DefaultNumericAxis();
        a.setName("");
        a.setAutoRanging(false);
        a.setAutoRangeRounding(false);
        a.setAutoUnitScaling(false);
        a.setMinorTickCount(0);
        return a;
    }

    private static DefaultNumericAxis yAxis() {
        DefaultNumericAxis a = new DefaultNumericAxis();
        a.setName("");
        a.setAutoRanging(false);
        a.setAutoRangeRounding(false);
        a.setAutoUnitScaling(false);
        a.setMinorTickCount(0);
        // Equal widths keep the three plot areas aligned bar for bar.
        a.setMinWidth(Y_AXIS_WIDTH);
        a.setPrefWidth(Y_AXIS_WIDTH);
        a.setMaxWidth(Y_AXIS_WIDTH);
        return a;
    }

    private static ErrorDataSetRenderer lineRenderer() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setDrawMarker(false);
        r.setErrorStyle(ErrorStyle.NONE);
        r.setPolyLineStyle(LineStyle.NORMAL);
        r.setAllowNaNs(true);
        r.setPointReduction(false);
        return r;
    }

    private static ErrorDataSetRenderer barRenderer() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setDrawMarker(false);
        r.setErrorStyle(ErrorStyle.NONE);
        // LineStyle.NONE skips the whole point pipeline, bars included: draw an invisible line instead.
        r.setPolyLineStyle(LineStyle.NORMAL);
        r.setDrawBars(true);
        // Dynamic bar width drew nothing here (11.3.1); the width is set from the zoom in sync().
        r.setDynamicBarWidth(false);
        r.setBarWidth(3);
        r.setBarWidthPercentage(70);
        r.setShiftBar(false);
        r.setPointReduction(false);
        return r;
    }
}
