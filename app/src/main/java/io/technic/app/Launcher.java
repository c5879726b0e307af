package io.technic.app;

import io.technic.app.cli.TechnicCommand;
import io.technic.app.ui.WorkstationApp;
import io.technic.app.ui.MainWindow;
import io.technic.scanner.expr.TemplateStore;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;

/**
 * Entry point of {@code technic}: without arguments it opens the workstation, otherwise it runs
 * the command line. Not an {@code Application} itself, so JavaFX can run from the class path.
 */
public final class Launcher {

    private Launcher() {}

    /**
     * Whether a window can open: always on macOS and Windows; on Linux and other Unixes, when an X
     * or Wayland display is named (or JavaFX's headless platform was asked for, as in tests).
     */
    public static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("mac") || os.contains("win") || "headless".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public static void main(String[] args) {
        io.technic.app.ui.StartupTrace.enableIfAsked(args);
        io.technic.app.ui.StartupTrace.mark("main()");
        if (args.length == 0) {
            if (hasDisplay()) {
                Application.launch(WorkstationApp.class, args);
                return;
            }
            System.err.println("technic: no display (DISPLAY is not set), so the workstation cannot open here;"
                    + " scanning the demo market in the terminal instead (open a desktop session, or use"
                    + " xvfb-run -a ./technic app, for the workstation)");
            args = new String[] {"scan"};
        }
        if (args.length == 1 && isDocument(args[0])) {
            // a double-clicked scan template or watchlist (the desktop package's file associations)
            Application.launch(WorkstationApp.class, "--open=" + Path.of(args[0]).toAbsolutePath());
            return;
        }
        System.exit(TechnicCommand.run(args));
    }

    /** Whether the single argument names a Technic document (by extension) rather than a command. */
    static boolean isDocument(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        return !arg.startsWith("-") && (lower.endsWith(TemplateStore.EXTENSION)
                || lower.endsWith("." + MainWindow.WATCHLIST_EXTENSION));
    }
}
