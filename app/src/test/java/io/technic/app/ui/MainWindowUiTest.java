package io.technic.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.technic.app.ui.results.ColumnState;
import io.technic.app.ui.results.ResultColumn;
import io.technic.app.ui.service.EngineScanService;
import io.technic.app.ui.settings.WorkspaceState;
import io.technic.app.ui.settings.WorkspaceStore;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workstation end to end on the headless platform: scan, table, sort, select, explain, filter, export, cancel, persist. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @TempDir
    Path config;

    private EngineScanService service;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        service = new EngineScanService();
        window = new MainWindow(service, new WorkspaceStore(config));
        window.scan().simSpecProperty().set(TestScans.SMALL_SIM);
        window.show(stage);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void openingAScanTemplateImportsItAndABadFileIsNamedInTheStatusLine(FxRobot robot) throws Exception {
        System.setProperty(WorkspaceStore.DIR_PROPERTY, config.toString());
        try {
            Path file = Files.writeString(config.resolve("shared.technicscan"), """
                    {"format": "technic-scan", "version": 1, "name": "tech_highs", "description": "highs in tech",
                     "where": "close > 10", "top": 25}""");
            Path bad = Files.writeString(config.resolve("bad.technicscan"), "[]");

            robot.interact(() -> window.open(file));
            assertThat(window.scan().statusProperty().get()).contains("Imported scan template 'tech_highs'");
            assertThat(io.technic.scanner.expr.TemplateStore.inConfig(config).find("tech_highs")).isPresent();

            robot.interact(() -> window.open(bad));
            assertThat(window.scan().statusProperty().get()).contains("Could not import").contains(bad.toString());
        } finally {
            System.clearProperty(WorkspaceStore.DIR_PROPERTY);
        }
    }

    @Test
    void aScanFillsTheTableAndTheSelectedRowIsExplainedAndCharted(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        ScanResult r = awaitResult();
        TableView<ScanRow> table = window.resultsView().table();
        assertThat(table.getItems()).hasSize(r.accounting().ranked()).hasSizeGreaterThan(50);
        assertThat(table.getItems().getFirst().rank()).isEqualTo(1);
        assertThat(table.getColumns()).extracting(TableColumn::getId).contains("merit", "techRating", "quality", "ics", "rsRank", "close");
        // the best row is selected at once, so chart and explanation show the top pick
        String best = r.rows().getFirst().symbol();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> best.equals(window.chartSymbol()));
        assertThat(window.explanation().symbolProperty().get()).isEqualTo(best);
        assertThat(robot.lookup("#pulse-gap").queryLabeled().getText()).contains("max").contains("ms");
        // sort: a click on the TechRating header sorts lowest first, a second click highest first
        clickHeader(robot, header(table, "techRating"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSortOrder()).extracting(TableColumn::getId).containsExactly("techRating");
        assertThat(table.getItems().stream().map(x -> x.scores().get("techRating")).toList()).isSorted();
        clickHeader(robot, header(table, "techRating"));
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> tech = table.getItems().stream().map(x -> x.scores().get("techRating")).toList();
        assertThat(tech).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        // select the third row with the mouse, then step down with the arrow key: chart and explanation follow
        robot.clickOn(row(robot, 2));
        WaitForAsyncUtils.waitForFxEvents();
        String third = table.getItems().get(2).symbol();
        assertThat(window.explanation().symbolProperty().get()).isEqualTo(third);
        assertThat(robot.lookup("#explain-title").queryLabeled().getText()).startsWith(third);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> third.equals(window.chartSymbol()));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        String fourth = table.getItems().get(3).symbol();
        assertThat(window.explanation().symbolProperty().get()).isEqualTo(fourth);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fourth.equals(window.chartSymbol()));
        // filtered and skipped symbols, with reasons, in the second tab
        robot.clickOn("Filtered & skipped");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.resultsView().excludedTable().getItems()).hasSize(r.accounting().filtered() + r.accounting().skipped());
        assertThat(window.resultsView().excludedTable().getItems()).allSatisfy(e -> assertThat(e.detail()).isNotBlank());
        robot.clickOn("Ranked");

        // a column filter typed into the filter bar narrows the table
        @SuppressWarnings("unchecked")
        ComboBox<ResultColumn> column = robot.lookup("#filter-column").queryAs(ComboBox.class);
        robot.interact(() -> column.setValue(window.results().column("merit").orElseThrow()));
        robot.clickOn("#filter-expression").write(">=50").clickOn("#add-filter");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(r.accounting().ranked())
                .allSatisfy(x -> assertThat(x.scores().get("merit")).isGreaterThanOrEqualTo(50));
        List<String> shown = table.getItems().stream().map(ScanRow::symbol).toList();
        // export what the table shows, in its order, as CSV, XLSX and JSON
        Path csv = config.resolve("out/table.csv");
        export(robot, csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(shown.size() + 1);
        List<String> csvSymbols = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(l -> csvSymbols.add(l.split(",")[1]));
        assertThat(csvSymbols).isEqualTo(shown);

        Path xlsx = config.resolve("out/table.xlsx");
        export(robot, xlsx);
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            var rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(shown.size() + 1);
            assertThat(rows.get(1).getCellText(1)).isEqualTo(shown.getFirst());
            assertThat(rows.getLast().getCellText(1)).isEqualTo(shown.getLast());
        }
        Path json = config.resolve("out/table.json");
        export(robot, json);
        JsonNode rows = new ObjectMapper().readTree(json.toFile()).get("rows");
        List<String> jsonSymbols = new ArrayList<>();
        rows.forEach(n -> jsonSymbols.add(n.get("symbol").asText()));
        assertThat(jsonSymbols).isEqualTo(shown);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-status").queryLabeled().getText()).contains("Exported " + shown.size() + " rows as JSON");
    }

    @Test
    void escapeCancelsARunningScan(FxRobot robot) throws Exception {
        robot.interact(() -> window.scan().simSpecProperty().set("sim:seed=11,symbols=3000,bars=300"));
        robot.clickOn("#run-scan");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.scan().runningProperty().get()).as(window.scan().statusProperty().get()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.scan().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.scan().stageProperty().get()).isEqualTo("CANCELLED");
        assertThat(window.scan().resultProperty().get()).isNull();
        assertThat(robot.lookup("#scan-status").queryLabeled().getText()).isEqualTo("Scan cancelled");
        assertThat(window.resultsView().table().getItems()).isEmpty();
    }

    @Test
    void themeSwitchesAtRuntimeAndTheWorkspaceComesBack(FxRobot robot) throws Exception {
        robot.clickOn("Settings");
        robot.clickOn("#theme-light");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("light.css")).noneMatch(s -> s.endsWith("dark.css"));

        TableView<ScanRow> table = window.resultsView().table();
        robot.interact(() -> {
            TableColumn<ScanRow, ?> name = table.getColumns().stream().filter(c -> c.getId().equals("name")).findFirst().orElseThrow();
            TableColumn<ScanRow, ?> sector = table.getColumns().stream().filter(c -> c.getId().equals("sector")).findFirst().orElseThrow();
            name.setVisible(false);
            table.getColumns().remove(sector);
            table.getColumns().add(1, sector);
            window.scan().topNProperty().set("42");
            window.settings().threadsProperty().set(1);
        });
        robot.interact(() -> {
            try {
                window.save();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WorkspaceStore.Loaded loaded = new WorkspaceStore(config).load();
        assertThat(loaded.warning()).isNull();
        WorkspaceState s = loaded.state();
        assertThat(s.theme()).isEqualTo("light");
        assertThat(s.threads()).isEqualTo(1);
        assertThat(s.lastRequest().simSpec()).isEqualTo(TestScans.SMALL_SIM);
        assertThat(s.lastRequest().topN()).isEqualTo("42");
        assertThat(s.window().dividers()).hasSize(3);
        assertThat(s.columns()).extracting(ColumnState::id).startsWith("rank", "sector", "symbol", "name");
        assertThat(s.columns()).filteredOn(c -> c.id().equals("name")).extracting(ColumnState::visible).containsExactly(false);

        MainWindow[] again = new MainWindow[1];
        robot.interact(() -> again[0] = new MainWindow(new io.technic.app.ui.service.FakeScanService(), new WorkspaceStore(config)));
        assertThat(again[0].settings().themeProperty().get()).isEqualTo(io.technic.themes.Theme.LIGHT);
        assertThat(again[0].scan().topNProperty().get()).isEqualTo("42");
        assertThat(again[0].resultsView().columnStates()).extracting(ColumnState::id).startsWith("rank", "sector", "symbol", "name");
        assertThat(again[0].resultsView().columnStates()).filteredOn(c -> c.id().equals("name"))
                .extracting(ColumnState::visible).containsExactly(false);
    }

    @Test
    void sevenThousandRowsSortQuickly(FxRobot robot) {
        ScanResult big = TestScans.large(7_000);
        robot.interact(() -> window.results().show(big));
        TableView<ScanRow> table = window.resultsView().table();
        assertThat(table.getItems()).hasSize(7_000);
        List<String> report = new ArrayList<>();
        for (String id : List.of("merit", "techRating", "symbol", "rsi14", "quality", "close", "merit")) {
            long[] nanos = new long[1];
            robot.interact(() -> {
                TableColumn<ScanRow, ?> col = table.getColumns().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
                col.setSortType(col.getSortType() == TableColumn.SortType.ASCENDING
                        ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                long t0 = System.nanoTime();
                table.getSortOrder().setAll(List.of(col));
                table.sort();
                nanos[0] = System.nanoTime() - t0;
            });
            report.add(String.format(java.util.Locale.ROOT, "%s %.1f ms", id, nanos[0] / 1e6));
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> merit = table.getItems().stream().map(x -> x.scores().get("merit")).toList();
        assertThat(merit).satisfiesAnyOf(m -> assertThat(m).isSorted(),
                m -> assertThat(m).isSortedAccordingTo((a, b) -> Double.compare(b, a)));
        System.out.println("[bench] sorting 7,000 rows in the table (sort order change to rows replaced): " + String.join(", ", report));
    }

    /** Exports as the menu does after its file chooser (on the FX thread), and waits for the file. */
    private void export(FxRobot robot, Path target) throws Exception {
        @SuppressWarnings("unchecked")
        java.util.concurrent.CompletableFuture<Path>[] f = new java.util.concurrent.CompletableFuture[1];
        robot.interact(() -> f[0] = window.exportTo(target));
        assertThat(f[0].get(20, TimeUnit.SECONDS)).isEqualTo(target);
    }

    private ScanResult awaitResult() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.scan().resultProperty().get() != null
                || window.scan().stageProperty().get().equals("FAILED"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.scan().stageProperty().get()).as(window.scan().statusProperty().get()).isEqualTo("DONE");
        return window.scan().resultProperty().get();
    }

    private static Node header(TableView<?> table, String id) {
        return table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null && id.equals(h.getTableColumn().getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no header for column " + id));
    }

    /**
     * A primary click on a column header. JavaFX 26's headless platform marks every press as a
     * popup trigger, which headers (rightly) ignore for sorting, so the press and release are
     * delivered to the real header handlers with that flag cleared.
     */
    private static void clickHeader(FxRobot robot, Node header) {
        robot.interact(() -> {
            var b = header.localToScene(header.getBoundsInLocal());
            double x = b.getCenterX();
            double y = b.getCenterY();
            var screen = header.localToScreen(header.getBoundsInLocal());
            for (var type : List.of(javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.scene.input.MouseEvent.MOUSE_RELEASED)) {
                javafx.event.Event.fireEvent(header, new javafx.scene.input.MouseEvent(type, x, y, screen.getCenterX(),
                        screen.getCenterY(), javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false,
                        type == javafx.scene.input.MouseEvent.MOUSE_PRESSED, false, false, true, false, true, null));
            }
        });
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getIndex() == index && !r.isEmpty())
                .query();
    }
}
