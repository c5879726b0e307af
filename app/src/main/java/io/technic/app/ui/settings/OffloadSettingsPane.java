package io.technic.app.ui.settings;

import io.technic.scanner.remote.ExecutionPolicy;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Offload and cache" settings: Redis URL, user, password and CA file; remote endpoints; HMAC
 * key id and secret; execution policy; Save and Test connection with their outcome. Thin: all
 * state is {@link ConnectionsViewModel}'s.
 */
final class OffloadSettingsPane extends VBox {

    OffloadSettingsPane(ConnectionsViewModel vm) {
        super(6);
        setId("settings-offload");
        GridPane g = SettingsView.grid();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, fields);

        TextField redis = field("settings-redis-url", "rediss://user@host:6380");
        redis.textProperty().bindBidirectional(vm.redisUrlProperty());
        TextField user = field("settings-redis-user", "ACL user (optional)");
        user.textProperty().bindBidirectional(vm.redisUserProperty());
        PasswordField password = password("settings-redis-password", "kept in the keychain");
        password.textProperty().bindBidirectional(vm.redisPasswordProperty());
        TextField ca = field("settings-redis-ca", "private CA, PEM (optional)");
        ca.textProperty().bindBidirectional(vm.redisCaProperty());
        TextField endpoints = field("settings-endpoints", "https://w1:8080, …");
        endpoints.textProperty().bindBidirectional(vm.endpointsProperty());
        TextField keyId = field("settings-key-id", "e.g. prod-2026-11");
        keyId.textProperty().bindBidirectional(vm.keyIdProperty());
        PasswordField secret = password("settings-key-secret", "16+ chars; blank keeps it");
        secret.textProperty().bindBidirectional(vm.keySecretProperty());
        ComboBox<ExecutionPolicy> policy = new ComboBox<>();
        policy.setId("settings-policy");
        policy.getItems().setAll(ExecutionPolicy.values());
        policy.setCellFactory(l -> policyCell());
        policy.setButtonCell(policyCell());
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        policy.setMaxWidth(Double.MAX_VALUE);

        int row = 0;
        g.addRow(row++, SettingsView.muted("Redis URL"), redis);
        g.addRow(row++, SettingsView.muted("Redis user"), user);
        g.addRow(row++, SettingsView.muted("Password"), password);
        g.addRow(row++, SettingsView.muted("Redis CA"), ca);
        g.addRow(row++, SettingsView.muted("Endpoints"), endpoints);
        g.addRow(row++, SettingsView.muted("Key id"), keyId);
        g.addRow(row++, SettingsView.muted("Key secret"), secret);
        g.addRow(row, SettingsView.muted("Policy"), policy);

        Button save = new Button("Save");
        save.setId("settings-offload-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.save());
        Button test = new Button("Test connection");
        test.setId("settings-offload-test");
        test.setOnAction(e -> vm.testConnection());
        // not disabled while busy (the view model ignores clicks then): disabling the focused button makes
        // JavaFX move focus, which can throw inside a VirtualFlow on the headless platform
        Label dirty = SettingsView.muted("unsaved changes");
        dirty.visibleProperty().bind(vm.dirtyProperty());
        dirty.managedProperty().bind(dirty.visibleProperty());
        save.setMinWidth(Region.USE_PREF_SIZE);
        test.setMinWidth(Region.USE_PREF_SIZE);

        Label status = new Label();
        status.setId("settings-offload-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Runnable tone = () -> {
            status.getStyleClass().removeAll("ws-status-ok", "ws-status-error");
            status.getStyleClass().add(vm.statusOkProperty().get() ? "ws-status-ok" : "ws-status-error");
        };
        tone.run();
        vm.statusOkProperty().addListener(o -> tone.run());
        Label credentials = SettingsView.wrapped("");
        credentials.setId("settings-credentials");
        credentials.textProperty().bind(vm.credentialsProperty());

        getChildren().setAll(g, new HBox(6, save, test, dirty), status, credentials,
                SettingsView.wrapped("The offload toggle on the Scan tab switches scans to this policy. Secrets go to"
                        + " the OS keychain (else private files), never into the settings file; TECHNIC_KEY_ID,"
                        + " TECHNIC_KEY_SECRET and TECHNIC_REDIS_PASSWORD in the environment win."));
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static PasswordField password(String id, String prompt) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static ListCell<ExecutionPolicy> policyCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ExecutionPolicy p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : switch (p) {
                    case LOCAL -> "local (never offload)";
                    case REMOTE -> "remote (always offload)";
                    case AUTO -> "auto (large, uncached scans)";
                });
            }
        };
    }

    static String lower(ExecutionPolicy p) {
        return p.name().toLowerCase(Locale.ROOT);
    }
}
