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

    @Option(names = "--run", description = "Run the scan form's last request as soon as the window opens.")
    boolean run;

    @Option(names = "--watch", description = "Open on the watchlists and start monitoring at once.")
    boolean watch;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (measurePulse != null) {
            args.add("--measure-pulse=" + measurePulse);
        }
        if (run) {
            args.add("--run=true");
        }
        if (watch) {
            args.add("--watch=true");
        }
        Application.launch(WorkstationApp.class, args.toArray(String[]::new));
        return 0;
    }
}
