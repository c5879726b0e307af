package io.technic.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.ui.service.EngineScanService;
import io.technic.app.ui.settings.WorkspaceStore;
import io.technic.scanner.expr.Screen;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typing a where condition into the scan form and running a real scan of the small demo market. */
@ExtendWith(ApplicationExtension.class)
class ScanScreenUiTest {

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
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void aTypedWhereConditionKeepsOnlyTheRowsMatchingIt(FxRobot robot) throws Exception {
        ScrollPane form = robot.lookup("#scan-view").queryAs(ScrollPane.class);
        robot.interact(() -> form.setVvalue(form.getVmax()));
        Button run = robot.lookup("#run-scan").queryButton();

        robot.clickOn("#scan-where").write("merit > 45 and close >");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        assertThat(run.isDisabled()).as("an unfinished condition disables Run").isTrue();
        Label validation = robot.lookup("#scan-validation").queryAs(Label.class);
        assertThat(validation.getText()).startsWith("Where: ").doesNotContain("Exception");

        robot.write(" 20");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        assertThat(window.scan().whereEditor().textProperty().get()).isEqualTo("merit > 45 and close > 20");
        assertThat(run.isDisabled()).isFalse();
        robot.clickOn("#run-scan");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.scan().resultProperty().get() != null
                || window.scan().stageProperty().get().equals("FAILED"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.scan().stageProperty().get()).as(window.scan().statusProperty().get()).isEqualTo("DONE");
        ScanResult r = window.scan().resultProperty().get();
        assertThat(r.request().source()).isEqualTo(TestScans.SMALL_SIM);
        assertThat(r.rows()).isNotEmpty();
        assertThat(r.rows()).allSatisfy(row -> {
            assertThat(row.scores().get("merit")).isGreaterThan(45);
            assertThat(row.feature("close")).isGreaterThan(20);
        });
        assertThat(r.filtered()).as("rows the condition removed are accounted for")
                .anySatisfy(f -> assertThat(f.filter()).isEqualTo(Screen.WHERE));
        TableView<ScanRow> table = window.resultsView().table();
        assertThat(table.getItems()).hasSize(r.rows().size());
        assertThat(window.state().screen().where()).isEqualTo("merit > 45 and close > 20");
    }
}
