package io.technic.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.ui.settings.WorkspaceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app starts on the headless platform with the dark theme and the trader's layout, reading settings from the overridable config dir. */
@ExtendWith(ApplicationExtension.class)
class WorkstationAppSmokeTest {

    private static Path config;
    private Stage stage;
    private WorkstationApp app;

    @Start
    void start(Stage stage) throws Exception {
        config = Files.createTempDirectory("technic-config");
        System.setProperty(WorkspaceStore.DIR_PROPERTY, config.toString());
        this.stage = stage;
        app = new WorkstationApp();
        app.start(stage);
    }

    @AfterAll
    static void clear() {
        System.clearProperty(WorkspaceStore.DIR_PROPERTY);
    }

    @Test
    void opensTheWindowWithTheThemeAndEverySlot(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Technic Workstation");
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("dark.css"));
        for (String id : new String[] {"#menu-bar", "#toolbar", "#dashboard-slot", "#scan-view", "#results-table",
                "#chart-slot", "#explanation-view", "#status-bar"}) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        assertThat(robot.lookup("#main-split").queryAs(SplitPane.class).getItems()).hasSize(3);
        assertThat(robot.lookup("#scan-cache").queryLabeled().getText()).startsWith("Cache: ");
    }

    /** What a trader opens the app for: the demo market is scanned without a click, and the table fills. */
    @Test
    void scansTheDemoMarketAsTheWindowOpens(FxRobot robot) throws Exception {
        javafx.scene.control.TableView<?> table = robot.lookup("#results-table").queryAs(javafx.scene.control.TableView.class);
        org.testfx.util.WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS,
                () -> table.getItems().size() > 1000);
        assertThat(table.getItems().size()).isGreaterThan(1000);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#scan-cache").queryLabeled().getText().startsWith("Cache: "));
        assertThat(robot.lookup("#scan-cache").queryLabeled().getText()).contains("computed here");

        // the same request again comes whole from the in-process cache, and the tiles say so
        robot.interact(() -> app.window().scan().run());
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#scan-cache").queryLabeled().getText().contains("whole result from L1"));
        assertThat(robot.lookup("#tile-source").queryAs(eu.hansolo.tilesfx.Tile.class).getDescription())
                .isEqualTo("cache L1");
        assertThat(robot.lookup("#tile-cache").queryAs(eu.hansolo.tilesfx.Tile.class).getDescription())
                .isEqualTo("50%");
    }
}
