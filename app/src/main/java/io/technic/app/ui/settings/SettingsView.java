package io.technic.app.ui.settings;

import io.technic.app.ui.scan.SourceKind;
import io.technic.themes.Theme;
import java.io.File;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** The settings form: data, appearance, engine, live data, offload and cache, and where settings are stored. */
public final class SettingsView extends ScrollPane {

    public SettingsView(SettingsViewModel vm, ConnectionsViewModel connections, ObjectProperty<SourceKind> source) {
        setId("settings-view");
        getStyleClass().add("ws-side-panel");
        setFitToWidth(true);

        ComboBox<SourceKind> src = new ComboBox<>();
        src.setId("settings-source");
        src.getItems().setAll(SourceKind.values());
        src.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SourceKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : k.label());
            }
        });
        src.valueProperty().bindBidirectional(source);
        src.setMaxWidth(Double.MAX_VALUE);
        TextField dir = new TextField();
        dir.setId("settings-csv-dir");
        dir.setPromptText("folder the CSV chooser opens in");
        dir.textProperty().bindBidirectional(vm.csvDirectoryProperty());
        Button browse = new Button("…");
        browse.setOnAction(e -> {
            File f = new DirectoryChooser().showDialog(getScene().getWindow());
            if (f != null) {
                vm.csvDirectoryProperty().set(f.getAbsolutePath());
            }
        });
        HBox.setHgrow(dir, Priority.ALWAYS);
        GridPane data = grid();
        data.addRow(0, muted("Source"), src);
        data.addRow(1, muted("CSV folder"), new HBox(4, dir, browse));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        data.getColumnConstraints().setAll(labels, fields);

        ToggleGroup themes = new ToggleGroup();
        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("theme-dark");
        ToggleButton light = new ToggleButton("Light");
        light.setId("theme-light");
        dark.setToggleGroup(themes);
        light.setToggleGroup(themes);
        dark.setUserData(Theme.DARK);
        light.setUserData(Theme.LIGHT);
        Runnable sync = () -> (vm.themeProperty().get() == Theme.LIGHT ? light : dark).setSelected(true);
        sync.run();
        vm.themeProperty().addListener((o, a, b) -> sync.run());
        themes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                sync.run(); // a toggle group may otherwise end with nothing selected
            } else {
                vm.themeProperty().set((Theme) now.getUserData());
            }
        });

        Spinner<Integer> threads = new Spinner<>(0, Math.max(64, vm.cores()), vm.threadsProperty().get());
        threads.setId("settings-threads");
        threads.setEditable(true);
        threads.setPrefWidth(90);
        threads.getValueFactory().valueProperty().addListener((o, a, b) -> vm.threadsProperty().set(b == null ? 0 : b));
        vm.threadsProperty().addListener((o, a, b) -> threads.getValueFactory().setValue(b.intValue()));
        Label threadsHint = muted(vm.describeThreads());
        vm.threadsProperty().addListener(o -> threadsHint.setText(vm.describeThreads()));
        GridPane engine = grid();
        engine.addRow(0, muted("Threads"), new HBox(8, threads, threadsHint));
        engine.add(wrapped("0 = all cores; never changes results"), 1, 1);

        Label file = muted("");
        file.setWrapText(true);
        file.textProperty().bind(vm.settingsFileProperty());

        VBox box = new VBox(8,
                section("Data"), data,
                section("Appearance"), new HBox(0, dark, light),
                section("Engine"), engine,
                section("Live data (Polygon / Massive)"), polygon(connections),
                section("Offload and cache"), new OffloadSettingsPane(connections),
                section("Stored in"), file);
        box.setPadding(new Insets(10));
        setContent(box);
    }

    private static VBox polygon(ConnectionsViewModel vm) {
        javafx.scene.control.PasswordField key = new javafx.scene.control.PasswordField();
        key.setId("settings-polygon-key");
        key.setPromptText("API key");
        key.textProperty().bindBidirectional(vm.polygonKeyProperty());
        HBox.setHgrow(key, Priority.ALWAYS);
        javafx.scene.control.Button save = new javafx.scene.control.Button("Save");
        save.setId("settings-polygon-save");
        save.setOnAction(e -> vm.savePolygonKey());
        Label status = muted("");
        status.setWrapText(true);
        status.setId("settings-polygon-status");
        status.textProperty().bind(vm.polygonStatusProperty());
        return new VBox(4, new HBox(6, key, save), status,
                wrapped("Fill the bar store: technic sync --provider polygon. Monitor live: Watchlists tab, source polygon."));
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    static Label section(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().add("ws-section");
        return l;
    }

    static Label wrapped(String text) {
        Label l = muted(text);
        l.setWrapText(true);
        return l;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }
}
