package io.technic.app.ui.results;

import io.technic.scanner.model.ScanRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The ranked table (sortable, column chooser from the header's menu button, per-column filters,
 * quick search, score colour bands) and a second tab with the filtered and skipped symbols.
 * Thin: rows, filters and selection live in {@link ResultsViewModel}.
 */
public final class ResultsView extends BorderPane {

    private static final double ROW_HEIGHT = 22;

    private final ResultsViewModel vm;
    private final TableView<ScanRow> table = new TableView<>();
    private final TableView<ExcludedRow> excludedTable = new TableView<>();
    private final Map<String, TableColumn<ScanRow, ?>> byId = new HashMap<>();
    private final TextField search = new TextField();
    private final ComboBox<ResultColumn> filterColumn = new ComboBox<>();
    private final TextField filterExpression = new TextField();
    private final Label filterError = new Label();
    private final TabPane tabs = new TabPane();
    private List<ColumnState> pendingStates = List.of();

    public ResultsView(ResultsViewModel vm) {
        this.vm = vm;
        setId("results-view");
        getStyleClass().add("ws-results");

        search.setId("quick-search");
        search.setPromptText("Search symbol, name, sector  (Ctrl+F)");
        search.setPrefWidth(240);
        search.setMinWidth(160);
        search.textProperty().bindBidirectional(vm.searchProperty());

        filterColumn.setId("filter-column");
        filterColumn.setItems(vm.columns());
        filterColumn.setPromptText("Column");
        filterColumn.setConverter(new StringConverter<>() {
            @Override
            public String toString(ResultColumn c) {
                return c == null ? "" : c.title();
            }

            @Override
            public ResultColumn fromString(String s) {
                return null;
            }
        });
        filterExpression.setId("filter-expression");
        filterExpression.setPromptText(">=70   <20   10..50   text");
        filterExpression.setPrefWidth(130);
        filterExpression.setMinWidth(100);
        filterColumn.setMinWidth(100);
        filterExpression.setOnAction(e -> addFilter());
        Button add = new Button("Add filter");
        add.setId("add-filter");
        add.setOnAction(e -> addFilter());
        Button clear = new Button("Clear");
        clear.setId("clear-filters");
        clear.setOnAction(e -> vm.clearFilters());
        FlowPane chips = new FlowPane(4, 4);
        chips.setId("filter-chips");
        vm.filters().addListener((ListChangeListener<ColumnFilter>) c -> {
            chips.getChildren().clear();
            for (ColumnFilter f : vm.filters()) {
                Button chip = new Button(f.describe() + "  ✕");
                chip.getStyleClass().add("ws-chip");
                chip.setOnAction(e -> vm.removeFilter(f));
                chips.getChildren().add(chip);
            }
            markFilteredColumns();
        });
        filterError.getStyleClass().add("ws-error");
        filterError.setId("filter-error");
        HBox bar = new HBox(6, search, new Label("│"), filterColumn, filterExpression, add, clear, chips, filterError);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.getStyleClass().add("ws-filter-bar");
        HBox.setHgrow(chips, Priority.ALWAYS);
        for (var n : List.of(add, clear)) {
            n.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        chips.setMinWidth(0);
        filterError.setMinWidth(0);

        table.setId("results-table");
        table.getStyleClass().add("ws-table");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label("No rows: run a scan (Ctrl+Enter), or loosen the search and filters"));
        table.setItems(vm.rows());
        // The view model sorts (primitive keys, a few ms for 7,000 rows); the table only says by what.
        table.setSortPolicy(t -> {
            List<ResultsViewModel.SortKey> keys = new ArrayList<>();
            for (TableColumn<ScanRow, ?> c : t.getSortOrder()) {
                keys.add(new ResultsViewModel.SortKey(c.getId(), c.getSortType() == TableColumn.SortType.ASCENDING));
            }
            vm.sortBy(keys);
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> vm.select(row));
        // Replacing the rows (sort, search, filter) clears the table's selection; put it back.
        vm.rows().addListener((ListChangeListener<ScanRow>) c -> {
            ScanRow keep = vm.selectedProperty().get();
            if (keep != null && table.getSelectionModel().getSelectedItem() != keep) {
                table.getSelectionModel().select(keep);
            }
        });
        vm.selectedProperty().addListener((o, was, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        vm.columns().addListener((ListChangeListener<ResultColumn>) c -> rebuildColumns());
        rebuildColumns();

        excludedTable.setId("excluded-table");
        excludedTable.getStyleClass().add("ws-table");
        excludedTable.setFixedCellSize(ROW_HEIGHT);
        excludedTable.setItems(vm.excluded());
        excludedTable.setPlaceholder(new Label("Every symbol of the universe was ranked"));
        excludedTable.getColumns().add(textColumn("Symbol", 80, ExcludedRow::symbol));
        excludedTable.getColumns().add(textColumn("State", 80, ExcludedRow::state));
        excludedTable.getColumns().add(textColumn("Filter / reason", 170, ExcludedRow::reason));
        excludedTable.getColumns().add(textColumn("Detail", 520, ExcludedRow::detail));

        Tab ranked = new Tab("Ranked", table);
        ranked.setId("tab-ranked");
        Tab excluded = new Tab("Filtered & skipped", excludedTable);
        excluded.setId("tab-excluded");
        tabs.getTabs().setAll(ranked, excluded);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Label summary = new Label();
        summary.setId("results-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(vm.summaryProperty());
        VBox bottom = new VBox(summary);
        bottom.setPadding(new Insets(3, 8, 3, 8));
        bottom.getStyleClass().add("ws-summary");

        setTop(bar);
        setCenter(tabs);
        setBottom(bottom);
    }

    /** The ranked table (for keyboard focus, tests and layout persistence). */
    public TableView<ScanRow> table() {
        return table;
    }

    public TableView<ExcludedRow> excludedTable() {
        return excludedTable;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Focuses the quick search box. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Columns in display order with width and visibility. */
    public List<ColumnState> columnStates() {
        List<ColumnState> out = new ArrayList<>();
        for (TableColumn<ScanRow, ?> c : table.getColumns()) {
            out.add(new ColumnState(c.getId(), c.getWidth(), c.isVisible()));
        }
        return out;
    }

    /** Applies saved column order, widths and visibility (now, and again whenever the columns are rebuilt). */
    public void applyColumnStates(List<ColumnState> states) {
        pendingStates = states == null ? List.of() : List.copyOf(states);
        arrange();
    }

    private void addFilter() {
        ResultColumn c = filterColumn.getValue();
        if (c == null) {
            filterError.setText("Choose a column to filter");
            return;
        }
        try {
            vm.addFilter(c.id(), filterExpression.getText());
            filterExpression.clear();
            filterError.setText("");
        } catch (IllegalArgumentException e) {
            filterError.setText(e.getMessage());
        }
    }

    private void rebuildColumns() {
        List<TableColumn<ScanRow, ?>> cols = new ArrayList<>();
        for (ResultColumn rc : vm.columns()) {
            TableColumn<ScanRow, ?> col = byId.get(rc.id());
            if (col == null || !rc.equals(col.getUserData())) {
                col = rc.isNumeric() ? numberColumn(rc) : textColumn(rc);
                byId.put(rc.id(), col);
            }
            cols.add(col);
        }
        List<TableColumn<ScanRow, ?>> sortOrder = new ArrayList<>(table.getSortOrder());
        sortOrder.retainAll(cols);
        table.getColumns().setAll(cols);
        table.getSortOrder().setAll(sortOrder);
        arrange();
        markFilteredColumns();
    }

    private void arrange() {
        if (pendingStates.isEmpty()) {
            return;
        }
        List<TableColumn<ScanRow, ?>> ordered = new ArrayList<>();
        for (ColumnState s : pendingStates) {
            table.getColumns().stream().filter(c -> c.getId().equals(s.id())).findFirst().ifPresent(c -> {
                if (s.width() > 10) {
                    c.setPrefWidth(s.width());
                }
                c.setVisible(s.visible());
                ordered.add(c);
            });
        }
        for (TableColumn<ScanRow, ?> c : table.getColumns()) {
            if (!ordered.contains(c)) {
                ordered.add(c);
            }
        }
        if (!ordered.equals(table.getColumns())) {
            table.getColumns().setAll(ordered);
        }
    }

    private void markFilteredColumns() {
        for (TableColumn<ScanRow, ?> c : table.getColumns()) {
            boolean on = vm.filters().stream().anyMatch(f -> f.column().id().equals(c.getId()));
            c.getStyleClass().remove("ws-filtered");
            if (on) {
                c.getStyleClass().add("ws-filtered");
            }
        }
    }

    private TableColumn<ScanRow, Double> numberColumn(ResultColumn rc) {
        TableColumn<ScanRow, Double> col = base(rc, new TableColumn<>(rc.title()));
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(rc.numberOf(f.getValue())));
        col.setCellFactory(c -> new NumberCell(rc));
        col.getStyleClass().add("ws-num");
        col.setPrefWidth(rc.id().equals("rank") ? 46 : rc.kind() == ResultColumn.Kind.SCORE ? 62 : 66);
        return col;
    }

    private TableColumn<ScanRow, String> textColumn(ResultColumn rc) {
        TableColumn<ScanRow, String> col = base(rc, new TableColumn<>(rc.title()));
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(rc.text().apply(f.getValue())));
        col.setPrefWidth(switch (rc.id()) {
            case "symbol" -> 70;
            case "name" -> 190;
            default -> 150;
        });
        if (rc.id().equals("symbol")) {
            col.getStyleClass().add("ws-symbol");
        }
        return col;
    }

    private <T> TableColumn<ScanRow, T> base(ResultColumn rc, TableColumn<ScanRow, T> col) {
        col.setId(rc.id());
        col.setUserData(rc);
        MenuItem filter = new MenuItem("Filter " + rc.title() + " …");
        filter.setOnAction(e -> {
            filterColumn.setValue(rc);
            filterExpression.requestFocus();
        });
        MenuItem hide = new MenuItem("Hide column");
        hide.setOnAction(e -> col.setVisible(false));
        col.setContextMenu(new ContextMenu(filter, hide));
        return col;
    }

    private static <R> TableColumn<R, String> textColumn(String title, double width, java.util.function.Function<R, String> f) {
        TableColumn<R, String> col = new TableColumn<>(title);
        col.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    /** A right-aligned number; score cells carry their band as a pseudo-class. */
    private static final class NumberCell extends TableCell<ScanRow, Double> {
        private static final Map<ScoreBand, PseudoClass> BANDS = new HashMap<>();

        static {
            for (ScoreBand b : ScoreBand.values()) {
                if (b.pseudoClass() != null) {
                    BANDS.put(b, PseudoClass.getPseudoClass(b.pseudoClass()));
                }
            }
        }

        private final ResultColumn column;
        private final boolean banded;

        NumberCell(ResultColumn column) {
            this.column = column;
            this.banded = column.kind() == ResultColumn.Kind.SCORE;
            getStyleClass().add("ws-num-cell");
            if (banded) {
                getStyleClass().add("ws-score-cell");
            }
        }

        @Override
        protected void updateItem(Double v, boolean empty) {
            super.updateItem(v, empty);
            ScanRow row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            setText(empty || v == null || row == null ? null : column.format(row));
            if (banded) {
                ScoreBand band = empty || v == null ? ScoreBand.NEUTRAL : ScoreBand.of(v);
                BANDS.forEach((b, pc) -> pseudoClassStateChanged(pc, b == band));
            }
        }
    }
}
