package io.technic.app.ui.backtest;

import io.technic.app.ui.editor.ExpressionEditor;
import io.technic.app.ui.editor.ExpressionEditorModel;
import io.technic.scanner.backtest.Backtest;
import io.technic.scanner.backtest.BacktestResult;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The backtest screen: the form (condition, ranking, top N, range, hold, cost), the equity curve
 * of the top-N portfolio against the index and the equal-weight universe, and the statistics
 * table per forward horizon. State lives in {@link BacktestViewModel}.
 */
public final class BacktestView extends BorderPane {

    private final BacktestViewModel vm;
    private final LineChart<Number, Number> chart;
    private final TableView<BacktestViewModel.StatRow> table = new TableView<>();

    public BacktestView(BacktestViewModel vm) {
        this.vm = vm;
        setId("backtest-view");
        setPadding(new Insets(8));

        ExpressionEditor where = editor("backtest-where", vm.whereProperty(), ExpressionEditorModel.Role.CONDITION,
                "every symbol (e.g. close > weekly.sma(30))");
        ExpressionEditor rankBy = editor("backtest-rank-by", vm.rankByProperty(), ExpressionEditorModel.Role.RANKING,
                "e.g. merit desc or roc(63)");
        TextField top = field("backtest-top", vm.topProperty());
        TextField hold = field("backtest-hold", vm.holdProperty());
        TextField cost = field("backtest-cost", vm.costBpsProperty());
        top.setPrefColumnCount(4);
        hold.setPrefColumnCount(4);
        cost.setPrefColumnCount(4);
        DatePicker from = new DatePicker();
        from.setId("backtest-from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        from.setPromptText("2 years before To");
        DatePicker to = new DatePicker();
        to.setId("backtest-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        to.setPromptText("last date");
        Button run = new Button("▶ Backtest");
        run.setId("backtest-run");
        run.getStyleClass().add("ws-primary");
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.run());
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        MenuButton export = new MenuButton("Export");
        export.setId("backtest-export");
        export.disableProperty().bind(vm.resultProperty().isNull());
        export.getItems().setAll(exportItem("JSON…", "json", BacktestViewModel.ExportKind.JSON),
                exportItem("Picks as CSV…", "csv", BacktestViewModel.ExportKind.PICKS_CSV),
                exportItem("Equity curve as CSV…", "csv", BacktestViewModel.ExportKind.EQUITY_CSV));

        GridPane form = new GridPane(8, 6);
        form.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        Label scanLabel = new Label("Scan");
        Label rankLabel = new Label("Rank by");
        for (Label l : List.of(scanLabel, rankLabel)) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            GridPane.setValignment(l, javafx.geometry.VPos.TOP);
            l.setPadding(new Insets(6, 0, 0, 0));
        }
        form.addRow(0, scanLabel, where, rankLabel, rankBy);
        form.addRow(1, new Label("From"), new HBox(6, from, new Label("To"), to), new Label("Top N"),
                new HBox(6, top, new Label("Hold (days)"), hold, new Label("Cost (bps)"), cost, run, export));
        keepLabelsWhole(form);
        GridPane.setHgrow(where, Priority.ALWAYS);
        GridPane.setHgrow(rankBy, Priority.ALWAYS);
        Label status = new Label();
        status.setId("backtest-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());
        Label summary = new Label();
        summary.setId("backtest-summary");
        summary.textProperty().bind(vm.summaryProperty());
        setTop(new VBox(6, form, status, summary));

        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return LocalDate.ofEpochDay(n.longValue()).toString();
            }

            @Override
            public Number fromString(String s) {
                return LocalDate.parse(s).toEpochDay();
            }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setLabel("growth of 1");
        chart = new LineChart<>(x, y);
        chart.setId("backtest-equity");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setTitle("Equity curve");

        table.setId("backtest-stats");
        table.setItems(vm.stats());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BacktestViewModel.StatRow, String> measure = new TableColumn<>("Measure");
        measure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().measure()));
        measure.setPrefWidth(220);
        table.getColumns().add(measure);
        for (int h = 0; h < Backtest.HORIZONS.length; h++) {
            int k = h;
            TableColumn<BacktestViewModel.StatRow, String> col = new TableColumn<>(Backtest.HORIZONS[h] == 1 ? "1 day" : Backtest.HORIZONS[h] + " days");
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().values().get(k)));
            table.getColumns().add(col);
        }
        table.setPlaceholder(new Label("Run a backtest to see its statistics"));

        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
        vm.resultProperty().addListener((o, was, r) -> plot(r));
        plot(vm.resultProperty().get());
    }

    private void plot(BacktestResult r) {
        if (r == null) {
            chart.getData().clear();
            return;
        }
        XYChart.Series<Number, Number> portfolio = new XYChart.Series<>();
        portfolio.setName("Top " + r.spec().top() + " portfolio (after costs)");
        XYChart.Series<Number, Number> index = new XYChart.Series<>();
        index.setName("Index");
        XYChart.Series<Number, Number> universe = new XYChart.Series<>();
        universe.setName("Universe (equal weight)");
        for (BacktestResult.EquityPoint p : r.equity()) {
            long d = p.date().toEpochDay();
            portfolio.getData().add(new XYChart.Data<>(d, p.portfolio()));
            if (Double.isFinite(p.index())) {
                index.getData().add(new XYChart.Data<>(d, p.index()));
            }
            universe.getData().add(new XYChart.Data<>(d, p.universe()));
        }
        chart.getData().setAll(List.of(portfolio, index, universe));
    }

    private MenuItem exportItem(String text, String ext, BacktestViewModel.ExportKind kind) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Export the backtest");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
            fc.setInitialFileName("technic-backtest" + (kind == BacktestViewModel.ExportKind.EQUITY_CSV ? "-equity"
                    : kind == BacktestViewModel.ExportKind.PICKS_CSV ? "-picks" : "") + "." + ext);
            File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                Path p = f.toPath();
                vm.export(p.getFileName().toString().endsWith("." + ext) ? p : p.resolveSibling(p.getFileName() + "." + ext), kind);
            }
        });
        return m;
    }

    /** Labels keep their text whole when the editors take the width. */
    private static void keepLabelsWhole(javafx.scene.Parent parent) {
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof Label l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            } else if (n instanceof HBox box) {
                keepLabelsWhole(box);
            }
        }
    }

    private static ExpressionEditor editor(String id, javafx.beans.property.StringProperty p,
                                           ExpressionEditorModel.Role role, String prompt) {
        ExpressionEditorModel m = new ExpressionEditorModel(role);
        m.textProperty().set(p.get() == null ? "" : p.get());
        m.textProperty().bindBidirectional(p);
        return new ExpressionEditor(m, id, prompt);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    /** The equity chart (for tests). */
    LineChart<Number, Number> chart() {
        return chart;
    }

    /** The statistics table (for tests). */
    TableView<BacktestViewModel.StatRow> table() {
        return table;
    }
}
