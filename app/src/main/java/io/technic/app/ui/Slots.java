package io.technic.app.ui;

import io.technic.app.ui.scan.ScanEvents;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanResult;
import io.technic.themes.Theme;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The chart and dashboard slots of the main window, the one place their views and view models
 * are created. Until the chart/dashboard branch is merged they hold clearly labelled
 * placeholders (ids {@code chart-slot}, {@code dashboard-slot}) that honour the same contract.
 *
 * <p>Merging that branch is these two method bodies:
 * <pre>{@code
 * static Chart chart() {
 *     ChartViewModel vm = new ChartViewModel();
 *     return new Chart(new ChartView(vm), vm::show, vm::setTheme, vm.symbolProperty());
 * }
 * static Dashboard dashboard() {
 *     DashboardViewModel vm = new DashboardViewModel();
 *     return new Dashboard(new DashboardView(vm), new ScanEvents() {
 *         public void onProgress(ScanProgress p) { vm.onProgress(p); }
 *         public void onResult(ScanResult r) { vm.onResult(r); }
 *         public void onCancelled() { vm.onCancelled(); }
 *         public void onFailed(Throwable t) { vm.onFailed(t); }
 *     }, vm::setTheme);
 * }
 * }</pre>
 */
final class Slots {

    private Slots() {}

    /**
     * The chart slot.
     *
     * @param show   shows a symbol of a market (FX thread; the chart computes off-thread)
     * @param symbol the symbol shown
     */
    record Chart(Node view, BiConsumer<Market, String> show, Consumer<Theme> theme, ReadOnlyStringProperty symbol) {}

    /** The dashboard slot; {@code events} receives every scan's progress and outcome on the FX thread. */
    record Dashboard(Node view, ScanEvents events, Consumer<Theme> theme) {}

    static Chart chart() {
        ReadOnlyStringWrapper symbol = new ReadOnlyStringWrapper("");
        Label title = new Label("Chart");
        title.getStyleClass().add("ws-section");
        Label shown = new Label("Select a row: the ChartFX chart (candles, volume, overlays) arrives with the chart branch");
        shown.setId("chart-slot-symbol");
        shown.getStyleClass().add("muted");
        shown.setWrapText(true);
        StackPane body = new StackPane(shown);
        body.getStyleClass().add("ws-placeholder");
        BorderPane pane = new BorderPane(body, title, null, null, null);
        pane.setId("chart-slot");
        pane.setPadding(new Insets(6));
        return new Chart(pane, (market, sym) -> {
            symbol.set(sym);
            shown.setText(String.format(Locale.ROOT, "%s  ·  %,d symbols loaded  ·  chart view arrives with the chart branch",
                    sym, market.size()));
        }, theme -> { }, symbol.getReadOnlyProperty());
    }

    static Dashboard dashboard() {
        Label scan = tile("Last scan", "–");
        Label rate = tile("Symbols/s", "–");
        Label stages = tile("Stage timings", "–");
        Label cache = tile("Cache hit rate", "n/a (issue 6)");
        Label source = tile("Result source", "–");
        Label regime = tile("Regime", "–");
        HBox strip = new HBox(8, scan.getParent(), rate.getParent(), stages.getParent(), cache.getParent(),
                source.getParent(), regime.getParent());
        strip.setId("dashboard-slot");
        strip.getStyleClass().add("ws-dashboard");
        strip.setPadding(new Insets(6, 8, 6, 8));
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        ScanEvents events = new ScanEvents() {
            @Override
            public void onProgress(ScanProgress p) {
                scan.setText(p.stage().name() + " " + Math.round(100 * p.fraction()) + "%");
                rate.setText(String.format(Locale.ROOT, "%,.0f", p.symbolsPerSecond()));
            }

            @Override
            public void onResult(ScanResult r) {
                scan.setText(String.format(Locale.ROOT, "%,.0f ms", r.metrics().totalMillis()));
                rate.setText(String.format(Locale.ROOT, "%,.0f", r.metrics().symbolsPerSecond()));
                StringBuilder sb = new StringBuilder();
                r.metrics().stageMillis().forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "  ")
                        .append(k.substring(0, Math.min(4, k.length()))).append(' ').append(Math.round(v)));
                stages.setText(sb.toString());
                source.setText(r.metrics().source() + " · " + r.metrics().threads() + " threads");
                regime.setText(r.regime() == null ? "–" : r.regime().name().name());
            }

            @Override
            public void onCancelled() {
                scan.setText("cancelled");
            }

            @Override
            public void onFailed(Throwable t) {
                scan.setText("failed");
            }
        };
        return new Dashboard(strip, events, theme -> { });
    }

    private static Label tile(String title, String value) {
        Label t = new Label(title.toUpperCase(Locale.ROOT));
        t.getStyleClass().add("ws-tile-title");
        Label v = new Label(value);
        v.getStyleClass().add("ws-tile-value");
        VBox box = new VBox(2, t, v);
        box.getStyleClass().add("ws-tile");
        box.setPadding(new Insets(6, 10, 6, 10));
        box.setMaxWidth(Double.MAX_VALUE);
        return v;
    }
}
