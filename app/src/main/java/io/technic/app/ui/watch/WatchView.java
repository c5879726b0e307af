package io.technic.app.ui.watch;

import io.technic.app.ui.results.ScoreBand;
import io.technic.scanner.watch.Alert;
import io.technic.scanner.watch.AlertRule;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polyline;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * The watchlist screen: a bar with monitoring on/off, interval, source and status; the lists on
 * the left; the selected list's symbols with last price, change, sparkline and scores in the
 * centre; the rules with the alert editor and the alert history below. Alerts also raise a
 * ControlsFX notification. Thin: all state is in {@link WatchViewModel}.
 */
public final class WatchView extends BorderPane {

    private final WatchViewModel vm;
    private final TableView<WatchRow> table = new TableView<>();
    private boolean notifications = true;

    public WatchView(WatchViewModel vm) {
        this.vm = vm;
        setId("watch-view");
        getStyleClass().add("ws-watch");
        Label status = new Label();
        status.setId("watch-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(0, 6, 2, 8));
        setTop(new VBox(bar(), lists(), status));
        javafx.scene.control.TabPane bottom = new javafx.scene.control.TabPane();
        bottom.setId("watch-bottom");
        bottom.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        javafx.scene.control.Tab alertsTab = new javafx.scene.control.Tab("Alerts", alerts());
        alertsTab.setId("tab-alerts");
        vm.alerts().addListener((ListChangeListener<Alert>) c -> alertsTab.setText("Alerts (" + vm.alerts().size() + ")"));
        javafx.scene.control.Tab rulesTab = new javafx.scene.control.Tab("Rules", rules());
        rulesTab.setId("tab-rules");
        bottom.getTabs().setAll(alertsTab, rulesTab);
        SplitPane all = new SplitPane(symbols(), bottom);
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(0.56);
        setCenter(all);
        vm.setNotifier(this::notify);
    }

    /** Turns desktop notifications off (tests, or a trader who only wants the pane). */
    public void setNotifications(boolean on) {
        notifications = on;
    }

    public TableView<WatchRow> table() {
        return table;
    }

    private ToolBar bar() {
        ToggleButton monitor = new ToggleButton("● Monitor");
        monitor.setId("watch-monitor");
        monitor.selectedProperty().bindBidirectional(vm.monitoringProperty());
        Spinner<Integer> interval = new Spinner<>(1, 3600, vm.intervalSecondsProperty().get());
        interval.setId("watch-interval");
        interval.setEditable(true);
        interval.setPrefWidth(80);
        interval.getValueFactory().valueProperty().addListener((o, a, b) -> vm.intervalSecondsProperty().set(b == null ? 2 : b));
        TextField source = new TextField();
        source.setId("watch-source");
        source.setPrefColumnCount(14);
        source.textProperty().bindBidirectional(vm.sourceProperty());
        source.disableProperty().bind(vm.monitoringProperty());
        source.setPromptText("sim or polygon");
        ToolBar bar = new ToolBar(monitor, muted("every"), interval, muted("s   source"), source);
        bar.getStyleClass().add("ws-watch-bar");
        return bar;
    }

    private HBox lists() {
        ComboBox<String> lists = new ComboBox<>(vm.lists());
        lists.setId("watch-lists");
        lists.setPromptText("No watchlist");
        lists.setPrefWidth(170);
        lists.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedListProperty().set(b);
            }
        });
        vm.selectedListProperty().addListener((o, a, b) -> lists.setValue(b));
        javafx.scene.control.MenuItem create = menuItem("New…", () -> ask("New watchlist", "Name", "").ifPresent(vm::createList));
        create.setId("watch-new");
        javafx.scene.control.MenuItem rename = menuItem("Rename…", () -> ask("Rename watchlist", "New name",
                vm.selectedListProperty().get()).ifPresent(vm::renameList));
        javafx.scene.control.MenuItem delete = menuItem("Delete", vm::deleteList);
        javafx.scene.control.MenuItem imp = menuItem("Import CSV…", () -> {
            File f = chooser("Import symbols (CSV)").showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.importCsv(f.toPath());
            }
        });
        javafx.scene.control.MenuItem exp = menuItem("Export CSV…", () -> {
            FileChooser fc = chooser("Export symbols (CSV)");
            fc.setInitialFileName((vm.selectedListProperty().get() == null ? "watchlist" : vm.selectedListProperty().get()) + ".csv");
            File f = fc.showSaveDialog(getScene().getWindow());
            if (f != null) {
                vm.exportCsv(f.toPath());
            }
        });
        for (javafx.scene.control.MenuItem m : List.of(rename, delete, exp)) {
            m.disableProperty().bind(vm.selectedListProperty().isNull());
        }
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton("List");
        menu.setId("watch-list-menu");
        menu.getItems().setAll(create, rename, delete, new javafx.scene.control.SeparatorMenuItem(), imp, exp);
        TextField add = new TextField();
        add.setId("watch-add-field");
        add.setPromptText("Add symbols: AAPL, MSFT …");
        HBox.setHgrow(add, Priority.ALWAYS);
        Runnable doAdd = () -> {
            if (vm.addSymbols(add.getText())) {
                add.clear();
            }
        };
        add.setOnAction(e -> doAdd.run());
        Button addButton = small("Add", doAdd);
        addButton.setId("watch-add");
        Button remove = small("Remove", () -> vm.removeSymbols(
                table.getSelectionModel().getSelectedItems().stream().map(WatchRow::symbol).toList()));
        remove.setId("watch-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox row = new HBox(6, lists, menu, add, addButton, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 6, 4, 6));
        return row;
    }

    private VBox symbols() {
        table.setId("watch-table");
        table.getStyleClass().add("ws-table");
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        // the first live rows select their first symbol, so the chart has something to show
        vm.rows().addListener((ListChangeListener<WatchRow>) c -> {
            if (table.getSelectionModel().isEmpty() && !vm.rows().isEmpty() && !Double.isNaN(vm.rows().getFirst().last())) {
                table.getSelectionModel().select(0);
            }
        });
        table.setPlaceholder(muted("No symbols: type some above, import a CSV, or use Scan → Add selected to watchlist"));
        TableColumn<WatchRow, String> sym = new TableColumn<>("Symbol");
        sym.setId("w-symbol");
        sym.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().symbol()));
        sym.getStyleClass().add("ws-symbol");
        sym.setPrefWidth(62);
        TableColumn<WatchRow, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(120);
        TableColumn<WatchRow, WatchRow> spark = new TableColumn<>("30 bars");
        spark.setId("w-spark");
        spark.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        spark.setCellFactory(c -> new SparkCell());
        spark.setPrefWidth(88);
        spark.setSortable(false);
        table.getColumns().setAll(List.of(sym, name,
                number("Last", "w-last", WatchRow::last, v -> price(v), false),
                number("Chg %", "w-change", WatchRow::changePct, v -> String.format(Locale.ROOT, "%+.2f", v), false),
                spark,
                number("MERIT", "w-merit", WatchRow::merit, v -> String.format(Locale.ROOT, "%.1f", v), true),
                number("Rank", "w-rank", r -> r.rank() == 0 ? Double.NaN : r.rank(), v -> String.format(Locale.ROOT, "%.0f", v), false),
                number("Tech", "w-tech", WatchRow::techRating, v -> String.format(Locale.ROOT, "%.1f", v), true),
                number("RSI", "w-rsi", WatchRow::rsi, v -> String.format(Locale.ROOT, "%.1f", v), false),
                number("Volume", "w-volume", WatchRow::volume, v -> String.format(Locale.ROOT, "%,.0f", v), false)));
        VBox box = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 6, 0, 6));
        return box;
    }

    private VBox rules() {
        TableView<AlertRule> rules = new TableView<>(vm.rules());
        rules.setId("watch-rules");
        rules.getStyleClass().add("ws-table");
        rules.setPlaceholder(muted("No alert rules yet"));
        rules.getColumns().setAll(List.of(text("Rule", AlertRule::id, 130), text("On", AlertRule::target, 120),
                text("When", vm::describe, 330)));
        ComboBox<AlertRule.Kind> kind = new ComboBox<>();
        kind.setId("rule-kind");
        kind.getItems().setAll(AlertRule.Kind.values());
        kind.valueProperty().bindBidirectional(vm.ruleKindProperty());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AlertRule.Kind k) {
                return k == null ? "" : k == AlertRule.Kind.CONDITION ? "Condition on the list" : "New entrants to a scan";
            }

            @Override
            public AlertRule.Kind fromString(String s) {
                return null;
            }
        });
        TextField when = field("rule-when", vm.ruleWhenProperty(), "e.g. crosses_above(close, sma(50)), rsi(14) < 30, rank <= 20");
        TextField rearm = field("rule-rearm", vm.ruleRearmProperty(), "re-arm when (optional), e.g. rsi(14) > 35");
        TextField where = field("rule-where", vm.ruleScanWhereProperty(), "scan condition, e.g. rsi(14) < 30");
        TextField top = field("rule-top", vm.ruleTopProperty(), "20");
        top.setPrefColumnCount(4);
        TextField cooldown = field("rule-cooldown", vm.ruleCooldownProperty(), "minutes");
        cooldown.setPrefColumnCount(4);
        var isCondition = vm.ruleKindProperty().isEqualTo(AlertRule.Kind.CONDITION);
        when.disableProperty().bind(isCondition.not());
        rearm.disableProperty().bind(isCondition.not());
        where.disableProperty().bind(isCondition);
        top.disableProperty().bind(isCondition);
        Button add = small("Add rule", vm::addRule);
        add.setId("rule-add");
        Button remove = small("Remove rule", () -> {
            AlertRule r = rules.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.removeRule(r.id());
            }
        });
        remove.disableProperty().bind(rules.getSelectionModel().selectedItemProperty().isNull());
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.getStyleClass().add("ws-watch-form");
        form.addRow(0, muted("Kind"), kind, muted("Cool-down"), new HBox(4, cooldown, muted("min")));
        form.addRow(1, muted("When"), when);
        GridPane.setColumnSpan(when, 3);
        form.addRow(2, muted("Re-arm"), rearm);
        GridPane.setColumnSpan(rearm, 3);
        form.addRow(3, muted("Scan"), where, muted("Top"), top);
        form.addRow(4, new Region(), new HBox(6, add, remove));
        GridPane.setHgrow(when, Priority.ALWAYS);
        GridPane.setHgrow(where, Priority.ALWAYS);
        VBox box = new VBox(6, rules, form);
        VBox.setVgrow(rules, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private VBox alerts() {
        TableView<Alert> alerts = new TableView<>(vm.alerts());
        alerts.setId("watch-alerts");
        alerts.getStyleClass().add("ws-table");
        alerts.setPlaceholder(muted("No alerts yet: turn monitoring on"));
        TableColumn<Alert, String> price = text("Price", a -> price(a.price()), 70);
        price.getStyleClass().add("ws-num");
        alerts.getColumns().setAll(List.of(text("Time (ET)", WatchViewModel::time, 132), text("Rule", Alert::rule, 112),
                text("Symbol", Alert::symbol, 64), price, text("What", Alert::message, 280)));
        VBox box = new VBox(alerts);
        VBox.setVgrow(alerts, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    /** One notification per tick: the alert itself, or a summary when several fire at once. */
    private void notify(List<Alert> fired) {
        if (!notifications || getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return;
        }
        Alert a = fired.getFirst();
        String title = fired.size() == 1 ? a.symbol() + "  " + price(a.price())
                : fired.size() + " alerts: " + String.join(", ", fired.stream().limit(4).map(Alert::symbol).toList())
                        + (fired.size() > 4 ? " …" : "");
        String text = fired.size() == 1 ? a.message() + "\n" + a.rule() + " · " + WatchViewModel.time(a) + " ET"
                : a.symbol() + ": " + a.message() + "\n… see the Alerts pane · " + WatchViewModel.time(a) + " ET";
        try {
            Notifications n = Notifications.create().owner(getScene().getWindow()).title(title).text(text)
                    .hideAfter(Duration.seconds(6));
            if (getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css"))) {
                n = n.darkStyle();
            }
            n.showInformation();
        } catch (RuntimeException e) {
            notifications = false;     // no notification support here (e.g. no screen): the pane still shows them
        }
    }

    private static String price(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, v >= 1 ? "%,.2f" : "%.4f", v);
    }

    private static TableColumn<WatchRow, Number> number(String title, String id, ToDoubleFunction<WatchRow> value,
                                                       Function<Double, String> format, boolean banded) {
        TableColumn<WatchRow, Number> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(r.getValue())));
        c.setCellFactory(col -> new NumberCell(format, banded, id.equals("w-change")));
        c.setComparator((x, y) -> Double.compare(x == null ? Double.NaN : x.doubleValue(), y == null ? Double.NaN : y.doubleValue()));
        c.getStyleClass().add("ws-num");
        c.setPrefWidth(id.equals("w-volume") ? 88 : id.equals("w-rank") ? 46 : banded ? 54 : 62);
        return c;
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setPromptText(prompt);
        return f;
    }

    private static javafx.scene.control.MenuItem menuItem(String text, Runnable action) {
        javafx.scene.control.MenuItem m = new javafx.scene.control.MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Button small(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }


    private java.util.Optional<String> ask(String title, String label, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(label);
        d.initOwner(getScene().getWindow());
        d.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        return d.showAndWait();
    }

    private static FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        return fc;
    }

    /** A right-aligned number; score cells carry their band, changes their direction. */
    private static final class NumberCell extends TableCell<WatchRow, Number> {
        private static final Map<ScoreBand, PseudoClass> BANDS = new HashMap<>();

        static {
            for (ScoreBand b : ScoreBand.values()) {
                if (b.pseudoClass() != null) {
                    BANDS.put(b, PseudoClass.getPseudoClass(b.pseudoClass()));
                }
            }
        }

        private final Function<Double, String> format;
        private final boolean banded;
        private final boolean signed;

        NumberCell(Function<Double, String> format, boolean banded, boolean signed) {
            this.format = format;
            this.banded = banded;
            this.signed = signed;
            getStyleClass().add("ws-num-cell");
            if (banded) {
                getStyleClass().add("ws-score-cell");
            }
        }

        @Override
        protected void updateItem(Number v, boolean empty) {
            super.updateItem(v, empty);
            boolean known = !empty && v != null && !Double.isNaN(v.doubleValue());
            setText(empty ? null : known ? format.apply(v.doubleValue()) : "–");
            if (banded) {
                ScoreBand band = known ? ScoreBand.of(v.doubleValue()) : ScoreBand.NEUTRAL;
                BANDS.forEach((b, pc) -> pseudoClassStateChanged(pc, b == band));
            }
            if (signed) {
                getStyleClass().removeAll("up", "down");
                if (known && v.doubleValue() != 0) {
                    getStyleClass().add(v.doubleValue() > 0 ? "up" : "down");
                }
            }
        }
    }

    /** The last closes as a line, coloured by the move over the span. */
    private static final class SparkCell extends TableCell<WatchRow, WatchRow> {
        private final Polyline line = new Polyline();

        SparkCell() {
            line.getStyleClass().add("ws-spark");
            setGraphic(null);
        }

        @Override
        protected void updateItem(WatchRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null || r.spark().length < 2) {
                setGraphic(null);
                return;
            }
            double[] s = r.spark();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : s) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double w = 80;
            double h = 16;
            Double[] pts = new Double[s.length * 2];
            for (int i = 0; i < s.length; i++) {
                pts[2 * i] = w * i / (s.length - 1);
                pts[2 * i + 1] = hi == lo ? h / 2 : h - h * (s[i] - lo) / (hi - lo);
            }
            line.getPoints().setAll(pts);
            line.getStyleClass().removeAll("up", "down");
            line.getStyleClass().add(s[s.length - 1] >= s[0] ? "up" : "down");
            setGraphic(line);
        }
    }
}
