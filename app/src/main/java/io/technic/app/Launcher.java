package io.technic.app;

import io.technic.app.cli.TechnicCommand;
import io.technic.app.ui.WorkstationApp;
import io.technic.app.ui.MainWindow;
import io.technic.app.ui.settings.SavedScan;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;

/**
 * Entry point of {@code technic}: without arguments it opens the workstation, otherwise it runs
 * the command line. Not an {@code Application} itself, so JavaFX can run from the class path.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(WorkstationApp.class, args);
            return;
        }
        if (args.length == 1 && isDocument(args[0])) {
            // a double-clicked saved scan or watchlist (the desktop package's file associations)
            Application.launch(WorkstationApp.class, "--open=" + Path.of(args[0]).toAbsolutePath());
            return;
        }
        System.exit(TechnicCommand.run(args));
    }

    /** Whether the single argument names a Technic document (by extension) rather than a command. */
    static boolean isDocument(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        return !arg.startsWith("-") && (lower.endsWith("." + SavedScan.EXTENSION)
                || lower.endsWith("." + MainWindow.WATCHLIST_EXTENSION));
    }
}
