package io.technic.app.ui.chart;

import io.fair_acc.chartfx.XYChart;
import io.technic.scanner.model.Timeframe;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The chart screen: a header (symbol, last close and change, crosshair read-out, overlay and
 * lower-pane toggles) over three ChartFX panes — candles with overlays, volume, RSI or MACD.
 * On the price pane (ChartFX {@code Zoomer}, x only): drag to pan, scroll to zoom, Ctrl+drag to zoom
 * into a range; the volume and indicator panes follow its x range. Thin: everything it shows comes from {@link ChartViewModel}.
 */
public final class ChartView extends BorderPane {

    private final ChartViewModel vm;
    private final ChartPanes panes = new ChartPanes();
    private final Label readout = new Label();

    public ChartView(ChartViewModel vm) {
        this.vm = vm;
        getStyleClass().add("ws-chart-view");
        setId("chart-view");
        setTop(header());
        // Fixed shares of the height: charts' own preferred sizes (450 px each) would split it evenly.
        GridPane stack = new GridPane();
        stack.getStyleClass().add("ws-chart-stack");
        stack.setMinSize(0, 0);
        Label volumeCaption = caption("Volume");
        Label lowerCaption = caption("");
        lowerCaption.textProperty().bind(Bindings.createStringBinding(() -> vm.lowerPaneProperty().get().label(),
                vm.lowerPaneProperty()));
        stack.addColumn(0, panes.price, captioned(panes.volume, volumeCaption), captioned(panes.lower, lowerCaption));
        stack.getColumnConstraints().add(grow());
        stack.getRowConstraints().addAll(share(62), share(14), share(24));
        setCenter(stack);
        Label status = new Label();
        status.getStyleClass().addAll("ws-chart-status", "muted");
        status.setId("chart-status");
        status.textProperty().bind(vm.messageProperty());
        setBottom(status);

        panes.setTheme(vm.themeProperty().get());
        panes.setLowerPane(vm.lowerPaneProperty().get());
        panes.setOverlays(enabledOverlays());
        panes.setData(vm.dataProperty().get());
        vm.themeProperty().addListener((obs, was, now) -> panes.setTheme(now));
        vm.lowerPaneProperty().addListener((obs, was, now) -> panes.setLowerPane(now));
        for (Overlay o : Overlay.values()) {
            vm.overlayProperty(o).addListener((obs, was, now) -> panes.setOverlays(enabledOverlays()));
        }
        vm.dataProperty().addListener((obs, was, now) -> {
            readout.setText("");
            panes.setData(now);
        });
        panes.price.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            double x = panes.price.getCanvas().sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            readout.setText(vm.barSummary(panes.barAt(x)));
        });
        panes.price.addEventFilter(MouseEvent.MOUSE_EXITED, e -> readout.setText(""));
    }

    /** The price chart (for tests and screenshots). */
    XYChart priceChart() {
        return panes.price;
    }

    /** The RSI / MACD chart (for tests). */
    XYChart lowerChart() {
        return panes.lower;
    }

    XYChart volumeChart() {
        return panes.volume;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("ws-chart-caption", "muted");
        l.setMouseTransparent(true);
        return l;
    }

    /** The pane with its name in the top-left corner, above the plot and out of the mouse's way. */
    private static StackPane captioned(Region chart, Label caption) {
        StackPane p = new StackPane(chart, caption);
        StackPane.setAlignment(caption, Pos.TOP_LEFT);
        p.setMinSize(0, 0);
        return p;
    }

    private static RowConstraints share(double percent) {
        RowConstraints r = new RowConstraints();
        r.setPercentHeight(percent);
        r.setVgrow(Priority.ALWAYS);
        r.setFillHeight(true);
        return r;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private Set<Overlay> enabledOverlays() {
        Set<Overlay> on = EnumSet.noneOf(Overlay.class);
        for (Overlay o : Overlay.values()) {
            if (vm.overlayProperty(o).get()) {
                on.add(o);
            }
        }
        return on;
    }

    private VBox header() {
        Label title = new Label();
        title.setId("chart-symbol");
        title.getStyleClass().add("ws-chart-symbol");
        title.textProperty().bind(vm.titleProperty());
        Label last = new Label();
        last.setId("chart-last");
        last.getStyleClass().add("ws-chart-last");
        last.textProperty().bind(vm.lastCloseTextProperty());
        Label change = new Label();
        change.setId("chart-change");
        change.getStyleClass().add("ws-chart-change");
        change.textProperty().bind(vm.changeTextProperty());
        vm.changeSignProperty().addListener((obs, was, now) -> signClass(change, now.intValue()));
        signClass(change, vm.changeSignProperty().get());
        readout.setId("chart-readout");
        readout.getStyleClass().addAll("ws-chart-readout", "muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        javafx.scene.layout.FlowPane overlays = new javafx.scene.layout.FlowPane(2, 2);
        overlays.setAlignment(Pos.CENTER_LEFT);
        for (Overlay o : Overlay.values()) {
            ToggleButton b = new ToggleButton(o.label());
            b.setId("chart-overlay-" + o.name());
            b.getStyleClass().add("ws-chart-toggle");
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip("Show or hide " + o.label()));
            Rectangle swatch = new Rectangle(10, 3);
            swatch.fillProperty().bind(Bindings.createObjectBinding(
                    () -> panes.colour(swatchToken(o)), vm.themeProperty()));
            b.setGraphic(swatch);
            b.setMinWidth(Region.USE_PREF_SIZE);           // wrap to a new row rather than truncate to "..."
            b.selectedProperty().bindBidirectional(vm.overlayProperty(o));
            overlays.getChildren().add(b);
        }

        ToggleGroup group = new ToggleGroup();
        HBox lower = new HBox(0);
        lower.getStyleClass().add("ws-chart-segment");
        for (LowerPane p : LowerPane.values()) {
            ToggleButton b = new ToggleButton(p.name());
            b.setId("chart-lower-" + p.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().add("ws-chart-toggle");
            b.setTooltip(new Tooltip(p.label()));
            b.setFocusTraversable(false);
            b.setToggleGroup(group);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setUserData(p);
            b.setSelected(vm.lowerPaneProperty().get() == p);
            lower.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one pane is always shown
            } else {
                vm.lowerPaneProperty().set((LowerPane) now.getUserData());
            }
        });
        vm.lowerPaneProperty().addListener((obs, was, now) -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));

        ToggleGroup frames = new ToggleGroup();
        HBox frameBox = new HBox(0);
        frameBox.getStyleClass().add("ws-chart-segment");
        for (Timeframe tf : Timeframe.values()) {
            String label = tf.key().substring(0, 1).toUpperCase(Locale.ROOT) + tf.key().substring(1);
            ToggleButton b = new ToggleButton(label);
            b.setId("chart-timeframe-" + tf.key());
            b.getStyleClass().add("ws-chart-toggle");
            b.setTooltip(new Tooltip(label + " bars" + (tf == Timeframe.DAILY ? ""
                    : ", resampled from the daily ones; the current period so far")));
            b.setFocusTraversable(false);
            b.setToggleGroup(frames);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setUserData(tf);
            b.setSelected(vm.timeframeProperty().get() == tf);
            frameBox.getChildren().add(b);
        }
        frames.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                vm.timeframeProperty().set((Timeframe) now.getUserData());
            }
        });
        vm.timeframeProperty().addListener((obs, was, now) -> frames.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));
        frameBox.setMinWidth(Region.USE_PREF_SIZE);

        VBox titleBox = new VBox(2, new HBox(10, title, last, change), readout);
        // the title on its own row; the toggles below it, wrapping when the pane is narrow
        HBox titleRow = new HBox(14, titleBox, spacer, frameBox);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        lower.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(12, overlays, lower);
        controls.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(overlays, Priority.ALWAYS);
        VBox header = new VBox(4, titleRow, controls);
        header.setPadding(new Insets(6, 10, 6, 10));
        header.getStyleClass().add("ws-chart-header");
        return header;
    }

    private static String swatchToken(Overlay o) {
        return switch (o) {
            case SMA_20 -> "-tx-series-2";
            case SMA_50 -> "-tx-series-1";
            case SMA_200 -> "-tx-series-3";
            case EMA_12 -> "-tx-series-4";
            case EMA_26 -> "-tx-series-5";
            case BOLLINGER -> "-tx-fg-muted";
            case KELTNER -> "-tx-warn";
            case SUPERTREND -> "-tx-up";
        };
    }

    private static void signClass(Label l, int sign) {
        l.getStyleClass().removeAll("up", "down");
        if (sign > 0) {
            l.getStyleClass().add("up");
        } else if (sign < 0) {
            l.getStyleClass().add("down");
        }
    }
}
