package io.technic.app.ui;

import io.technic.app.ui.backtest.BacktestView;
import io.technic.app.ui.backtest.BacktestViewModel;
import io.technic.app.ui.export.ExportViewModel;
import io.technic.app.ui.fx.FxGate;
import io.technic.app.ui.fx.PulseMonitor;
import io.technic.app.ui.results.ExplanationView;
import io.technic.app.ui.results.ExplanationViewModel;
import io.technic.app.ui.results.ResultsView;
import io.technic.app.ui.results.ResultsViewModel;
import io.technic.app.ui.scan.ScanEvents;
import io.technic.app.ui.scan.ScanView;
import io.technic.app.ui.scan.ScanViewModel;
import io.technic.app.ui.service.EngineWatchService;
import io.technic.app.ui.service.ScanService;
import io.technic.app.ui.service.WatchService;
import io.technic.app.ui.service.EngineConnectionTester;
import io.technic.app.ui.service.OffloadConfig;
import io.technic.scanner.data.polygon.PolygonKey;
import io.technic.app.ui.settings.ConnectionsViewModel;
import io.technic.app.ui.settings.SettingsView;
import io.technic.scanner.secret.Secrets;
import io.technic.app.ui.settings.SettingsViewModel;
import io.technic.app.ui.settings.WorkspaceState;
import io.technic.scanner.expr.TemplateStore;
import io.technic.app.ui.settings.WorkspaceStore;
import io.technic.app.ui.watch.WatchView;
import io.technic.app.ui.watch.WatchViewModel;
import io.technic.scanner.export.ResultFormat;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.themes.Theme;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's main window and composition root of the UI: creates every view model and
 * view (chart and dashboard through {@link Slots}), wires them, and restores and saves the
 * workspace. Layout: menu and toolbar on top, the dashboard strip under them, then scan and
 * settings on the left, the ranked table in the centre, chart over explanation on the right, and
 * a status bar with the scan's progress at the bottom.
 */
