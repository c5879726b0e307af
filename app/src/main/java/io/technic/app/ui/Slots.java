package io.technic.app.ui;

import io.technic.app.ui.chart.ChartView;
import io.technic.app.ui.chart.ChartViewModel;
import io.technic.app.ui.dashboard.DashboardView;
import io.technic.app.ui.dashboard.DashboardViewModel;
import io.technic.app.ui.scan.ScanEvents;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanResult;
import io.technic.themes.Theme;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The chart and dashboard slots of the main window, the one place their views and view models
 * are created and adapted to what the main window needs. Each view sits in a pane with a stable
 * slot id ({@code chart-slot}, {@code dashboard-slot}), so the layout and its tests do not
 * depend on the views' own ids.
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
        ChartViewModel vm = new ChartViewModel();
        return new Chart(slot("chart-slot", new ChartView(vm)), vm::show, vm::setTheme, vm.symbolProperty());
    }

    static Dashboard dashboard() {
        DashboardViewModel vm = new DashboardViewModel();
        ScanEvents events = new ScanEvents() {
            @Override
            public void onProgress(ScanProgress p) {
                vm.onProgress(p);
            }

            @Override
            public void onResult(ScanResult r) {
                vm.onResult(r);
            }

            @Override
            public void onCancelled() {
                vm.onCancelled();
            }

            @Override
            public void onFailed(Throwable t) {
                vm.onFailed(t);
            }
        };
        DashboardView view = new DashboardView(vm);
        // One row of tiles under the toolbar, scrolling sideways when the window is narrower than
        // the strip, instead of wrapping into a second row that would take the table's height.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(view);
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);     // the tiles share the width; a scroll bar only below their minimum
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("ws-dashboard-scroll");
        return new Dashboard(slot("dashboard-slot", scroll), events, vm::setTheme);
    }

    private static Node slot(String id, Node view) {
        StackPane p = new StackPane(view);
        p.setId(id);
        return p;
    }
}
