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
 * without a command, or by {@code technic app}. With {@code --measure-pulse=SOURCE} it loads
 * SOURCE, waits for the window to settle, runs one scan of it, prints the longest FX pulse gap
 * seen during the scan and exits.
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
        } else if (getParameters() == null || !"false".equals(getParameters().getNamed().get("scan"))) {
            // a trader opens the app to see the market: scan the last request as soon as its data is in
            whenMarketLoaded(() -> {
                if (window.scan().canRunBinding().get()) {
                    window.scan().run();
                }
            });
        }
    }

    /** Runs {@code action} on the FX thread once the scan form's source has loaded (now, if it has). */
    private void whenMarketLoaded(Runnable action) {
        var scan = window.scan();
        if (scan.marketProperty().get() != null) {
            action.run();
            return;
        }
        scan.marketProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                scan.marketProperty().removeListener(this);
                action.run();
            }
        });
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
        // Measure the scan, not start-up: wait until the window has rendered and the source's
        // sectors (and bars) are loaded, then let it settle for two seconds.
        whenMarketLoaded(() -> {
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            settle.setOnFinished(e -> scan.run());
            settle.play();
        });
    }

    private void report(String what) {
        // the pulse monitor stops when the running flag drops, which happens before listeners run
        FxGate.run(() -> {
            System.out.println(what);
            System.out.printf(Locale.ROOT, "longest FX pulse gap during the scan: %.1f ms%n", window.lastPulseGapMillis());
            System.out.println("pulses: " + window.lastPulseReport());
            Platform.exit();
        });
    }
}
