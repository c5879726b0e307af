package io.technic.app;

import io.technic.app.cli.TechnicCommand;
import io.technic.app.ui.WorkstationApp;
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
        System.exit(TechnicCommand.run(args));
    }
}
