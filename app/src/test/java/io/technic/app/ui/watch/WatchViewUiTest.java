package io.technic.app.ui.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.ui.MainWindow;
import io.technic.app.ui.TestScans;
import io.technic.app.ui.service.EngineScanService;
import io.technic.app.ui.settings.WorkspaceStore;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.watch.Alert;
import io.technic.scanner.watch.AlertHistory;
import io.technic.scanner.watch.WatchStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The watchlist screen in the main window on the headless platform: a list, a rule, live monitoring, alerts, the chart link. */
@ExtendWith(ApplicationExtension.class)
class WatchViewUiTest {

    @TempDir
    Path config;

    private EngineScanService service;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        service = new EngineScanService();
        window = new MainWindow(service, new WorkspaceStore(config));
        window.scan().simSpecProperty().set(TestScans.SMALL_SIM);
        window.show(stage);
        // the headless platform cannot blit ControlsFX's popup windows at the screen's edge (an
        // IndexOutOfBoundsException in HeadlessWindow.blit); WatchViewModelTest checks the notifier
        window.watchView().setNotifications(false);
    }

    @AfterEach
    void stop() {
        window.watch().monitoringProperty().set(false);
        service.close();
    }

    @Test
    void aListWithARuleIsMonitoredLiveAndItsAlertsShowAndPersist(FxRobot robot) throws Exception {
        robot.interact(() -> window.centerTabs().getSelectionModel().select(1));
        robot.interact(() -> window.watch().createList("Core"));
        ScanResult scanned = TestScans.small();
        List<String> symbols = scanned.rows().stream().limit(25).map(ScanRow::symbol).toList();
        String typed = String.join(" ", symbols.subList(0, 3));
        robot.clickOn("#watch-add-field").write(typed);
        // on a loaded machine the robot's key events can still be queued when it moves on to click
        TextField addField = robot.lookup("#watch-add-field").queryAs(TextField.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> typed.equals(addField.getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("typed '" + typed + "', the field holds '" + addField.getText() + "' (a stalled FX thread?)");
        }
        robot.clickOn("#watch-add");
        robot.interact(() -> window.watch().addSymbols(symbols.subList(3, symbols.size())));
        TableView<WatchRow> table = robot.lookup("#watch-table").queryTableView();
        assertThat(table.getItems()).extracting(WatchRow::symbol).isEqualTo(symbols);
        assertThat(robot.lookup("#watch-add-field").queryAs(TextField.class).getText()).isEmpty();

        javafx.scene.control.TabPane bottom = robot.lookup("#watch-bottom").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> bottom.getSelectionModel().select(1));
        robot.interact(() -> {
            robot.lookup("#rule-when").queryAs(TextField.class).setText("close > open");
            robot.lookup("#rule-cooldown").queryAs(TextField.class).setText("0");
        });
        robot.clickOn("#rule-add");
        assertThat(robot.lookup("#watch-rules").queryTableView().getItems()).hasSize(1);
        assertThat(new WatchStore(config).load().config().rules()).singleElement()
                .satisfies(r -> assertThat(r.when()).isEqualTo("close > open"));

        robot.interact(() -> {
            robot.lookup("#watch-source").queryAs(TextField.class).setText("sim:symbols=300,bars=280");
            window.watch().intervalSecondsProperty().set(1);
        });
        robot.interact(() -> bottom.getSelectionModel().select(0));
        robot.clickOn("#watch-monitor");
        TableView<Alert> alerts = robot.lookup("#watch-alerts").queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !alerts.getItems().isEmpty());
        assertThat(robot.lookup("#watch-status").queryLabeled().getText()).startsWith("Market ");
        assertThat(table.getItems()).anySatisfy(r -> assertThat(r.last()).isPositive());
        assertThat(alerts.getItems()).allSatisfy(a -> assertThat(symbols).contains(a.symbol()));
        String[] tabAndCount = new String[2];
        robot.interact(() -> {           // read both on the FX thread, between two ticks
            tabAndCount[0] = bottom.getTabs().getFirst().getText();
            tabAndCount[1] = "Alerts (" + alerts.getItems().size() + ")";
        });
        assertThat(tabAndCount[0]).isEqualTo(tabAndCount[1]);

        robot.interact(() -> table.getSelectionModel().select(2));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> symbols.get(2).equals(window.chartSymbol()));

        robot.clickOn("#watch-monitor");
        assertThat(window.watch().monitoringProperty().get()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        List<Alert> saved = AlertHistory.in(config).read(1000);
        assertThat(saved).isNotEmpty();
        assertThat(alerts.getItems()).containsAll(saved.subList(Math.max(0, saved.size() - alerts.getItems().size()), saved.size())
                .stream().filter(alerts.getItems()::contains).toList());
        assertThat(saved).contains(alerts.getItems().getLast());
    }

    @Test
    void openingAWatchlistFileMakesItAList(FxRobot robot) throws Exception {
        Path file = java.nio.file.Files.writeString(config.resolve("Energy picks.technicwatch"), "symbol\nXOM\ncvx\n");
        robot.interact(() -> window.open(file));
        assertThat(window.watch().lists()).containsExactly("Energy picks");
        assertThat(window.watch().rows()).extracting(WatchRow::symbol).containsExactly("XOM", "CVX");
        assertThat(window.centerTabs().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(window.scan().statusProperty().get()).startsWith("Opened watchlist Energy picks from");
        Path bad = java.nio.file.Files.writeString(config.resolve("bad.technicwatch"), "symbol\nnot a ticker\n");
        robot.interact(() -> window.open(bad));
        assertThat(window.scan().statusProperty().get()).contains("'not a ticker' is not a ticker").contains("bad.technicwatch:2");
    }

    @Test
    void theSelectedResultGoesToTheWatchlist(FxRobot robot) throws Exception {
        ScanResult r = TestScans.small();
        robot.interact(() -> window.results().show(r));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.resultsView().table().getItems().isEmpty());
        robot.interact(() -> window.resultsView().table().getSelectionModel().select(4));
        String symbol = window.resultsView().table().getItems().get(4).symbol();
        robot.clickOn("#toolbar-watch");
        assertThat(window.centerTabs().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(window.watch().lists()).containsExactly("Watchlist");
        assertThat(window.watch().rows()).extracting(WatchRow::symbol).containsExactly(symbol);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> new WatchStore(config).load().config().watchlist("Watchlist").isPresent());
    }
}