public final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final KeyCombination RUN_KEY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final ScanService service;
    private final WatchService watchService;
    private final WorkspaceStore store;
    private final ScanViewModel scan;
    private final ResultsViewModel results = new ResultsViewModel();
    private final ExplanationViewModel explanation = new ExplanationViewModel();
    private final SettingsViewModel settings = new SettingsViewModel();
    private final ConnectionsViewModel connections;
    private final ExportViewModel export;
    private final Slots.Chart chart = Slots.chart();
    private final Slots.Dashboard dashboard = Slots.dashboard();
    private final PulseMonitor pulse = new PulseMonitor();
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "technic-ui-io");
        t.setDaemon(true);
        return t;
    });

    private final BorderPane root = new BorderPane();
    private final ResultsView resultsView;
    private final WatchViewModel watch;
    private final WatchView watchView;
    private final TabPane center = new TabPane();
    private final SplitPane main = new SplitPane();
    private final SplitPane right = new SplitPane();
    private final TabPane sidebar = new TabPane();
    private final StatusBar statusBar = new StatusBar();
    private final Label pulseLabel = new Label("FX pulse gap: –");
    private String loadWarning;
    private double lastPulseGapMillis = Double.NaN;
    private String lastPulseReport = "";
    private Stage stage;
    private final BacktestViewModel backtest;
    private Stage backtestStage;

    /** A window whose watchlists live beside its settings file. */
    public MainWindow(ScanService service, WorkspaceStore store) {
        this(service, store, new EngineWatchService(store.file().toAbsolutePath().getParent()));
    }

    public MainWindow(ScanService service, WorkspaceStore store, WatchService watchService) {
        this(service, store, watchService, Secrets.system(store.file().toAbsolutePath().getParent()));
    }

    /**
     * @param secrets the credentials (environment, then the OS keychain or private files) the
     *                offload settings and the Polygon key are kept in
     */
    public MainWindow(ScanService service, WorkspaceStore store, WatchService watchService, Secrets secrets) {
        this.service = service;
        this.connections = new ConnectionsViewModel(secrets,
                new EngineConnectionTester(java.time.Duration.ofSeconds(5)),
                PolygonKey.defaultFile(store.file().toAbsolutePath().getParent()),
                io, FxGate.EXECUTOR);
        this.watchService = watchService;
        this.store = store;
        this.watch = new WatchViewModel(watchService, FxGate.EXECUTOR);
        this.watchView = new WatchView(watch);
        this.scan = new ScanViewModel(service, FxGate.EXECUTOR);
        this.export = new ExportViewModel(results::visibleResult, io, FxGate.EXECUTOR);
        this.backtest = new BacktestViewModel(service::market, scan::sourceSpec, io, FxGate.EXECUTOR);
        WorkspaceStore.Loaded loaded = store.load();
        loadWarning = loaded.warning();
        WorkspaceState state = loaded.state();
        settings.apply(state);
        settings.settingsFileProperty().set(store.file().toString());
        scan.restore(state.lastRequest());
        scan.restoreScreen(state.screen());
        scan.loadTemplates(TemplateStore.inConfig(store.file().toAbsolutePath().getParent()));
        scan.threadsProperty().bind(settings.threadsProperty());
        connections.apply(state.offload());
        scan.offloadProperty().set(state.offload().offload());
        connections.setOnConfig(cfg -> {
            service.configure(cfg);
            FxGate.EXECUTOR.execute(() -> scan.setOffloadTarget(describe(cfg), cfg.missingForOffload()));
        });
        connections.setOnSaved(this::saveQuietly);
        connections.load();

        resultsView = new ResultsView(results);
        resultsView.applyColumnStates(state.columns());
        wire();
        layout(state);
    }

    private static String describe(OffloadConfig cfg) {
        int n = cfg.endpoints().size();
        return cfg.policy().name().toLowerCase(Locale.ROOT) + " · " + n + (n == 1 ? " endpoint" : " endpoints")
                + (cfg.hasRedis() ? " · shared Redis cache" : "");
    }

    private void wire() {
        scan.addListener(dashboard.events());
        scan.addListener(new ScanEvents() {
            @Override
            public void onResult(ScanResult r) {
                results.show(r);
                if (!results.rows().isEmpty()) {
                    resultsView.table().getSelectionModel().select(0);
                }
            }
        });
        scan.runningProperty().addListener((o, was, running) -> {
            if (running) {
                pulse.start();
            } else {
                pulse.stop();
                lastPulseGapMillis = pulse.maxGapMillis();
                lastPulseReport = pulse.describe();
                pulseLabel.setText("FX pulse gap (last scan): " + lastPulseReport);
            }
        });
        results.selectedProperty().addListener((o, was, row) -> select(row));
        scan.marketProperty().addListener((o, was, m) -> select(results.selectedProperty().get()));
        settings.themeProperty().addListener((o, was, t) -> applyTheme(t));
        // a watchlist row shows in the chart, from the monitor's live market
        watch.selectedProperty().addListener((o, was, row) -> showWatched());
        watch.marketProperty().addListener((o, was, m) -> showWatched());
        center.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            if (tab != null && "tab-results".equals(tab.getId())) {
                select(results.selectedProperty().get());
            } else {
                showWatched();
            }
        });
        watch.load();
    }

    private void showWatched() {
        var row = watch.selectedProperty().get();
        Market m = watch.marketProperty().get();
        if (row != null && m != null && center.getSelectionModel().getSelectedIndex() == 1 && m.indexOf(row.symbol()) >= 0) {
            chart.show().accept(m, row.symbol());
        }
    }

    /** Adds the symbols selected in the results table to the selected watchlist and shows the watchlists. */
    public void addSelectedToWatchlist() {
        List<String> symbols = resultsView.table().getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).map(ScanRow::symbol).toList();
        if (symbols.isEmpty()) {
            scan.announce("Select rows in the results table to add them to a watchlist");
            return;
        }
        if (watch.addSymbols(symbols)) {
            center.getSelectionModel().select(1);
        }
    }

    private void select(ScanRow row) {
        explanation.show(row, results.resultProperty().get());
        Market m = scan.marketProperty().get();
        ScanResult r = results.resultProperty().get();
        if (row != null && m != null && r != null && m.source().equals(r.source())
                && center.getSelectionModel().getSelectedIndex() == 0) {
            chart.show().accept(m, row.symbol());
        }
    }

    private void layout(WorkspaceState state) {
        root.setId("workstation");
        Tab scanTab = new Tab("Scan", new ScanView(scan, settings.csvDirectoryProperty()));
        scanTab.setId("tab-scan");
        Tab settingsTab = new Tab("Settings", new SettingsView(settings, connections, scan.sourceKindProperty()));
        settingsTab.setId("tab-settings");
        sidebar.getTabs().setAll(scanTab, settingsTab);
        sidebar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sidebar.getStyleClass().add("ws-sidebar");
        sidebar.setMinWidth(300);

        right.setOrientation(Orientation.VERTICAL);
        right.getItems().setAll(chart.view(), new ExplanationView(explanation));
        right.setId("right-split");
        Tab resultsTab = new Tab("Results", resultsView);
        resultsTab.setId("tab-results");
        Tab watchTab = new Tab("Watchlists", watchView);
        watchTab.setId("tab-watch");
        center.getTabs().setAll(resultsTab, watchTab);
        center.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        center.setId("center-tabs");
        main.getItems().setAll(sidebar, center, right);
        main.setId("main-split");
        SplitPane.setResizableWithParent(sidebar, false);
        List<Double> d = state.window().dividers();
        main.setDividerPositions(d.size() >= 3 ? new double[] {d.get(0), d.get(1)} : new double[] {0.2, 0.62});
        right.setDividerPositions(d.size() >= 3 ? d.get(2) : 0.46);

        VBox top = new VBox(menuBar(), toolBar(), dashboard.view());
        root.setTop(top);
        root.setCenter(main);

        statusBar.setId("status-bar");
        statusBar.textProperty().bind(scan.statusProperty());
        statusBar.progressProperty().bind(javafx.beans.binding.Bindings.when(scan.runningProperty())
                .then(scan.progressProperty()).otherwise(0.0));
        Label exportStatus = new Label();
        exportStatus.setId("export-status");
        exportStatus.textProperty().bind(export.statusProperty());
        pulseLabel.setId("pulse-gap");
        pulseLabel.getStyleClass().add("muted");
        statusBar.getRightItems().setAll(exportStatus, new Separator(Orientation.VERTICAL), pulseLabel);
        root.setBottom(statusBar);
    }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        MenuItem csv = item("Export table as CSV…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> exportInteractive(ResultFormat.CSV));
        csv.setId("menu-export-csv");
        MenuItem xlsx = item("Export table as XLSX…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> exportInteractive(ResultFormat.XLSX));
        MenuItem json = item("Export table as JSON…", new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> exportInteractive(ResultFormat.JSON));
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), this::quit);
        for (MenuItem m : List.of(csv, xlsx, json)) {
            m.disableProperty().bind(results.resultProperty().isNull());
        }
        file.getItems().setAll(csv, xlsx, json, new SeparatorMenuItem(), quit);

        Menu scanMenu = new Menu("Scan");
        MenuItem run = item("Run scan", RUN_KEY, scan::run);
        run.setId("menu-run");
        MenuItem cancel = item("Cancel scan", new KeyCodeCombination(KeyCode.ESCAPE), scan::cancel);
        MenuItem find = item("Quick search", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                resultsView::focusSearch);
        MenuItem clear = item("Clear search and filters", null, results::clearFilters);
        MenuItem backtestItem = item("Backtest…", new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN),
                this::showBacktest);
        backtestItem.setId("menu-backtest");
        MenuItem watchIt = item("Add selected to watchlist", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::addSelectedToWatchlist);
        watchIt.setId("menu-add-to-watchlist");
        watchIt.disableProperty().bind(results.selectedProperty().isNull());
        MenuItem watchlists = item("Watchlists and alerts", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> center.getSelectionModel().select(1));
        scanMenu.getItems().setAll(run, cancel, new SeparatorMenuItem(), find, clear, new SeparatorMenuItem(), backtestItem,
                new SeparatorMenuItem(), watchIt, watchlists);

        Menu view = new Menu("View");
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        RadioMenuItem light = new RadioMenuItem("Light theme");
        dark.setToggleGroup(themes);
        light.setToggleGroup(themes);
        dark.setOnAction(e -> settings.themeProperty().set(Theme.DARK));
        light.setOnAction(e -> settings.themeProperty().set(Theme.LIGHT));
        Runnable syncTheme = () -> (settings.themeProperty().get() == Theme.LIGHT ? light : dark).setSelected(true);
        syncTheme.run();
        settings.themeProperty().addListener(o -> syncTheme.run());
        MenuItem toggle = item("Toggle theme", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), settings::toggleTheme);
        MenuItem excluded = item("Filtered & skipped symbols", null, () -> {
            center.getSelectionModel().select(0);
            resultsView.tabs().getSelectionModel().select(1);
        });
        MenuItem settingsItem = item("Settings", new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                () -> sidebar.getSelectionModel().select(1));
        view.getItems().setAll(dark, light, toggle, new SeparatorMenuItem(), excluded, settingsItem);

        Menu help = new Menu("Help");
        help.getItems().setAll(item("Keyboard shortcuts", null, () -> info("Keyboard shortcuts", """
                Ctrl+Enter   run the scan
                Esc          cancel the running scan
                Ctrl+F       quick search
                Ctrl+E       export the table as CSV (Ctrl+Shift+E XLSX, Ctrl+Shift+J JSON)
                Ctrl+B       backtest a scan
                Ctrl+Shift+T toggle dark / light
                Ctrl+Shift+W add the selected results to the watchlist
                Ctrl+Shift+L watchlists and alerts
                Up / Down    step through symbols (chart and explanation follow)
                Ctrl+Q       quit""")),
                item("About", null, () -> info("About Technic Workstation",
                        "Technic Workstation 0.1.0\nScans a stock universe on every core; every symbol ranked, filtered or skipped with a reason.")));
        MenuBar bar = new MenuBar(file, scanMenu, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private ToolBar toolBar() {
        Button run = new Button("▶ Run");
        run.setId("toolbar-run");
        run.getStyleClass().add("ws-primary");
        run.disableProperty().bind(scan.canRunBinding().not());
        run.setOnAction(e -> scan.run());
        Button cancel = new Button("■ Cancel");
        cancel.disableProperty().bind(scan.runningProperty().not());
        cancel.setOnAction(e -> scan.cancel());
        MenuButton exportButton = new MenuButton("Export");
        exportButton.getItems().setAll(item("CSV…", null, () -> exportInteractive(ResultFormat.CSV)),
                item("XLSX…", null, () -> exportInteractive(ResultFormat.XLSX)),
                item("JSON…", null, () -> exportInteractive(ResultFormat.JSON)));
        exportButton.disableProperty().bind(results.resultProperty().isNull());
        Button watchButton = new Button("☆ Watch");
        watchButton.setId("toolbar-watch");
        watchButton.disableProperty().bind(results.selectedProperty().isNull());
        watchButton.setOnAction(e -> addSelectedToWatchlist());
        Button theme = new Button("◐ Theme");
        theme.setOnAction(e -> settings.toggleTheme());
        Label stage = new Label();
        stage.getStyleClass().add("ws-stage");
        stage.textProperty().bind(scan.stageProperty());
        Label progress = new Label();
        progress.getStyleClass().add("muted");
        progress.textProperty().bind(scan.progressTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label brand = new Label("TECHNIC");
        brand.getStyleClass().add("ws-brand");
        ToolBar bar = new ToolBar(brand, new Separator(Orientation.VERTICAL), run, cancel, new Separator(Orientation.VERTICAL),
                stage, progress, spacer, watchButton, exportButton, theme);
        bar.setId("toolbar");
        return bar;
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(stage);
        a.getDialogPane().getStylesheets().setAll(settings.themeProperty().get().stylesheets());
        a.show();
    }

    private void exportInteractive(ResultFormat format) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the table as " + format.name());
        String ext = format.extension();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + ext));
        ScanResult r = results.resultProperty().get();
        fc.setInitialFileName("technic-scan-" + r.asOf() + "." + ext);
        String dir = settings.csvDirectoryProperty().get();
        if (dir != null && !dir.isBlank() && new File(dir).isDirectory()) {
            fc.setInitialDirectory(new File(dir));
        }
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext)) {
                p = p.resolveSibling(p.getFileName() + "." + ext);
            }
            export.export(p, format);
        }
    }

    /** Opens (or brings to front) the backtest window, which backtests on the scan form's source. */
    public void showBacktest() {
        if (backtestStage == null) {
            backtestStage = new Stage();
            backtestStage.setTitle("Technic Workstation · Backtest");
            if (stage != null) {
                backtestStage.initOwner(stage);
            }
            Scene scene = new Scene(new BacktestView(backtest), 1100, 760);
            scene.getStylesheets().setAll(settings.themeProperty().get().stylesheets());
            backtestStage.setScene(scene);
        }
        backtestStage.show();
        backtestStage.toFront();
    }

    /**
     * Opens a document the desktop handed over (a double-clicked file): a shared scan template
     * ({@code .technicscan}) is imported into the user's templates ({@code technic templates});
     * anything else is named in the status line as not opened. Never throws: a bad file is
     * reported in the status line.
     */
    public void open(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(TemplateStore.EXTENSION)) {
            try {
                var t = TemplateStore.inConfig(WorkspaceStore.defaultDirectory()).importFile(file, null);
                scan.loadTemplates(TemplateStore.inConfig(WorkspaceStore.defaultDirectory()));
                scan.announce("Imported scan template '" + t.name() + "' from " + file + " (technic scan --template "
                        + t.name() + ")");
            } catch (IOException | RuntimeException e) {
                scan.announce("Could not import " + file + ": " + e.getMessage());
            }
        } else if (name.endsWith("." + WATCHLIST_EXTENSION)) {
            // a watchlist file is its symbols, one a line (technic watchlist export NAME FILE.technicwatch)
            if (watch.importAsList(file)) {
                center.getSelectionModel().select(1);
            }
            scan.announce(watch.statusProperty().get());
        } else {
            scan.announce(file + " is not a Technic file (" + TemplateStore.EXTENSION + " or ." + WATCHLIST_EXTENSION + ")");
        }
    }

    /** The watchlist file extension the desktop package registers: a CSV of symbols, opened as a watchlist named after the file. */
    public static final String WATCHLIST_EXTENSION = "technicwatch";

    private void applyTheme(Theme t) {
        if (root.getScene() != null) {
            root.getScene().getStylesheets().setAll(t.stylesheets());
        }
        if (backtestStage != null) {
            backtestStage.getScene().getStylesheets().setAll(t.stylesheets());
        }
        chart.theme().accept(t);
        dashboard.theme().accept(t);
    }

    /** Puts the window on {@code stage} with the saved geometry and theme, and saves the workspace when it closes. */
    public void show(Stage stage) {
        this.stage = stage;
        WorkspaceState.WindowState w = store.load().state().window();
        Scene scene = new Scene(root, w.width(), w.height());
        stage.setScene(scene);
        // Run and Cancel work whichever control has the focus (a text field or the table would
        // otherwise keep Enter and Esc to themselves); the menu shows the same keys.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (RUN_KEY.match(e) && scan.canRunBinding().get()) {
                scan.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && scan.runningProperty().get()) {
                scan.cancel();
                e.consume();
            }
        });
        applyTheme(settings.themeProperty().get());
        stage.setTitle("Technic Workstation");
        if (Double.isFinite(w.x()) && Double.isFinite(w.y())) {
            stage.setX(w.x());
            stage.setY(w.y());
        }
        stage.setMaximized(w.maximized());
        stage.setOnHidden(e -> {
            saveQuietly();
            scan.cancel();
            watch.monitoringProperty().set(false);
            watchService.close();
            service.close();
            io.shutdown();
        });
        stage.show();
        if (loadWarning != null) {
            scan.announce(loadWarning);
        }
    }

    /** The workspace as it is now (window, dividers, columns, form, theme, threads, CSV folder). */
    public WorkspaceState state() {
        List<Double> dividers = new ArrayList<>();
        for (double p : main.getDividerPositions()) {
            dividers.add(p);
        }
        dividers.add(right.getDividerPositions()[0]);
        WorkspaceState.WindowState w = stage == null ? WorkspaceState.WindowState.defaults()
                : new WorkspaceState.WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                        stage.isMaximized(), dividers);
        return new WorkspaceState(w, resultsView.columnStates(), scan.snapshot(),
                settings.themeProperty().get().name().toLowerCase(Locale.ROOT), settings.threadsProperty().get(),
                settings.csvDirectoryProperty().get(), connections.prefs(scan.offloadProperty().get()),
                scan.screenSnapshot());
    }

    /** Saves the workspace atomically. @throws IOException naming the file */
    public void save() throws IOException {
        store.save(state());
    }

    private void saveQuietly() {
        try {
            save();
        } catch (IOException e) {
            LOG.warn("{}", e.getMessage());
        }
    }

    private void quit() {
        if (stage != null) {
            stage.close();
        }
    }

    /** Exports the table as shown to {@code target} (what the menu does after its file chooser). */
    public CompletableFuture<Path> exportTo(Path target) {
        return export.export(target, ExportViewModel.formatFor(target));
    }

    public Parent root() { return root; }
    public ScanViewModel scan() { return scan; }
    public ResultsViewModel results() { return results; }
    public ResultsView resultsView() { return resultsView; }
    public WatchViewModel watch() { return watch; }
    public WatchView watchView() { return watchView; }
    /** The centre tabs: results (0) and watchlists (1). */
    public TabPane centerTabs() { return center; }
    public ExplanationViewModel explanation() { return explanation; }
    public SettingsViewModel settings() { return settings; }
    public ConnectionsViewModel connections() { return connections; }
    public BacktestViewModel backtest() { return backtest; }
    /** The symbol the chart slot shows ("" before a selection). */
    public String chartSymbol() { return chart.symbol().get(); }
    /** Longest FX pulse gap of the last finished scan, ms (NaN before the first). */
    public double lastPulseGapMillis() { return lastPulseGapMillis; }
    /** The pulse monitor's line for the last finished scan ("" before the first). */
    public String lastPulseReport() { return lastPulseReport; }
}
