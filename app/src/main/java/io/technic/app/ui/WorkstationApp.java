package io.technic.app.ui;

import io.technic.themes.Theme;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX workstation. Started by {@link io.technic.app.Launcher} when {@code technic} runs without a command. */
public final class WorkstationApp extends Application {

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Technic Workstation"));
        root.setId("workstation");
        Scene scene = new Scene(root, 1400, 900);
        scene.getStylesheets().setAll(Theme.DARK.stylesheets());
        stage.setTitle("Technic Workstation");
        stage.setScene(scene);
        stage.show();
    }
}
