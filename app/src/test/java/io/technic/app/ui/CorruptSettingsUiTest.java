package io.technic.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.ui.service.FakeScanService;
import io.technic.app.ui.settings.WorkspaceStore;
import io.technic.themes.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A corrupt settings file does not stop the workstation: defaults, and the status line says which file. */
@ExtendWith(ApplicationExtension.class)
class CorruptSettingsUiTest {

    private Path file;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("technic-corrupt");
        WorkspaceStore store = new WorkspaceStore(dir);
        file = store.file();
        Files.writeString(file, "{\"theme\": \"light\", \"columns\": [");
        window = new MainWindow(new FakeScanService(), store);
        window.show(stage);
    }

    @Test
    void opensWithDefaultsAndSaysWhichFileWasUnreadable(FxRobot robot) {
        assertThat(window.settings().themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(robot.lookup("#scan-status").queryLabeled().getText())
                .contains(file.toString()).contains("using defaults");
    }
}
