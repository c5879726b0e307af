package io.technic.app.ui.scan;

import io.technic.app.ui.editor.ExpressionEditor;
import io.technic.scanner.expr.Template;
import io.technic.scanner.model.Profile;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.controlsfx.control.CheckListView;

/** The scan form: source, universe filters, ranking options, Run/Cancel and live progress. Thin: all state is in {@link ScanViewModel}. */
public final class ScanView extends ScrollPane {

    private boolean syncing;

    /**
     * @param csvDirectory the folder the CSV and store choosers open in (settings), blank for the platform's default
     */
    public ScanView(ScanViewModel vm, javafx.beans.value.ObservableStringValue csvDirectory) {
        getStyleClass().add("ws-side-panel");
        setFitToWidth(true);
        setId("scan-view");

        ComboBox<SourceKind> source = new ComboBox<>();
        source.getItems().setAll(SourceKind.values());
        source.setId("source-kind");
        source.setMaxWidth(Double.MAX_VALUE);
        source.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SourceKind k, boolean empty) {
                super.updateItem(k, empty);
                textProperty().unbind();
                setText(empty || k == null ? null : k.label());
                disableProperty().unbind();
                if (k == SourceKind.LIVE) {
                    // open only once technic sync has filled the bar store; a disabled cell shows no
                    // tooltip, so its own text says why it is closed
                    textProperty().bind(vm.liveChoiceProperty());
                    disableProperty().bind(vm.liveAvailableProperty().not());
                    Tooltip tip = new Tooltip();
                    tip.setWrapText(true);
                    tip.setMaxWidth(420);
                    tip.textProperty().bind(vm.liveStatusProperty());
                    setTooltip(tip);
                } else {
                    setDisable(false);
                    setTooltip(null);
                }
            }
        });
        source.valueProperty().bindBidirectional(vm.sourceKindProperty());
        source.setOnShowing(e -> vm.refreshLive());
        Label live = wrapped("");
        live.setId("live-status");
        live.textProperty().bind(vm.liveStatusProperty());
        live.visibleProperty().bind(vm.sourceKindProperty().isEqualTo(SourceKind.LIVE));
        live.managedProperty().bind(live.visibleProperty());

        TextField sim = field("sim-spec", "sim  or  sim:symbols=2000,bars=500");
        sim.textProperty().bindBidirectional(vm.simSpecProperty());
        sim.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.refreshSectors();
            }
        });
        sim.visibleProperty().bind(vm.sourceKindProperty().isEqualTo(SourceKind.SIM));
        sim.managedProperty().bind(sim.visibleProperty());

        TextField csv = field("csv-path", "file.csv(.gz) or folder of per-symbol files");
        csv.textProperty().bindBidirectional(vm.csvPathProperty());
        csv.setOnAction(e -> vm.refreshSectors());
        Button file = new Button("File…");
        file.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("CSV bars file");
            startIn(csvDirectory).ifPresent(fc::setInitialDirectory);
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.csv.gz", "*.txt"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File f = fc.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.csvPathProperty().set(f.getAbsolutePath());
                vm.refreshSectors();
            }
        });
        Button folder = new Button("Folder…");
        folder.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            startIn(csvDirectory).ifPresent(dc::setInitialDirectory);
            File f = dc.showDialog(getScene().getWindow());
            if (f != null) {
                vm.csvPathProperty().set(f.getAbsolutePath());
                vm.refreshSectors();
            }
        });
        HBox.setHgrow(csv, Priority.ALWAYS);
        HBox csvRow = new HBox(4, csv, file, folder);
        csvRow.visibleProperty().bind(vm.sourceKindProperty().isEqualTo(SourceKind.CSV));
        csvRow.managedProperty().bind(csvRow.visibleProperty());
        source.valueProperty().addListener((o, was, now) -> vm.refreshSectors());
        TextField store = field("store-dir", "default: ~/.local/share/technic/bars");
        store.textProperty().bindBidirectional(vm.storeDirProperty());
        store.setOnAction(e -> vm.refreshSectors());
        Button storeFolder = new Button("Folder…");
        storeFolder.setOnAction(e -> {
            File f = new DirectoryChooser().showDialog(getScene().getWindow());
            if (f != null) {
                vm.storeDirProperty().set(f.getAbsolutePath());
                vm.refreshSectors();
            }
        });
        HBox.setHgrow(store, Priority.ALWAYS);
        HBox storeRow = new HBox(4, store, storeFolder);
        storeRow.visibleProperty().bind(vm.sourceKindProperty().isEqualTo(SourceKind.STORE));
        storeRow.managedProperty().bind(storeRow.visibleProperty());

        CheckListView<String> sectors = new CheckListView<>(vm.sectors());
        sectors.setId("sectors");
        sectors.setPrefHeight(150);
        sectors.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                syncing = true;
                vm.selectedSectors().setAll(List.copyOf(sectors.getCheckModel().getCheckedItems()));
                syncing = false;
            }
        });
        ListChangeListener<String> toChecks = c -> {
            if (!syncing) {
                syncing = true;
                sectors.getCheckModel().clearChecks();
                vm.selectedSectors().forEach(s -> sectors.getCheckModel().check(s));
                syncing = false;
            }
        };
        vm.selectedSectors().addListener(toChecks);
        vm.sectors().addListener(toChecks);
        Label sectorsHint = wrapped("");
        sectorsHint.textProperty().bind(Bindings.concat("Sectors (none checked = all)  ·  ", vm.sectorsStatusProperty()));

        GridPane filters = grid();
        TextField minPrice = field("min-price", "0");
        minPrice.textProperty().bindBidirectional(vm.minPriceProperty());
        TextField maxPrice = field("max-price", "none");
        maxPrice.textProperty().bindBidirectional(vm.maxPriceProperty());
        TextField minDv = field("min-dollar-volume", "e.g. 5M");
        minDv.textProperty().bindBidirectional(vm.minDollarVolumeProperty());
        TextField minHist = field("min-history", "bars");
        minHist.textProperty().bindBidirectional(vm.minHistoryProperty());
        filters.addRow(0, muted("Min price"), minPrice, muted("Max price"), maxPrice);
        filters.addRow(1, muted("Min $ vol"), minDv, muted("Min bars"), minHist);

        GridPane ranking = grid();
        ComboBox<Profile> profile = new ComboBox<>();
        profile.getItems().setAll(Profile.values());
        profile.setId("profile");
        profile.setMaxWidth(Double.MAX_VALUE);
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        DatePicker asOf = new DatePicker();
        asOf.setId("as-of");
        asOf.setPromptText("last date");
        asOf.setMaxWidth(Double.MAX_VALUE);
        asOf.valueProperty().bindBidirectional(vm.asOfProperty());
        TextField top = field("top-n", "0 = all");
        top.textProperty().bindBidirectional(vm.topNProperty());
        CheckBox neutral = new CheckBox("Sector-neutral factors");
        neutral.setId("sector-neutral");
        neutral.selectedProperty().bindBidirectional(vm.sectorNeutralProperty());
        ranking.addRow(0, muted("Profile"), profile);
        ranking.addRow(1, muted("As of"), asOf);
        ranking.addRow(2, muted("Top N"), top);
        ranking.add(neutral, 1, 3);

        Button run = new Button("Run scan");
        run.setId("run-scan");
        run.getStyleClass().add("ws-primary");
        run.setMaxWidth(Double.MAX_VALUE);
        run.disableProperty().bind(vm.canRunBinding().not());
        run.setOnAction(e -> vm.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-scan");
        cancel.setMaxWidth(Double.MAX_VALUE);
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        HBox.setHgrow(run, Priority.ALWAYS);
        HBox.setHgrow(cancel, Priority.ALWAYS);
        HBox buttons = new HBox(6, run, cancel);
        CheckBox offload = new CheckBox("Offload to remote workers");
        offload.setId("scan-offload");
        offload.getStyleClass().add("ws-offload");
        offload.selectedProperty().bindBidirectional(vm.offloadProperty());
        Label offloadHint = wrapped("");
        offloadHint.setId("scan-offload-hint");
        offloadHint.textProperty().bind(vm.offloadHintProperty());
        Label keys = muted("Ctrl+Enter runs  ·  Esc cancels");

        Label invalid = new Label();
        invalid.setId("scan-validation");
        invalid.getStyleClass().add("ws-error");
        invalid.setWrapText(true);
        invalid.textProperty().bind(vm.validationProperty());
        invalid.visibleProperty().bind(vm.validationProperty().isNotEmpty());
        invalid.managedProperty().bind(invalid.visibleProperty());

        Label stage = new Label();
        stage.setId("scan-stage");
        stage.getStyleClass().add("ws-stage");
        stage.textProperty().bind(vm.stageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("scan-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label progressText = wrapped("");
        progressText.setId("scan-progress-text");
        progressText.textProperty().bind(vm.progressTextProperty());
        Label cache = wrapped(ScanViewModel.CACHE_NOT_YET);
        cache.setId("scan-cache");
        cache.textProperty().bind(vm.cacheTextProperty());
        Label status = new Label();
        status.setId("scan-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        VBox box = new VBox(6,
                section("Source"), source, sim, csvRow, storeRow, live,
                wrapped("Fill the bar store with: technic store import --source csv:FILE. Live data: technic sync --provider polygon"),
                section("Universe"), sectorsHint, sectors, filters,
                section("Ranking"), ranking,
                buttons, keys, offload, offloadHint, invalid,
                section("Progress"), stage, bar, progressText, cache, status);
        // under Run, not above it: Run stays in view without scrolling on a 920-pixel window
        box.getChildren().addAll(box.getChildren().indexOf(invalid) + 1, screen(vm));
        box.setPadding(new Insets(10));
        box.getStyleClass().add("ws-form");
        setContent(box);
        vm.refreshSectors();
    }

    /** The where condition, the rank-by expression and a template to fill them ({@code technic scan --where/--rank-by/--template}). */
    private static List<javafx.scene.Node> screen(ScanViewModel vm) {
        ComboBox<Template> template = new ComboBox<>(vm.templates());
        template.setId("scan-template");
        template.setPromptText("Fill from a template…");
        template.setMaxWidth(Double.MAX_VALUE);
        template.setVisibleRowCount(14);
        template.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Template t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name() + (t.builtIn() ? "" : "  (saved)") + "  —  " + t.description());
            }
        });
        template.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Template t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? template.getPromptText() : t.name());
            }
        });
        template.setOnAction(e -> vm.applyTemplate(template.getValue()));
        Label templateHint = wrapped("");
        templateHint.setId("scan-template-description");
        templateHint.textProperty().bind(Bindings.createStringBinding(() -> template.getValue() == null
                ? "" : template.getValue().description(), template.valueProperty()));
        templateHint.visibleProperty().bind(templateHint.textProperty().isNotEmpty());
        templateHint.managedProperty().bind(templateHint.visibleProperty());
        Label templatesStatus = wrapped("");
        templatesStatus.getStyleClass().add("ws-error");
        templatesStatus.textProperty().bind(vm.templatesStatusProperty());
        templatesStatus.visibleProperty().bind(templatesStatus.textProperty().isNotEmpty());
        templatesStatus.managedProperty().bind(templatesStatus.visibleProperty());

        // before the editors show a restored problem: it must fit the side panel from the start
        vm.whereEditor().setProblemWidth(22);
        vm.rankByEditor().setProblemWidth(22);
        ExpressionEditor where = new ExpressionEditor(vm.whereEditor(), "scan-where", "e.g. close > sma(200) and rsi(14) < 30");
        ExpressionEditor rankBy = new ExpressionEditor(vm.rankByEditor(), "scan-rank-by", "e.g. roc(63) desc  (blank = MERIT)");
        // compact: the side panel's width, not the backtest window's
        where.area().setPrefWidth(200);
        rankBy.area().setPrefWidth(200);
        return List.of(section("Screen"), template, templateHint, templatesStatus,
                muted("Where (blank = every ranked row)"), where, muted("Rank by"), rankBy);
    }

    private static java.util.Optional<File> startIn(javafx.beans.value.ObservableStringValue dir) {
        String d = dir.get();
        return d == null || d.isBlank() || !new File(d).isDirectory() ? java.util.Optional.empty()
                : java.util.Optional.of(new File(d));
    }

    private static TextField field(String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.setPrefColumnCount(6);
        return t;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        javafx.scene.layout.ColumnConstraints label = new javafx.scene.layout.ColumnConstraints();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints field = new javafx.scene.layout.ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, field, label, field);
        g.setHgap(6);
        g.setVgap(6);
        return g;
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add("ws-section");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = muted(text);
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }
}
