package io.technic.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.context.Engine;
import io.technic.app.ui.service.EngineScanService;
import io.technic.app.ui.service.EngineWatchService;
import io.technic.app.ui.settings.WorkspaceStore;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.remote.ExecutionPolicy;
import io.technic.scanner.remote.HttpWorker;
import io.technic.scanner.remote.Worker;
import io.technic.scanner.secret.FileSecretStore;
import io.technic.scanner.secret.SecretStores;
import io.technic.scanner.secret.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The offload toggle end to end: Settings filled in by hand (endpoint of a real in-process
 * {@code technic worker} on a random port, key id and secret), Test connection, Save, the toggle
 * on, a scan — rows identical to a local scan, computed on the worker.
 */
@ExtendWith(ApplicationExtension.class)
class OffloadUiTest {

    private static final String KEY_ID = "ui-test";
    private static final String SECRET = "ui-test-secret-0123456789";

    @TempDir
    Path config;

    private EngineScanService service;
    private MainWindow window;
    private HttpWorker worker;
    private FileSecretStore store;

    @Start
    void start(Stage stage) throws Exception {
        worker = Worker.serve("127.0.0.1", 0, 2, Map.of("TECHNIC_KEY_ID", KEY_ID, "TECHNIC_KEY_SECRET", SECRET));
        service = new EngineScanService();
        store = SecretStores.files(config);
        window = new MainWindow(service, new WorkspaceStore(config), new EngineWatchService(config),
                new Secrets(Map.of(), store));
        window.scan().simSpecProperty().set(TestScans.SMALL_SIM);
        window.show(stage);
    }

    @AfterEach
    void stop() {
        service.close();
        worker.close();
    }

    @Test
    void offloadToggleRunsTheScanOnAWorkerWithRowsIdenticalToALocalScan(FxRobot robot) throws Exception {
        String url = "http://127.0.0.1:" + worker.port();
        sideTab(robot, "tab-settings");
        robot.clickOn(reveal(robot, "#settings-endpoints")).write(url);
        robot.clickOn(reveal(robot, "#settings-key-id")).write(KEY_ID);
        robot.clickOn(reveal(robot, "#settings-key-secret")).write(SECRET);
        robot.interact(() -> robot.lookup("#settings-policy").<ComboBox<ExecutionPolicy>>query().setValue(ExecutionPolicy.REMOTE));

        robot.clickOn(reveal(robot, "#settings-offload-test"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.connections().busyProperty().get());
        assertThat(window.connections().statusProperty().get()).contains(url + ": healthy")
                .contains("key 'ui-test' accepted");
        assertThat(window.connections().statusOkProperty().get()).isTrue();

        robot.clickOn(reveal(robot, "#settings-offload-save"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> service.config().missingForOffload() == null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.connections().statusProperty().get().startsWith("Saved"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.get(Secrets.HMAC_KEY_SECRET)).contains(SECRET);
        String settingsFile = Files.readString(config.resolve("workstation.json"));
        assertThat(settingsFile).contains(url).contains("\"policy\" : \"remote\"").doesNotContain(SECRET);

        sideTab(robot, null);
        robot.clickOn(reveal(robot, "#scan-offload"));
        assertThat(window.scan().offloadProperty().get()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.scan().offloadHintProperty().get().equals("On: remote · 1 endpoint"));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER)
                .release(javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.scan().resultProperty().get() != null
                && !window.scan().runningProperty().get());
        ScanResult remote = window.scan().resultProperty().get();
        assertThat(remote.metrics().source()).isEqualTo("remote");
        assertThat(remote.metrics().sources().remoteShards()).isEqualTo(remote.metrics().sources().shards()).isPositive();

        ScanResult local;
        try (Scanner s = Engine.scanner(false, ScanCache.none(), null)) {
            local = s.run(remote.request());
        }
        assertThat(local.metrics().source()).isEqualTo("local");
        assertSameRows(local, remote);
        assertThat(window.results().rows()).hasSize(local.rows().size());
        assertThat(robot.lookup("#scan-cache").queryLabeled().getText()).contains("remote shards");

        // the toggle is remembered (atomically, with the rest of the settings) and still holds no secret
        robot.interact(() -> {
            try {
                window.save();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(new WorkspaceStore(config).load().state().offload().offload()).isTrue();
        assertThat(Files.readString(config.resolve("workstation.json"))).doesNotContain(SECRET);
    }

    /** Selects the side panel's tab with this id (null: the first, Scan). */
    private static void sideTab(FxRobot robot, String id) {
        javafx.scene.control.TabPane side = robot.lookup(n -> n instanceof javafx.scene.control.TabPane tp
                && tp.getTabs().stream().anyMatch(t -> "tab-settings".equals(t.getId()))).query();
        robot.interact(() -> {
            side.requestFocus(); // as a click on the tab header does: the old tab's focused field leaves the scene
            for (javafx.scene.control.Tab t : side.getTabs()) {
                if (id == null ? t == side.getTabs().getFirst() : id.equals(t.getId())) {
                    side.getSelectionModel().select(t);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the side panel so that the node is on screen, and returns it. */
    private static javafx.scene.Node reveal(FxRobot robot, String id) {
        javafx.scene.Node n = robot.lookup(id).query();
        robot.interact(() -> {
            javafx.scene.Node p = n.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                javafx.scene.Node content = sp.getContent();
                double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                double range = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / range)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return n;
    }

    private static void assertSameRows(ScanResult a, ScanResult b) {
        assertThat(b.accounting()).isEqualTo(a.accounting());
        assertThat(b.rows()).hasSameSizeAs(a.rows());
        for (int i = 0; i < a.rows().size(); i++) {
            ScanRow x = a.rows().get(i);
            ScanRow y = b.rows().get(i);
            assertThat(y.symbol()).isEqualTo(x.symbol());
            assertThat(y.rank()).isEqualTo(x.rank());
            assertThat(Double.doubleToRawLongBits(y.score())).as(x.symbol()).isEqualTo(Double.doubleToRawLongBits(x.score()));
            assertThat(y.scores()).isEqualTo(x.scores());
            assertThat(y.factors()).isEqualTo(x.factors());
            assertThat(y.forecasts()).isEqualTo(x.forecasts());
            assertThat(Arrays.equals(y.features(), x.features())).as(x.symbol() + " features").isTrue();
        }
    }
}
