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
        StartupTrace.mark("JavaFX toolkit up, start()");
        java.util.Map<String, String> named = getParameters() == null ? java.util.Map.of() : getParameters().getNamed();
        window = new MainWindow(new EngineScanService(), WorkspaceStore.inUserConfig());
        StartupTrace.mark("window built");
        if ("true".equals(named.get("report-startup"))) {
            reportFirstFrame(stage);
        }
        window.show(stage);
        StartupTrace.mark("stage shown");
        if (named.get("open") != null) {
            window.open(java.nio.file.Path.of(named.get("open")));
        }
        String exitAfter = named.get("exit-after-scan");
        if (exitAfter != null) {
            exitAfterScan(Double.parseDouble(exitAfter));
        }
        String measure = named.get("measure-pulse");
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
        if (getParameters() != null && "true".equals(getParameters().getNamed().get("watch"))) {
            window.centerTabs().getSelectionModel().select(1);
            window.watch().monitoringProperty().set(true);
        }
    }

    /**
     * Prints, once, how long after the process started the window's first frame was laid out:
     * the start-up time a trader waits for (JVM, JavaFX toolkit, the window and its controls).
     */
    private static void reportFirstFrame(Stage stage) {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, shown -> {
            javafx.scene.Scene scene = stage.getScene();
            Runnable once = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    StartupTrace.mark("first frame laid out");
                    StartupTrace.marks().forEach(m -> System.out.println("  " + m));
                    System.out.printf(Locale.ROOT, "first window frame %d ms after the process started%n",
                            StartupTrace.sinceStart());
                }
            };
            scene.addPostLayoutPulseListener(once);
        });
    }

    /** Closes the window (saving the workspace) {@code seconds} after the first scan ends; exit code 1 if it failed. */
    private void exitAfterScan(double seconds) {
        window.scan().addListener(new ScanEvents() {
            @Override
            public void onResult(ScanResult r) {
                // on the FX thread, queued behind the result's publication: the table holds the rows when this prints
                FxGate.run(() -> System.out.printf(Locale.ROOT, "scan of %s: %,d symbols, %,d ranked, in %,.0f ms%n",
                        r.source(), r.accounting().universe(), r.rows().size(), r.metrics().totalMillis()));
                later(0);
            }

            @Override
            public void onFailed(Throwable t) {
                System.out.println("scan failed: " + t.getMessage());
                later(1);
            }

            @Override
            public void onCancelled() {
                System.out.println("scan cancelled");
                later(1);
            }

            private void later(int status) {
                FxGate.run(() -> {
                    var pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(seconds));
                    pause.setOnFinished(e -> {
                        Platform.exit();
                        if (status != 0) {
                            System.exit(status);
                        }
                    });
                    pause.play();
                });
            }
        });
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
