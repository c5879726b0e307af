package io.technic.app.cli;

import io.technic.app.ui.WorkstationApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code technic app}: opens the workstation (what {@code technic} alone does), optionally to measure FX smoothness. */
@Command(name = "app", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Open the JavaFX workstation.")
final class AppCommand implements Callable<Integer> {

    @Option(names = "--measure-pulse", paramLabel = "SOURCE", arity = "0..1", fallbackValue = "sim",
            description = "Run one scan of SOURCE (default: the 6,000-symbol demo market) as the window opens, "
                    + "print the longest gap between two FX pulses during it, and exit.")
    String measurePulse;

    @Option(names = "--no-scan", description = "Do not scan the last request as the window opens (it does by default).")
    boolean noScan;

    @Option(names = "--open", paramLabel = "FILE",
            description = "Open FILE as the window opens: a shared scan template (.technicscan) is imported into your templates.")
    Path open;

    @Option(names = "--report-startup",
            description = "Print how many milliseconds after the process started the first window frame was laid out.")
    boolean reportStartup;

    @Option(names = "--exit-after-scan", paramLabel = "SECONDS",
            description = "Print a one-line summary when the first scan ends and close the window SECONDS later "
                    + "(exit code 1 if the scan failed): a smoke test of an installed app.")
    Double exitAfterScan;

    @Option(names = "--watch", description = "Open on the watchlists and start monitoring at once.")
    boolean watch;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (open != null) {
            args.add("--open=" + open.toAbsolutePath());
        }
        if (reportStartup) {
            args.add("--report-startup=true");
        }
        if (exitAfterScan != null) {
            if (!(exitAfterScan >= 0)) {
                throw new IllegalArgumentException("--exit-after-scan: SECONDS must be 0 or more, not " + exitAfterScan);
            }
            args.add("--exit-after-scan=" + exitAfterScan);
        }
        if (measurePulse != null) {
            args.add("--measure-pulse=" + measurePulse);
        }
        if (noScan) {
            args.add("--scan=false");
        }
        if (!io.technic.app.Launcher.hasDisplay()) {
            throw new CliException("no display (DISPLAY is not set): run the workstation in a desktop session,"
                    + " or under Xvfb (xvfb-run -a ./technic app); ./technic scan works in a terminal");
        }
        if (watch) {
            args.add("--watch=true");
        }
        io.technic.app.ui.StartupTrace.mark("command line parsed, launching JavaFX");
        Application.launch(WorkstationApp.class, args.toArray(String[]::new));
        return 0;
    }
}
