package io.technic.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app starts on the headless platform with the dark theme applied. */
@ExtendWith(ApplicationExtension.class)
class WorkstationAppSmokeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new WorkstationApp().start(stage);
    }

    @Test
    void opensTheWindowWithTheTheme(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Technic Workstation");
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("dark.css"));
        assertThat(robot.lookup("#workstation").queryAs(javafx.scene.layout.BorderPane.class).getCenter())
                .isInstanceOf(Label.class);
    }
}
