package io.technic.app.cli;

import io.technic.app.ui.WorkstationApp;
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

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
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
        Application.launch(WorkstationApp.class, args.toArray(String[]::new));
        return 0;
    }
}
