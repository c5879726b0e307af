package io.technic.app.ui;

import io.technic.app.ui.fx.FxGate;
import io.technic.app.ui.scan.ScanEvents;
import io.technic.app.ui.service.EngineScanService;
import io.technic.app.ui.settings.WorkspaceStore;
import io.technic.scanner.model.ScanResult;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX workstation. Started by {@link io.technic.app.Launcher} when {@code technic} runs
 * without a command, or by {@code technic app}. With {@code --measure-pulse=SOURCE} it runs one
 * scan of SOURCE as soon as the window shows, prints the longest FX pulse gap seen during it and
 * exits.
 */
public final class WorkstationApp extends Application {

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = new MainWindow(new EngineScanService(), WorkspaceStore.inUserConfig());
        window.show(stage);
        String measure = getParameters() == null ? null : getParameters().getNamed().get("measure-pulse");
        if (measure != null) {
            measurePulse(measure);
        } else if (getParameters() != null && "true".equals(getParameters().getNamed().get("run"))) {
            window.scan().run();
        }
    }

    /** The window (for tests). */
    public MainWindow window() {
        return window;
    }

    private void measurePulse(String source) {
        var scan = window.scan();
        scan.sourceKindProperty().set(io.technic.app.ui.scan.SourceKind.SIM);
        scan.simSpecProperty().set(source);
        scan.addListener(new ScanEvents() {
            @Override
            public void onResult(ScanResult r) {
                report(String.format(Locale.ROOT, "scan of %s: %,d symbols in %,.0f ms (%,.0f sym/s, %d threads)",
                        r.source(), r.accounting().universe(), r.metrics().totalMillis(), r.metrics().symbolsPerSecond(),
                        r.metrics().threads()));
            }

            @Override
            public void onFailed(Throwable t) {
                report("scan failed: " + t.getMessage());
            }

            @Override
            public void onCancelled() {
                report("scan cancelled");
            }
        });
        scan.run();
    }

    private void report(String what) {
        // the pulse monitor stops when the running flag drops, which happens before listeners run
        FxGate.run(() -> {
            System.out.println(what);
            System.out.printf(Locale.ROOT, "longest FX pulse gap during the scan: %.1f ms%n", window.lastPulseGapMillis());
            Platform.exit();
        });
    }
}
